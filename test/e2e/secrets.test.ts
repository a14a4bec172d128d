/**
 * The secret scanner through the CLI: a folder, stdin, a git history, and custom rules from a gitleaks
 * config. The planted keys are fake, made for these tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo } from '../../src/targets/git/testing/repo.js';
import { runCli } from './run-cli.js';

const KEY_ID = 'AKIA2OGYBAH6RN3XQFVN';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-secrets-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface SecretFinding {
  kind: string;
  ruleId: string;
  severity: string;
  redacted: string;
  fingerprint: string;
  location: { path: string; startLine: number; origin?: { commit?: string; author?: string; date?: string } };
}

describe('secret scanning from the CLI', () => {
  it('finds a planted key in a folder, redacted, and fails the gate with --exit-code', async () => {
    const r = await runCli(['scan', path.resolve('examples/polyglot-shop'), '--scanners', 'secret', '--format', 'json', '--exit-code', '1']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings as SecretFinding[];
    const key = findings.find((f) => f.ruleId === 'aws-access-key-id')!;
    expect(key).toMatchObject({ kind: 'secret', severity: 'critical', redacted: 'AKIA****', location: { path: 'worker/config.go', startLine: 4 } });
    expect(r.stdout).not.toContain(KEY_ID);
  });

  it('scans stdin with `scan -`', async () => {
    const stdin = Readable.from([`export AWS_ACCESS_KEY_ID=${KEY_ID}\n`]);
    const r = await runCli(['scan', '-', '--format', 'json'], { stdin });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.target).toEqual({ type: 'stdin', name: '-' });
    expect((report.findings as SecretFinding[]).map((f) => [f.ruleId, f.location.path, f.location.startLine])).toEqual([
      ['aws-access-key-id', '<stdin>', 1],
    ]);
  });

  it('finds a secret that was added in one commit and removed in the next, with the commit', async () => {
    const repo = makeRepo();
    try {
      repo.commit({ 'README.md': '# app\n' }, 'init', { date: '2022-01-01T00:00:00+00:00' });
      const leaked = repo.commit({ 'deploy/env.sh': `#!/bin/sh\nexport AWS_ACCESS_KEY_ID=${KEY_ID}\n` }, 'add deploy script', {
        date: '2022-02-03T04:05:06+00:00',
        author: 'Mallory',
        email: 'mallory@example.com',
      });
      repo.commit({ 'deploy/env.sh': '#!/bin/sh\nexport AWS_ACCESS_KEY_ID="$AWS_KEY"\n' }, 'remove key');
      const r = await runCli(['scan', repo.dir, '--git-history', '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.target.type).toBe('git');
      const f = (report.findings as SecretFinding[]).find((x) => x.ruleId === 'aws-access-key-id')!;
      expect(f.location).toMatchObject({ path: 'deploy/env.sh', startLine: 2, origin: { commit: leaked, author: 'Mallory' } });
      expect(f.location.origin!.date).toMatch(/^2022-02-03/);
      // The working tree is clean now: a plain scan finds nothing there.
      const now = await runCli(['scan', repo.dir, '--scanners', 'secret', '--format', 'json']);
      expect((JSON.parse(now.stdout).findings as SecretFinding[]).filter((x) => x.ruleId === 'aws-access-key-id')).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });

  it('loads custom rules from an existing gitleaks TOML config', async () => {
    const dir = mkdtempSync(path.join(tmp, 'custom-'));
    writeFileSync(path.join(dir, 'app.env'), 'ACME_TOKEN=acme_9f8e7d6c5b4a39281706f5e4d3c2b1a0\n');
    const toml = path.join(tmp, 'gitleaks.toml');
    writeFileSync(
      toml,
      ['title = "acme"', '[extend]', 'useDefault = true', '', '[[rules]]', 'id = "acme-token"', 'description = "ACME internal token"',
        'regex = \'\'\'acme_[0-9a-f]{32}\'\'\'', 'keywords = ["acme_"]'].join('\n'),
    );
    const r = await runCli(['scan', dir, '--scanners', 'secret', '--secret-config', toml, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout).findings as SecretFinding[]).map((f) => [f.ruleId, f.location.startLine])).toEqual([['acme-token', 1]]);
    const bad = path.join(tmp, 'bad.toml');
    writeFileSync(bad, '[[rules]]\nid = "x"\nregex = \'\'\'(?U)a+\'\'\'\n');
    const r2 = await runCli(['scan', dir, '--scanners', 'secret', '--secret-config', bad]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('bad.toml');
  });
});
