/**
 * The CI gate through the CLI: every exit code of --exit-code / --fail-on, suppression by an ignore
 * file, by VEX and by a baseline (a file or a git revision), the VEX export round trip, extra --report
 * outputs, and each bad input (exit 2). The vulnerability database is built from two real OSV records
 * (log4j-core 2.14.1: GHSA-jfh8-c2jp-5v3q / CVE-2021-44228, critical, CVSS 10.0, fixed in 2.15.0; and
 * GHSA-7rjr-3q55-vv33 / CVE-2021-45046, critical, CVSS 9.0, fixed in 2.16.0). The planted keys are fake.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords } from '../../src/detectors/vuln/match/fixtures/vulndb.js';
import { makeRepo, type TestRepo } from '../../src/targets/git/testing/repo.js';
import { runCli } from './run-cli.js';

const LOG4SHELL = 'GHSA-jfh8-c2jp-5v3q';
const LOG4J_2 = 'GHSA-7rjr-3q55-vv33';
const KEY_1 = 'AKIA2OGYBAH6RN3XQFVN';
const KEY_2 = 'AKIAQYLPMN5HHHFPZAM2';

interface Finding {
  kind: string;
  ruleId: string;
  severity: string;
  fingerprint: string;
  location: { path: string };
  suppressed?: {
    kind: string;
    reason?: string;
    owner?: string;
    status?: string;
    justification?: string;
    source?: string;
  };
  expiredIgnore?: { source: string; line: number; expires: string };
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-gate-e2e-'));
const env = { PALISADE_CACHE_DIR: path.join(tmp, 'cache') };
const app = path.join(tmp, 'app');
const clean = path.join(tmp, 'clean');
const repos: TestRepo[] = [];

function write(file: string, text: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Run palisade in `tmp` (relative file names resolve there) with the test database. */
function palisade(...args: string[]) {
  return runCli(args, { env, cwd: tmp });
}

async function scanJson(...args: string[]) {
  const r = await palisade('scan', ...args, '--format', 'json');
  return {
    ...r,
    findings: r.stdout ? (JSON.parse(r.stdout).findings as Finding[]) : [],
    report: r.stdout ? JSON.parse(r.stdout) : undefined,
  };
}

const ids = (findings: Finding[]) => findings.map((f) => f.ruleId).sort();
const unsuppressed = (findings: Finding[]) => ids(findings.filter((f) => !f.suppressed));

