import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secret } from '../../detectors/secret/index.js';
import { scan } from '../../scan.js';
import { text } from './index.js';

// Real-looking key id (not AWS's documented example), built by the aws-access-key-id rule's format.
const KEY = 'AKIAZ3MQ7RVD4LNXWKPB';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'palisade-text-'));
  const put = (rel: string, data: string | Uint8Array): void => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), data);
  };
  put('deploy/.env', `# production\nAWS_REGION=eu-west-1\nAWS_ACCESS_KEY_ID=${KEY}\n`);
  put(
    'src/app.ts',
    `const region = 'eu-west-1';\n// palisade:ignore — revoked key kept for the migration test\nconst key = '${KEY}';\n`,
  );
  put('test/fixtures/creds.json', `{\n  "accessKeyId": "${KEY}"\n}\n`);
  put('docs/aws.md', 'Use `AKIAIOSFODNN7EXAMPLE` as in the AWS docs.\n');
  put('img/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, ...Buffer.from(KEY)]));
  put('bin/blob', new Uint8Array([1, 0, 2, ...Buffer.from(KEY)]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('text analyzer + secret detector through the pipeline', () => {
  it('claims text files, skips binaries quietly, reports with target-relative paths', async () => {
    const report = await scan({
      target: dir,
      scanners: ['secret'],
      analyzers: [text],
      detectors: [secret],
      workers: 0,
    });
    const got = report.findings.map((f) => [
      f.ruleId,
      f.location.path,
      f.location.startLine,
      f.severity,
      f.suppressed?.reason ?? null,
    ]);
    expect(got).toEqual([
      ['aws-access-key-id', 'deploy/.env', 3, 'critical', null],
      // Suppressed by the comment above it, kept with the reason.
      ['aws-access-key-id', 'src/app.ts', 3, 'critical', 'revoked key kept for the migration test'],
      ['aws-access-key-id', 'test/fixtures/creds.json', 2, 'low', null],
    ]);
    expect(report.diagnostics.filter((d) => d.code === 'binary-file')).toEqual([]);
    // The same secret in another file has another fingerprint (path is part of it).
    expect(new Set(report.findings.map((f) => f.fingerprint)).size).toBe(3);
  });
  it('runs only with the secret scanner enabled', async () => {
    const report = await scan({
      target: dir,
      scanners: [],
      analyzers: [text],
      detectors: [secret],
      workers: 0,
    });
    expect(report.findings).toEqual([]);
  });
  it('takes the detector config (path allowlist) from detectorConfig', async () => {
    const report = await scan({
      target: dir,
      scanners: ['secret'],
      analyzers: [text],
      detectors: [secret],
      workers: 0,
      detectorConfig: { secret: { allowlists: [{ globs: ['deploy/**'] }] } },
    });
    expect(report.findings.map((f) => f.location.path)).toEqual(['src/app.ts', 'test/fixtures/creds.json']);
  });
  it('excludes names that are never text without reading them', () => {
    const claims = (p: string): boolean =>
      text.claims.patterns!.some((r) => r.test(p)) && !text.claims.exclude!.some((r) => r.test(p));
    expect(claims('img/logo.png')).toBe(false);
    expect(claims('fonts/a.woff2')).toBe(false);
    expect(claims('dist/app.tar.gz')).toBe(false);
    expect(claims('Dockerfile')).toBe(true);
    expect(claims('.env')).toBe(true);
    expect(claims('src/main.go')).toBe(true);
  });
});
