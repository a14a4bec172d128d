import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/fixtures/sample-report.js';
import { SEVERITIES } from '../core/model.js';
import { jsonWriter } from '../report/json/writer.js';
import { applyGate } from './gate.js';
import { applyPolicy, loadPolicy, type Policy } from './policy.js';

// sampleReport (createdAt 2026-01-02): GHSA-hrpp-h998-j3pp high (qs, CVE-2022-24999), aws-access-key-id
// critical, PAL-DF-001 medium, license-forbidden low.
const report = sampleReport();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-policy-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(rel: string, text: string): string {
  const file = path.join(tmp, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const none: Policy = { severities: SEVERITIES, ignoreFiles: [], vex: [] };

describe('applyGate', () => {
  it('fails on every reported unsuppressed finding, or on those --fail-on picks', () => {
    expect(applyGate(report, { severities: SEVERITIES }).failing).toBe(4);
    expect(applyGate(report, { severities: ['critical', 'high'] }).failing).toBe(2);
    expect(applyGate(report, { severities: SEVERITIES, failOn: (f) => f.kind === 'secret' }).failing).toBe(1);
    const suppressed = {
      ...report,
      findings: report.findings.map((f) => ({ ...f, suppressed: { kind: 'inline' as const } })),
    };
    expect(applyGate(suppressed, { severities: SEVERITIES, failOn: () => true }).failing).toBe(0);
  });
});

describe('loadPolicy + applyPolicy', () => {
  it('reads .palisadeignore.yaml from the target and the working folder, the target first', async () => {
    const target = path.join(tmp, 'auto', 'repo');
    write('auto/repo/.palisadeignore.yaml', 'ignore:\n  - rule: PAL-DF-001\n    reason: from target\n');
    write(
      'auto/.palisadeignore.yaml',
      'ignore:\n  - rule: PAL-DF-001\n    reason: from cwd\n  - id: aws-access-key-id\n',
    );
    const policy = await loadPolicy(
      { severities: SEVERITIES },
      { cwd: path.join(tmp, 'auto'), targetDir: target },
    );
    expect(policy.ignoreFiles.map((f) => f.source)).toEqual([
      'repo/.palisadeignore.yaml',
      '.palisadeignore.yaml',
    ]);
    const out = applyPolicy(report, policy);
    expect(
      out.report.findings
        .filter((f) => f.suppressed)
        .map((f) => [f.ruleId, f.suppressed!.reason, f.suppressed!.source]),
    ).toEqual([
      ['aws-access-key-id', undefined, '.palisadeignore.yaml'],
      ['PAL-DF-001', 'from target', 'repo/.palisadeignore.yaml'],
    ]);
    expect(out.failing).toBe(2);
    expect(out.counts).toEqual({ ignoreFile: 2, vex: 0, baseline: 0, expiredIgnores: 0 });
    // The same folder as target and cwd is read once.
    const once = await loadPolicy({ severities: SEVERITIES }, { cwd: target, targetDir: target });
    expect(once.ignoreFiles).toHaveLength(1);
  });

  it('an explicit --ignore-file replaces discovery and must exist', async () => {
    write('explicit/.palisadeignore.yaml', 'ignore:\n  - id: aws-access-key-id\n');
    write('explicit/mine.yaml', 'ignore:\n  - rule: PAL-DF-001\n');
    const cwd = path.join(tmp, 'explicit');
    const policy = await loadPolicy(
      { severities: SEVERITIES, ignoreFile: 'mine.yaml' },
      { cwd, targetDir: cwd },
    );
    expect(policy.ignoreFiles.map((f) => f.source)).toEqual(['mine.yaml']);
    await expect(loadPolicy({ severities: SEVERITIES, ignoreFile: 'none.yaml' }, { cwd })).rejects.toThrow(
      /cannot read ignore file none\.yaml/,
    );
  });

  it('applies ignore file, then VEX, then baseline, then the severity filter, then --fail-on', async () => {
    const cwd = path.join(tmp, 'order');
    write(
      'order/ignore.yaml',
      'ignore:\n  - id: PAL-DF-001\n    expires: 2026-01-01\n  - id: license-forbidden\n    reason: ok\n',
    );
    write(
      'order/vex.json',
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'urn:x',
        author: 't',
        timestamp: '2026-01-01T00:00:00Z',
        version: 1,
        statements: [
          {
            vulnerability: { name: 'CVE-2022-24999' },
            status: 'not_affected',
            justification: 'vulnerable_code_not_present',
          },
        ],
      }),
    );
    const secret = report.findings.find((f) => f.kind === 'secret')!;
    write('order/old.json', jsonWriter.write({ ...report, findings: [secret] }));
    const policy = await loadPolicy(
      {
        severities: ['critical', 'high', 'medium'],
        ignoreFile: 'ignore.yaml',
        vex: ['vex.json'],
        baseline: 'old.json',
        failOn: 'severity >= "medium"',
      },
      { cwd },
    );
    const out = applyPolicy(report, policy);
    // Secret: in the baseline, dropped. Vulnerability: VEX. License: ignored but below --severity. Dockerfile:
    // the ignore entry expired on 2026-01-01 (report created 2026-01-02), so it fails.
    expect(out.report.findings.map((f) => [f.ruleId, f.suppressed?.kind])).toEqual([
      ['GHSA-hrpp-h998-j3pp', 'vex'],
      ['PAL-DF-001', undefined],
    ]);
    expect(out.failing).toBe(1);
    expect(out.counts).toEqual({ ignoreFile: 1, vex: 1, baseline: 1, expiredIgnores: 1 });
    expect(out.report.diagnostics.map((d) => d.code)).toEqual(['parse-error', 'ignore-expired', 'baseline']);
    // "today" is a parameter: on the expiry day the entry still suppresses.
    const earlier = applyPolicy(report, { ...policy, today: '2026-01-01' });
    expect(earlier.failing).toBe(0);
    expect(earlier.report.findings.find((f) => f.ruleId === 'PAL-DF-001')!.suppressed?.kind).toBe(
      'ignore-file',
    );
  });

  it('is a no-op without inputs', () => {
    const out = applyPolicy(report, none);
    expect(out.report).toEqual(report);
    expect(out.failing).toBe(4);
  });

  it.each([
    [{ failOn: 'severity >= "hgh"' }, /--fail-on 'severity >= "hgh"': unknown severity/],
    [{ vex: ['missing.json'] }, /cannot read VEX file missing\.json/],
    [{ baseline: 'missing.json' }, /cannot read baseline missing\.json/],
    [{ baseline: 'a.json', baselineGit: 'HEAD' }, /cannot be used together/],
    [{ baselineGit: 'HEAD' }, /--baseline-git works with a folder target/],
  ])('rejects bad inputs before the scan: %j', async (settings, message) => {
    await expect(loadPolicy({ severities: SEVERITIES, ...settings }, { cwd: tmp })).rejects.toThrow(message);
  });
});
