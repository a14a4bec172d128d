import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/model.js';
import type { IacDoc, MisconfigCheck, ParsedResource } from './check.js';
import { runChecks } from './engine.js';
import { misconfig } from './index.js';
import { parseInlineIgnores } from './suppress.js';

type Mis = Extract<Finding, { kind: 'misconfig' }>;

function resource(over: Partial<ParsedResource> & { value: unknown }): ParsedResource {
  const r: ParsedResource = {
    platform: 'kubernetes',
    type: 'Pod',
    name: 'Pod/web',
    path: 'k8s/pod.yaml',
    startLine: 1,
    endLine: 10,
    lines: (at) => (at[0] === 'spec' ? { startLine: 7, endLine: 8 } : undefined),
    siblings: [],
    ...over,
  };
  return r;
}

const privileged: MisconfigCheck = {
  id: 'PAL-TEST-001',
  slug: 'test',
  platform: 'kubernetes',
  title: 'Test check',
  severity: 'high',
  description: 'd',
  remediation: 'fix it',
  references: ['https://example.com/ref'],
  resourceTypes: ['Pod'],
  evaluate: (r) => ((r.value as { bad?: boolean }).bad ? [{ message: 'bad spec', at: ['spec', 'x'] }, { message: 'missing', at: ['nowhere'] }] : []),
};

function run(text: string, resources: ParsedResource[], checks: MisconfigCheck[] = [privileged]) {
  const doc: IacDoc = { platform: 'kubernetes', text, resources };
  return runChecks('k8s/pod.yaml', doc, checks);
}

describe('runChecks', () => {
  it('turns results into misconfig findings with the value lines, or the resource range when unknown', () => {
    const { findings, diagnostics } = run('', [resource({ value: { bad: true } })]);
    expect(diagnostics).toEqual([]);
    expect(findings).toHaveLength(2);
    const [a, b] = findings as Mis[];
    expect(a).toMatchObject({
      kind: 'misconfig',
      ruleId: 'PAL-TEST-001',
      title: 'Test check',
      severity: 'high',
      message: 'bad spec',
      resource: 'Pod/web',
      resolution: 'fix it',
      references: ['https://example.com/ref'],
      location: { path: 'k8s/pod.yaml', startLine: 7, endLine: 8 },
    });
    expect(b!.location).toEqual({ path: 'k8s/pod.yaml', startLine: 1, endLine: 10 });
    expect(a!.suppressed).toBeUndefined();
  });
  it('keeps the fingerprint when lines move, changes it with the resource', () => {
    const one = run('', [resource({ value: { bad: true } })]).findings[0]!;
    const moved = run('', [resource({ value: { bad: true }, startLine: 40, endLine: 50, lines: () => ({ startLine: 44, endLine: 44 }) })]).findings[0]!;
    const other = run('', [resource({ value: { bad: true }, name: 'Pod/api' })]).findings[0]!;
    expect(moved.location.startLine).toBe(44);
    expect(moved.fingerprint).toBe(one.fingerprint);
    expect(other.fingerprint).not.toBe(one.fingerprint);
  });
  it('skips resources of other types and platforms', () => {
    expect(run('', [resource({ value: { bad: true }, type: 'Service' })]).findings).toEqual([]);
    expect(run('', [resource({ value: { bad: true }, platform: 'compose' })]).findings).toEqual([]);
  });
  it('turns a throwing check into one diagnostic per file, not a crash', () => {
    const broken: MisconfigCheck = { ...privileged, id: 'PAL-TEST-002', evaluate: () => { throw new Error('boom'); } };
    const out = run('', [resource({ value: {} }), resource({ value: {}, name: 'Pod/b' })], [broken, privileged]);
    expect(out.findings).toEqual([]);
    expect(out.diagnostics).toEqual([{ level: 'warning', code: 'check-error', path: 'k8s/pod.yaml', message: 'PAL-TEST-002 failed on Pod/web: boom' }]);
  });
});

describe('suppression', () => {
  const text = (comment: string, at: number) => {
    const lines = Array.from({ length: 10 }, (_, i) => `line${i + 1}: x`);
    lines[at - 1] = comment;
    return lines.join('\n');
  };
  it.each([
    ['the line above the offending value', 6],
    ['the offending line', 7],
    ['the resource first line', 1],
  ])('honours an inline comment on %s', (_, line) => {
    const [f] = run(text('# palisade:ignore:PAL-TEST-001 accepted risk, ticket SEC-12', line), [resource({ value: { bad: true } })]).findings as Mis[];
    expect(f!.suppressed).toEqual({ kind: 'inline', reason: 'accepted risk, ticket SEC-12' });
  });
  it('ignores comments elsewhere or for other ids, accepts // and id lists', () => {
    expect((run(text('# palisade:ignore:PAL-TEST-001', 4), [resource({ value: { bad: true } })]).findings[0] as Mis).suppressed).toBeUndefined();
    expect((run(text('# palisade:ignore:PAL-TEST-009 x', 7), [resource({ value: { bad: true } })]).findings[0] as Mis).suppressed).toBeUndefined();
    const f = run(text('  // palisade:ignore:PAL-X-1,pal-test-001', 7), [resource({ value: { bad: true } })]).findings[0] as Mis;
    expect(f.suppressed).toEqual({ kind: 'inline' });
  });
  it('honours the palisade.dev/ignore annotation on Kubernetes resources', () => {
    const value = { bad: true, metadata: { annotations: { 'palisade.dev/ignore': 'PAL-K8S-001, PAL-TEST-001' } } };
    const fs = run('', [resource({ value })]).findings as Mis[];
    expect(fs).toHaveLength(2);
    expect(fs.every((f) => f.suppressed?.kind === 'annotation')).toBe(true);
  });
  it('parses ignore comments only when present', () => {
    expect(parseInlineIgnores('a: 1\n').size).toBe(0);
    expect([...parseInlineIgnores('x\n  # palisade:ignore:A-1,B-2   why not  \n').entries()]).toEqual([[2, { ids: new Set(['A-1', 'B-2']), reason: 'why not' }]]);
  });
});

describe('misconfig detector', () => {
  it('runs on iac docs only and ignores other content', () => {
    expect(misconfig.detect({ kind: 'iac', path: 'x', content: 'not a doc' }, { config: undefined })).toEqual({ findings: [] });
    expect(misconfig.scanner).toBe('misconfig');
    expect(misconfig.docKinds).toEqual(['iac']);
  });
});
