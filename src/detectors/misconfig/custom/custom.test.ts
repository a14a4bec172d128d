import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PalisadeError } from '../../../core/errors.js';
import type { IacDoc, ParsedResource } from '../check.js';
import { misconfig, type MisconfigConfig } from '../index.js';
import { compileCustomCheck } from './compile.js';
import { loadCustomChecks, parseCustomChecks } from './load.js';

const VALID = `id: ACME-DC-001
title: Services must set a restart policy
severity: low
platform: compose
resourceTypes: [service]
description: Without a restart policy a crashed service stays down.
remediation: Add restart unless-stopped.
references: [https://docs.docker.com/reference/compose-file/services/#restart]
condition: '!has(resource.restart) || resource.restart == "no"'
message: '{{name}} has no restart policy'
`;

function service(name: string, value: unknown, line = 2): ParsedResource {
  return { platform: 'compose', type: 'service', name, path: 'compose.yml', startLine: line, endLine: line + 2, value, lines: () => undefined, siblings: [] };
}

describe('custom check format', () => {
  it('loads a valid check and evaluates its CEL condition (true = misconfigured)', () => {
    const { checks, diagnostics } = parseCustomChecks(VALID, 'restart.yaml');
    expect(diagnostics).toEqual([]);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ id: 'ACME-DC-001', severity: 'low', platform: 'compose', source: 'restart.yaml' });
    const check = compileCustomCheck(checks[0]!);
    expect(check.evaluate(service('services.web', { image: 'nginx' }), { platform: 'compose' })).toEqual([{ message: 'services.web has no restart policy' }]);
    expect(check.evaluate(service('services.web', { image: 'nginx', restart: 'no' }), { platform: 'compose' })).toHaveLength(1);
    expect(check.evaluate(service('services.web', { restart: 'always' }), { platform: 'compose' })).toEqual([]);
  });
  it('holds several checks per file (YAML documents)', () => {
    const second = VALID.replace('ACME-DC-001', 'ACME-DC-002');
    expect(parseCustomChecks(`${VALID}---\n${second}`, 'f.yaml').checks.map((c) => c.id)).toEqual(['ACME-DC-001', 'ACME-DC-002']);
  });
  it.each([
    ['a missing condition', VALID.replace(/^condition:.*\n/m, ''), /must have required property 'condition'/],
    ['an unknown severity', VALID.replace('severity: low', 'severity: urgent'), /severity must be equal to one of the allowed values/],
    ['an unknown platform', VALID.replace('platform: compose', 'platform: ansible'), /platform/],
    ['an unknown field', `${VALID}extra: 1\n`, /must NOT have additional properties/],
    ['a malformed id', VALID.replace('ACME-DC-001', 'acme dc'), /\/id must match pattern/],
    ['broken YAML', 'id: [unclosed\n', /not valid YAML/],
    ['an invalid CEL expression', VALID.replace(/^condition:.*$/m, "condition: 'resource.restart =='"), /invalid CEL condition/],
    ['an id of a built-in check', VALID.replace('ACME-DC-001', 'PAL-DC-001'), /id already used/],
  ])('reports %s as a diagnostic', (_, text, why) => {
    const { checks, diagnostics } = parseCustomChecks(text, 'bad.yaml');
    expect(checks).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ level: 'error', code: 'custom-check-invalid', path: 'bad.yaml' });
    expect(diagnostics[0]!.message).toMatch(why);
  });
  it('throws a typed error when compiling bad CEL directly', () => {
    const spec = parseCustomChecks(VALID, 'x').checks[0]!;
    expect(() => compileCustomCheck({ ...spec, condition: '1 +' })).toThrow(PalisadeError);
  });
});

describe('custom checks in the detector', () => {
  const spec = parseCustomChecks(VALID, 'restart.yaml').checks[0]!;
  const runtimeError = { ...spec, id: 'ACME-DC-003', condition: 'resource.deploy.replicas > 1' };
  const notBool = { ...spec, id: 'ACME-DC-004', condition: 'resource.image' };
  const config: MisconfigConfig = { customChecks: [spec, runtimeError, notBool], skip: ['PAL-DC-012', 'PAL-DC-013', 'PAL-DC-014'] };
  const doc: IacDoc = { platform: 'compose', text: 'services:\n  web:\n    image: nginx:1.27\n', resources: [service('services.web', { image: 'nginx:1.27' })] };

  it('reports findings of custom checks and turns runtime errors into diagnostics', () => {
    const out = misconfig.detect({ kind: 'iac', path: 'compose.yml', content: doc }, { config });
    const custom = out.findings.filter((f) => f.ruleId.startsWith('ACME-'));
    expect(custom.map((f) => [f.ruleId, f.location.startLine, f.message])).toEqual([['ACME-DC-001', 2, 'services.web has no restart policy']]);
    expect(out.findings.some((f) => f.ruleId === 'PAL-DC-012')).toBe(false);
    expect(out.diagnostics!.map((d) => d.code)).toEqual(['check-error', 'check-error']);
    expect(out.diagnostics!.map((d) => d.message).join('\n')).toMatch(/ACME-DC-003 failed on services.web: .*No such key: deploy[\s\S]*ACME-DC-004 failed on services.web: condition returned string, expected bool/);
  });
});

describe('loadCustomChecks', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'palisade-checks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('reads *.yaml and *.yml of a folder, sorted, and reports bad files', async () => {
    writeFileSync(path.join(dir, 'b.yml'), VALID.replace('ACME-DC-001', 'ACME-DC-010'));
    writeFileSync(path.join(dir, 'a.yaml'), VALID);
    writeFileSync(path.join(dir, 'c.yaml'), 'id: 3\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'ignored');
    const out = await loadCustomChecks(dir);
    expect(out.checks.map((c) => c.id)).toEqual(['ACME-DC-001', 'ACME-DC-010']);
    expect(out.diagnostics.map((d) => path.basename(d.path!))).toEqual(['c.yaml']);
  });
  it('throws PalisadeError for a missing folder', async () => {
    await expect(loadCustomChecks(path.join(dir, 'missing'))).rejects.toMatchObject({ code: 'custom-checks-dir' });
  });
});
