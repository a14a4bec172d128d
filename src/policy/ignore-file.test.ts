import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/fixtures/sample-report.js';
import { fingerprint } from '../core/fingerprint.js';
import type { Finding } from '../core/model.js';
import {
  applyIgnoreFiles,
  loadIgnoreFile,
  parseIgnoreFile,
  type FindingWithPolicyNotes,
} from './ignore-file.js';

// sampleReport: GHSA-hrpp-h998-j3pp on qs@6.7.0 (web/package-lock.json, alias CVE-2022-24999),
// aws-access-key-id (config/dev env.sh), PAL-DF-001 (Dockerfile), license-forbidden (qs, web/package-lock.json).
const findings = sampleReport().findings;
const TODAY = '2026-03-01';
const dir = mkdtempSync(path.join(os.tmpdir(), 'palisade-ignore-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function apply(yaml: string, list: readonly Finding[] = findings, today = TODAY) {
  return applyIgnoreFiles(list, [parseIgnoreFile(yaml, '.palisadeignore.yaml')], today);
}
const suppressedRules = (out: readonly FindingWithPolicyNotes[]) =>
  out.filter((f) => f.suppressed).map((f) => f.ruleId);

describe('parseIgnoreFile', () => {
  it('reads entries with their line numbers', () => {
    const file = parseIgnoreFile(
      `# accepted risks
ignore:
  - id: CVE-2022-24999
    reason: not reachable
    owner: web-team
    expires: 2026-06-30

  - rule: PAL-DF-*
    path: Dockerfile
`,
      'x.yaml',
    );
    expect(file.entries).toEqual([
      { line: 3, id: 'CVE-2022-24999', reason: 'not reachable', owner: 'web-team', expires: '2026-06-30' },
      { line: 8, rule: 'PAL-DF-*', path: 'Dockerfile' },
    ]);
  });

  it('treats an empty file as ignoring nothing', () => {
    expect(parseIgnoreFile('', 'x.yaml').entries).toEqual([]);
    expect(parseIgnoreFile('# nothing yet\n', 'x.yaml').entries).toEqual([]);
    expect(parseIgnoreFile('ignore: []\n', 'x.yaml').entries).toEqual([]);
  });

  it.each([
    ['ignore:\n  - id: x\n    paht: y\n', /^x\.yaml:3: entry 1: unknown key 'paht'/],
    [
      'ignore:\n  - id: a\n  - reason: no matcher\n',
      /^x\.yaml:3: entry 2: the entry needs at least one matcher/,
    ],
    [
      'ignore:\n  - id: a\n    expires: 30.06.2026\n',
      /^x\.yaml:3: entry 1: 'expires' must be a date written YYYY-MM-DD/,
    ],
    [
      'ignore:\n  - id: a\n    expires: 2026-02-30\n',
      /^x\.yaml:2: entry 1: 'expires' is not a calendar date: 2026-02-30/,
    ],
    ['ignore:\n  - id: [a, b]\n', /^x\.yaml:2: entry 1: 'id' must be a string/],
    ['ignore:\n  - just text\n', /^x\.yaml:2: entry 1: each entry must be a mapping/],
    ['ignores:\n  - id: a\n', /^x\.yaml:1: unknown top-level key 'ignores'/],
    ['- id: a\n', /^x\.yaml:1: expected a mapping with an 'ignore:' list/],
    ['ignore:\n  - id: a\n   bad: indent\n', /^x\.yaml:3: invalid YAML/],
    ['ignore:\n  - id: a\n    id: b\n', /^x\.yaml:3: invalid YAML: Map keys must be unique/],
    ['version: 2\nignore: []\n', /^x\.yaml:1: 'version' must be 1/],
  ])('rejects %j naming the file and line', (yaml, message) => {
    expect(() => parseIgnoreFile(yaml, 'x.yaml')).toThrow(message);
  });

  it('loads from disk: a missing optional file is no file, a missing explicit one is an error', async () => {
    expect(await loadIgnoreFile(path.join(dir, 'none.yaml'), 'none.yaml', false)).toBeUndefined();
    // A file as target has no ignore file of its own (ENOTDIR), which is not an error either.
    writeFileSync(path.join(dir, 'target.txt'), 'x');
    expect(
      await loadIgnoreFile(path.join(dir, 'target.txt', '.palisadeignore.yaml'), 'x', false),
    ).toBeUndefined();
    await expect(loadIgnoreFile(path.join(dir, 'none.yaml'), 'none.yaml', true)).rejects.toThrow(
      /cannot read ignore file none\.yaml/,
    );
    writeFileSync(path.join(dir, 'i.yaml'), 'ignore:\n  - fingerprint: abc\n');
    expect((await loadIgnoreFile(path.join(dir, 'i.yaml'), 'i.yaml', true))!.entries).toEqual([
      { line: 2, fingerprint: 'abc' },
    ]);
  });
});

describe('applyIgnoreFiles', () => {
  it('matches id against the rule id and every alias, case-insensitively', () => {
    expect(suppressedRules(apply('ignore:\n  - id: cve-2022-24999\n').findings)).toEqual([
      'GHSA-hrpp-h998-j3pp',
    ]);
    expect(suppressedRules(apply('ignore:\n  - id: ghsa-HRPP-h998-j3pp\n').findings)).toEqual([
      'GHSA-hrpp-h998-j3pp',
    ]);
    expect(suppressedRules(apply('ignore:\n  - id: CVE-2000-0001\n').findings)).toEqual([]);
  });

  it('matches rule by exact id or glob (aliases not consulted)', () => {
    expect(suppressedRules(apply('ignore:\n  - rule: pal-df-*\n').findings)).toEqual(['PAL-DF-001']);
    expect(suppressedRules(apply('ignore:\n  - rule: CVE-2022-24999\n').findings)).toEqual([]);
    expect(suppressedRules(apply('ignore:\n  - rule: aws-access-key-id\n').findings)).toEqual([
      'aws-access-key-id',
    ]);
  });

  it('matches path globs like --skip-files: a name at any depth, a path from the root, or a folder', () => {
    expect(suppressedRules(apply('ignore:\n  - path: "*.sh"\n').findings)).toEqual(['aws-access-key-id']);
    expect(suppressedRules(apply('ignore:\n  - path: config\n').findings)).toEqual(['aws-access-key-id']);
    expect(suppressedRules(apply('ignore:\n  - path: web/**\n').findings)).toEqual([
      'GHSA-hrpp-h998-j3pp',
      'license-forbidden',
    ]);
    expect(suppressedRules(apply('ignore:\n  - path: package-lock.json\n').findings)).toEqual([
      'GHSA-hrpp-h998-j3pp',
      'license-forbidden',
    ]);
    expect(suppressedRules(apply('ignore:\n  - path: eb/*\n').findings)).toEqual([]);
  });

  it('matches package by name, name@version, or purl prefix at a component boundary', () => {
    expect(suppressedRules(apply('ignore:\n  - package: qs\n').findings)).toEqual([
      'GHSA-hrpp-h998-j3pp',
      'license-forbidden',
    ]);
    expect(suppressedRules(apply('ignore:\n  - package: qs@6.7.0\n').findings)).toHaveLength(2);
    expect(suppressedRules(apply('ignore:\n  - package: qs@6.7.1\n').findings)).toEqual([]);
    expect(suppressedRules(apply('ignore:\n  - package: pkg:npm/qs\n').findings)).toHaveLength(2);
    expect(suppressedRules(apply('ignore:\n  - package: pkg:npm/q\n').findings)).toEqual([]);
    expect(suppressedRules(apply('ignore:\n  - package: pkg:npm/qs@6.7.0\n').findings)).toHaveLength(2);
    const scoped: Finding = {
      ...findings[0]!,
      package: {
        name: '@babel/core',
        version: '7.0.0',
        ecosystem: 'npm',
        purl: 'pkg:npm/%40babel/core@7.0.0',
      },
    } as Finding;
    expect(suppressedRules(apply('ignore:\n  - package: "@babel/core"\n', [scoped]).findings)).toHaveLength(
      1,
    );
    expect(
      suppressedRules(apply('ignore:\n  - package: "@babel/core@7.0.0"\n', [scoped]).findings),
    ).toHaveLength(1);
  });

  it('needs every given matcher to match, and matches fingerprints exactly', () => {
    expect(suppressedRules(apply('ignore:\n  - package: qs\n    rule: license-*\n').findings)).toEqual([
      'license-forbidden',
    ]);
    const fp = fingerprint('PAL-DF-001', 'Dockerfile', 'stage-0');
    expect(suppressedRules(apply(`ignore:\n  - fingerprint: ${fp}\n`).findings)).toEqual(['PAL-DF-001']);
  });

  it('records reason, owner, expiry and source on the suppressed finding, keeping it in the list', () => {
    const out = apply(
      'ignore:\n  - id: aws-access-key-id\n    reason: test key\n    owner: sec\n    expires: 2026-03-01\n',
    );
    expect(out.findings).toHaveLength(findings.length);
    expect(out.suppressed).toBe(1);
    // Expiry day itself still suppresses.
    expect(out.findings.find((f) => f.ruleId === 'aws-access-key-id')!.suppressed).toEqual({
      kind: 'ignore-file',
      reason: 'test key',
      owner: 'sec',
      expires: '2026-03-01',
      source: '.palisadeignore.yaml',
    });
  });

  it('an expired entry suppresses nothing, notes the finding and warns with file, line and entry', () => {
    const out = apply(
      'ignore:\n  - id: PAL-DF-001\n    owner: ops\n    reason: legacy image\n    expires: 2026-02-28\n',
    );
    const df = out.findings.find((f) => f.ruleId === 'PAL-DF-001')!;
    expect(df.suppressed).toBeUndefined();
    expect(df.expiredIgnore).toEqual({
      source: '.palisadeignore.yaml',
      line: 2,
      expires: '2026-02-28',
      reason: 'legacy image',
      owner: 'ops',
    });
    expect(out.diagnostics).toEqual([
      {
        level: 'warning',
        code: 'ignore-expired',
        path: '.palisadeignore.yaml',
        message:
          'line 2: ignore entry (id PAL-DF-001, owner ops) expired on 2026-02-28; it no longer suppresses anything (1 matching finding)',
      },
    ]);
    // A day earlier the same entry is live.
    expect(
      suppressedRules(
        apply('ignore:\n  - id: PAL-DF-001\n    expires: 2026-02-28\n', findings, '2026-02-28').findings,
      ),
    ).toEqual(['PAL-DF-001']);
  });

  it('a live entry wins over an expired one for the same finding, and inline suppressions are kept', () => {
    const yaml =
      'ignore:\n  - id: PAL-DF-001\n    expires: 2020-01-01\n  - path: Dockerfile\n    reason: base image\n';
    const df = apply(yaml).findings.find((f) => f.ruleId === 'PAL-DF-001')!;
    expect(df.suppressed).toMatchObject({ kind: 'ignore-file', reason: 'base image' });
    expect(df.expiredIgnore).toBeUndefined();
    const inline: Finding = { ...findings[2]!, suppressed: { kind: 'inline', reason: 'mine' } };
    expect(apply('ignore:\n  - path: Dockerfile\n', [inline]).findings[0]!.suppressed).toEqual({
      kind: 'inline',
      reason: 'mine',
    });
  });

  it('reports entries that matched nothing at info level', () => {
    expect(apply('ignore:\n  - id: CVE-1999-0001\n').diagnostics).toEqual([
      {
        level: 'info',
        code: 'ignore-unused',
        path: '.palisadeignore.yaml',
        message: 'line 2: ignore entry (id CVE-1999-0001) matched no finding',
      },
    ]);
  });
});