beforeAll(async () => {
  const zip = zipSync(
    Object.fromEntries(
      readRecords('Maven', [LOG4SHELL, LOG4J_2]).map((r) => [`${r.id}.json`, strToU8(JSON.stringify(r))]),
    ),
  );
  mkdirSync(path.join(tmp, 'osv', 'Maven'), { recursive: true });
  writeFileSync(path.join(tmp, 'osv', 'Maven', 'all.zip'), zip);
  const imported = await palisade('db', 'import', path.join(tmp, 'osv'));
  expect(imported.code, imported.stderr).toBe(0);
  write(path.join(app, 'gradle.lockfile'), 'org.apache.logging.log4j:log4j-core:2.14.1=runtimeClasspath\n');
  write(path.join(app, 'deploy', 'env.sh'), `export AWS_ACCESS_KEY_ID=${KEY_1}\n`);
  write(path.join(clean, 'gradle.lockfile'), 'org.apache.logging.log4j:log4j-core:2.17.1=runtimeClasspath\n');
  write(path.join(clean, 'README.md'), '# nothing to see\n');
});
afterAll(() => {
  for (const r of repos) r.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

describe('exit codes of the gate', () => {
  it('0 for a clean target, even with --exit-code 1 and --fail-on', async () => {
    for (const args of [
      ['--exit-code', '1'],
      ['--fail-on', 'critical,high'],
      ['--fail-on', 'true'],
    ]) {
      const r = await scanJson(clean, ...args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.findings).toEqual([]);
    }
  });

  it('0 with findings but no --exit-code or --fail-on; 1 with --exit-code 1 (or N with --exit-code N)', async () => {
    const plain = await scanJson(app);
    expect(plain.code).toBe(0);
    expect(ids(plain.findings)).toEqual([LOG4J_2, LOG4SHELL, 'aws-access-key-id']);
    const gated = await scanJson(app, '--exit-code', '1');
    expect(gated.code).toBe(1);
    expect(gated.stderr).toContain('palisade: 3 findings failed the gate (--exit-code 1); exit code 1');
    expect((await scanJson(app, '--exit-code', '7')).code).toBe(7);
  });

  it('1 via --fail-on with a severity list, without --exit-code; 0 when nothing matches', async () => {
    const r = await scanJson(app, '--fail-on', 'critical');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('palisade: 3 findings failed the gate (--fail-on critical); exit code 1');
    // The report is not filtered by --fail-on, only the gate.
    expect(r.findings).toHaveLength(3);
    expect((await scanJson(app, '--fail-on', 'medium,low')).code).toBe(0);
    // An explicit --exit-code 0 makes --fail-on report-only; another code replaces 1.
    expect((await scanJson(app, '--fail-on', 'critical', '--exit-code', '0')).code).toBe(0);
    expect((await scanJson(app, '--fail-on', 'critical', '--exit-code', '3')).code).toBe(3);
  });

  it('1 via --fail-on with a CEL expression over the finding', async () => {
    const gate = async (expr: string) => (await scanJson(app, '--fail-on', expr)).code;
    expect(await gate('severity >= "high" && fixAvailable')).toBe(1);
    expect(await gate('!fixAvailable && kind == "vulnerability"')).toBe(0);
    expect(await gate('kind == "secret"')).toBe(1);
    expect(await gate('kind == "misconfig"')).toBe(0);
    expect(await gate('package.name == "org.apache.logging.log4j:log4j-core" && cvss >= 9.5')).toBe(1);
    expect(await gate('ruleId.startsWith("PAL-K8S")')).toBe(0);
    expect(await gate('"CVE-2021-45046" in aliases')).toBe(1);
    const one = await scanJson(app, '--fail-on', 'cvss >= 9.5');
    expect(one.stderr).toContain('1 finding failed the gate');
  });

  it('--severity filters what is reported, and so what can fail', async () => {
    const r = await scanJson(app, '--severity', 'high,medium', '--fail-on', 'true');
    expect(r.code).toBe(0);
    expect(r.findings).toEqual([]);
  });

  it('reads fail-on from palisade.yaml and PALISADE_FAIL_ON; the flag wins', async () => {
    const dir = path.join(tmp, 'cfg');
    write(path.join(dir, 'palisade.yaml'), 'fail-on: kind == "secret"\n');
    const fromFile = await runCli(['scan', app, '--format', 'json'], { env, cwd: dir });
    expect(fromFile.code).toBe(1);
    expect(fromFile.stderr).toContain('(--fail-on kind == "secret")');
    const fromEnv = await runCli(['scan', app, '--format', 'json'], {
      env: { ...env, PALISADE_FAIL_ON: 'low' },
      cwd: dir,
    });
    expect(fromEnv.code).toBe(0);
    const fromFlag = await runCli(['scan', app, '--format', 'json', '--fail-on', 'critical'], {
      env: { ...env, PALISADE_FAIL_ON: 'low' },
      cwd: dir,
    });
    expect(fromFlag.code).toBe(1);
  });
});

describe('suppression never fails the gate', () => {
  it('an ignore file in the target suppresses, keeps findings in the report with reason, owner, expiry', async () => {
    const dir = path.join(tmp, 'ignored');
    write(path.join(dir, 'gradle.lockfile'), 'org.apache.logging.log4j:log4j-core:2.14.1=runtimeClasspath\n');
    write(path.join(dir, 'env.sh'), `export AWS_ACCESS_KEY_ID=${KEY_1}\n`);
    write(
      path.join(dir, '.palisadeignore.yaml'),
      `ignore:
  - id: CVE-2021-44228
    reason: JNDI lookups disabled by -Dlog4j2.formatMsgNoLookups
    owner: platform-team
    expires: 2999-12-31
  - package: org.apache.logging.log4j:log4j-core@2.14.1
    id: GHSA-7rjr-3q55-vv33
    reason: same mitigation
  - rule: aws-*
    path: "*.sh"
    reason: revoked test key
`,
    );
    const r = await scanJson(dir, '--fail-on', 'critical');
    expect(r.code, r.stderr).toBe(0);
    expect(r.findings).toHaveLength(3);
    expect(unsuppressed(r.findings)).toEqual([]);
    expect(r.findings.find((f) => f.ruleId === LOG4SHELL)!.suppressed).toEqual({
      kind: 'ignore-file',
      reason: 'JNDI lookups disabled by -Dlog4j2.formatMsgNoLookups',
      owner: 'platform-team',
      expires: '2999-12-31',
      source: 'ignored/.palisadeignore.yaml',
    });
    // The same file given with --ignore-file from elsewhere works the same; the target's is then not read.
    const moved = write(
      path.join(tmp, 'policies', 'accepted.yaml'),
      readFileSync(path.join(dir, '.palisadeignore.yaml'), 'utf8'),
    );
    rmSync(path.join(dir, '.palisadeignore.yaml'));
    expect((await scanJson(dir, '--fail-on', 'critical')).code).toBe(1);
    const explicit = await scanJson(dir, '--fail-on', 'critical', '--ignore-file', 'policies/accepted.yaml');
    expect(explicit.code).toBe(0);
    expect(explicit.findings[0]!.suppressed!.source).toBe('policies/accepted.yaml');
    expect(existsSync(moved)).toBe(true);
  });

  it('an expired ignore entry stops suppressing: the finding fails again, with a warning naming file, line and entry', async () => {
    const file = write(
      path.join(tmp, 'expired.yaml'),
      `ignore:\n  - id: aws-access-key-id\n    owner: sec\n    expires: 2020-01-31\n`,
    );
    const r = await scanJson(app, '--fail-on', 'kind == "secret"', '--ignore-file', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'warning: expired.yaml: line 2: ignore entry (id aws-access-key-id, owner sec) expired on 2020-01-31; it no longer suppresses anything (1 matching finding)',
    );
    const key = r.findings.find((f) => f.ruleId === 'aws-access-key-id')!;
    expect(key.suppressed).toBeUndefined();
    expect(key.expiredIgnore).toEqual({
      source: 'expired.yaml',
      line: 2,
      expires: '2020-01-31',
      owner: 'sec',
    });
    expect(r.report.diagnostics).toContainEqual(
      expect.objectContaining({ level: 'warning', code: 'ignore-expired', path: 'expired.yaml' }),
    );
  });

  it('VEX statements suppress vulnerabilities (OpenVEX and CycloneDX), with status and justification', async () => {
    const openvex = write(
      path.join(tmp, 'vendor.openvex.json'),
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'https://example.com/vex/1',
        author: 'Vendor Security',
        timestamp: '2026-01-01T00:00:00Z',
        version: 1,
        statements: [
          {
            vulnerability: { name: 'CVE-2021-44228' },
            products: [{ '@id': 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar' }],
            status: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path',
            impact_statement: 'JndiLookup class removed from the jar',
          },
        ],
      }),
    );
    const cdx = write(
      path.join(tmp, 'triage.cdx.json'),
      JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        version: 1,
        vulnerabilities: [
          {
            id: LOG4J_2,
            analysis: { state: 'resolved', detail: 'patched build' },
            affects: [{ ref: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1' }],
          },
        ],
      }),
    );
    const r = await scanJson(
      app,
      '--fail-on',
      'kind == "vulnerability"',
      '--vex',
      'vendor.openvex.json',
      '--vex',
      cdx,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.findings.find((f) => f.ruleId === LOG4SHELL)!.suppressed).toEqual({
      kind: 'vex',
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
      reason: 'JndiLookup class removed from the jar',
      source: 'vendor.openvex.json',
    });
    expect(r.findings.find((f) => f.ruleId === LOG4J_2)!.suppressed).toMatchObject({
      kind: 'vex',
      status: 'resolved',
      source: 'triage.cdx.json',
    });
    // Only one of them: the other still fails.
    expect((await scanJson(app, '--fail-on', 'kind == "vulnerability"', '--vex', openvex)).code).toBe(1);
  });

  it('exports the triage as OpenVEX and CycloneDX VEX, and the export suppresses the same findings when fed back', async () => {
    write(
      path.join(tmp, 'accept-log4shell.yaml'),
      `ignore:\n  - id: ${LOG4SHELL}\n    reason: mitigated by JVM flag\n`,
    );
    for (const format of ['openvex', 'cyclonedx-vex']) {
      const out = path.join(tmp, `triage.${format}.json`);
      const exported = await palisade(
        'scan',
        app,
        '--ignore-file',
        'accept-log4shell.yaml',
        '--format',
        format,
        '--output',
        out,
      );
      expect(exported.code, exported.stderr).toBe(0);
      const text = readFileSync(out, 'utf8');
      expect(text).toContain(LOG4SHELL);
      const back = await scanJson(app, '--vex', out);
      expect(back.findings.filter((f) => f.suppressed).map((f) => [f.ruleId, f.suppressed!.kind])).toEqual([
        [LOG4SHELL, 'vex'],
      ]);
      expect(unsuppressed(back.findings)).toEqual([LOG4J_2, 'aws-access-key-id']);
    }
  });

  it('a baseline report drops the findings it already has; SARIF works too', async () => {
    const old = path.join(tmp, 'old');
    write(path.join(old, 'gradle.lockfile'), 'org.apache.logging.log4j:log4j-core:2.14.1=runtimeClasspath\n');
    const previous = await palisade('scan', old, '--format', 'json', '--output', 'previous.json');
    expect(previous.code).toBe(0);
    const sarif = await palisade('scan', old, '--format', 'sarif', '--output', 'previous.sarif');
    expect(sarif.code).toBe(0);
    for (const baseline of ['previous.json', 'previous.sarif']) {
      const r = await scanJson(
        app,
        '--baseline',
        baseline,
        '--fail-on',
        'kind == "vulnerability"',
        '--debug',
      );
      expect(r.code, r.stderr).toBe(0);
      expect(ids(r.findings)).toEqual(['aws-access-key-id']);
      expect(r.stderr).toContain(
        `info: .: baseline: 2 findings already in ${baseline} (not reported), 1 new`,
      );
      expect((await scanJson(app, '--baseline', baseline, '--fail-on', 'critical')).code).toBe(1);
    }
  });
});

describe('--baseline-git', () => {
  it('reports only what the working tree adds over REF, for the repository or a folder inside it', async () => {
    const repo = makeRepo();
    repos.push(repo);
    repo.commit(
      {
        'svc/deploy.sh': `#!/bin/sh\nexport AWS_ACCESS_KEY_ID=${KEY_1}\n`,
        'svc/Dockerfile': 'FROM node:20\nCOPY . /app\nCMD ["node", "/app/index.js"]\n',
        'README.md': '# shop\n',
      },
      'one: a secret and a misconfigured Dockerfile',
    );
    repo.commit(
      { 'svc/release.sh': `#!/bin/sh\nexport AWS_ACCESS_KEY_ID=${KEY_2}\n` },
      'two: one more secret',
    );
    const all = await runCli(['scan', repo.dir, '--scanners', 'secret,misconfig', '--format', 'json'], {
      env,
      cwd: tmp,
    });
    const allFindings = JSON.parse(all.stdout).findings as Finding[];
    expect(allFindings.filter((f) => f.kind === 'misconfig').length).toBeGreaterThan(0);
    expect(allFindings.filter((f) => f.kind === 'secret')).toHaveLength(2);

    const r = await runCli(
      [
        'scan',
        repo.dir,
        '--scanners',
        'secret,misconfig',
        '--format',
        'json',
        '--baseline-git',
        'HEAD~1',
        '--fail-on',
        'true',
      ],
      {
        env,
        cwd: tmp,
      },
    );
    expect(r.code, r.stderr).toBe(1);
    expect((JSON.parse(r.stdout).findings as Finding[]).map((f) => [f.ruleId, f.location.path])).toEqual([
      ['aws-access-key-id', 'svc/release.sh'],
    ]);

    // A folder inside the repository: the old revision of the same folder, paths relative to it.
    const sub = await runCli(
      [
        'scan',
        path.join(repo.dir, 'svc'),
        '--scanners',
        'secret,misconfig',
        '--format',
        'json',
        '--baseline-git',
        'HEAD~1',
      ],
      {
        env,
        cwd: tmp,
      },
    );
    expect(sub.code, sub.stderr).toBe(0);
    expect((JSON.parse(sub.stdout).findings as Finding[]).map((f) => [f.ruleId, f.location.path])).toEqual([
      ['aws-access-key-id', 'release.sh'],
    ]);
    // Against HEAD nothing is new; the temporary worktree is gone afterwards.
    const none = await runCli(
      ['scan', repo.dir, '--scanners', 'secret,misconfig', '--baseline-git', 'HEAD', '--fail-on', 'true'],
      { env, cwd: tmp },
    );
    expect(none.code).toBe(0);
    expect(repo.git(['worktree', 'list']).split('\n')).toHaveLength(1);
  });
});

describe('--report writes extra outputs in the same run', () => {
  it('table on stdout, SARIF and JSON files, with the same gated findings', async () => {
    const r = await palisade(
      'scan',
      app,
      '--report',
      'sarif=palisade.sarif',
      '--report',
      'json=palisade.json',
      '--fail-on',
      'critical',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('CRITICAL');
    const sarif = JSON.parse(readFileSync(path.join(tmp, 'palisade.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(3);
    expect(JSON.parse(readFileSync(path.join(tmp, 'palisade.json'), 'utf8')).findings).toHaveLength(3);
  });
});

describe('bad policy inputs exit 2 with a clear message', () => {
  beforeAll(() => {
    write(path.join(tmp, 'bad', 'ignore.yaml'), 'ignore:\n  - id: CVE-2021-44228\n    expire: 2026-01-01\n');
    write(
      path.join(tmp, 'bad', 'vex.json'),
      '{"@context": "https://openvex.dev/ns/v0.2.0", "statements": [{"vulnerability": {"name": "CVE-1"}, "status": "fine"}]}',
    );
    write(path.join(tmp, 'bad', 'baseline.json'), '{"version": 1}');
    write(
      path.join(tmp, 'bad', 'target', '.palisadeignore.yaml'),
      'ignore:\n  - reason: forgot the matcher\n',
    );
  });

  it.each([
    [['--fail-on', 'severity >= "hgh"'], /palisade: --fail-on 'severity >= "hgh"': unknown severity "hgh"/],
    [
      ['--fail-on', 'package.nmae == "x"'],
      /palisade: --fail-on 'package\.nmae == "x"': invalid CEL expression: No such key: nmae/,
    ],
    [['--fail-on', 'critical,severe'], /unknown severity 'severe'/],
    [['--ignore-file', 'bad/ignore.yaml'], /palisade: bad\/ignore\.yaml:3: entry 1: unknown key 'expire'/],
    [['--ignore-file', 'bad/none.yaml'], /cannot read ignore file bad\/none\.yaml/],
    [
      ['--vex', 'bad/vex.json'],
      /palisade: bad\/vex\.json: not a valid VEX document: statements\[0\]\.status must be one of/,
    ],
    [['--vex', 'bad/missing.json'], /cannot read VEX file bad\/missing\.json/],
    [
      ['--baseline', 'bad/baseline.json'],
      /palisade: baseline bad\/baseline\.json: expected a Palisade JSON report/,
    ],
    [['--baseline-git', 'HEAD'], /--baseline-git needs a target inside a git work tree; .*app is not in one/],
    [['--report', 'sarif'], /--report takes FORMAT=FILE/],
    [['--report', 'xml=out.xml'], /unknown format 'xml' in --report/],
  ])('%j', async (args, message) => {
    const r = await palisade('scan', app, ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('a malformed .palisadeignore.yaml in the target stops the scan', async () => {
    const r = await palisade('scan', path.join(tmp, 'bad', 'target'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /palisade: bad\/target\/\.palisadeignore\.yaml:2: entry 1: the entry needs at least one matcher/,
    );
  });

  it('an unknown git revision, with git message', async () => {
    const repo = makeRepo();
    repos.push(repo);
    repo.commit({ 'a.txt': 'a\n' }, 'one');
    const r = await palisade('scan', repo.dir, '--scanners', 'secret', '--baseline-git', 'HEAD~5');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/palisade: --baseline-git: 'HEAD~5' is not a commit of .* \(git: .+\)/);
  });
});

describe('help', () => {
  it('lists the gate options and explains the exit codes', async () => {
    const r = await runCli(['scan', '--help']);
    for (const flag of ['--fail-on', '--ignore-file', '--vex', '--baseline', '--baseline-git', '--report'])
      expect(r.stdout).toContain(flag);
    expect(r.stdout).toContain('--fail-on (which implies --exit-code 1)');
    expect(r.stdout).toContain('openvex|cyclonedx-vex');
  });
});
