/**
 * Bad input never crashes and never loses data: each broken file gives one clear warning naming it,
 * and the good files beside it are still inventoried.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/model.js';
import { runCli } from './run-cli.js';

let root: string;

function put(rel: string, content: string | Buffer) {
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

const validLock = JSON.stringify({
  name: 'ok',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'ok', version: '1.0.0', dependencies: { 'left-pad': '1.3.0' } },
    'node_modules/left-pad': { version: '1.3.0', resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz', license: 'WTFPL' },
  },
});

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'palisade-bad-'));
  chmodSync(root, 0o755);
  put('good/package-lock.json', validLock);
  put('good/gradle.lockfile', 'org.slf4j:slf4j-api:2.0.9=runtimeClasspath\n');
  put('malformed-json/package-lock.json', '{"lockfileVersion": 3, "packages": {"node_modules/a": {"version": "1.0.0",,}}}');
  put('truncated/package-lock.json', validLock.slice(0, Math.floor(validLock.length / 2)));
  put('binary/package-lock.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  put('malformed-yaml/pnpm-lock.yaml', "lockfileVersion: '9.0'\npackages:\n  foo@1.0.0: {resolution: [unclosed\n  - : :\n");
  const bomb = ['lockfileVersion: "6.0"', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill('*' + String.fromCharCode(97 + i)).join(',')}]`);
  bomb.push('packages:\n  /x@1.0.0:\n    resolution: *j');
  put('yaml-bomb/pnpm-lock.yaml', bomb.join('\n') + '\n');
  put('deep-yaml/pnpm-lock.yaml', "lockfileVersion: '9.0'\npackages: " + '['.repeat(20000) + ']'.repeat(20000) + '\n');
  put('malformed-toml/Cargo.lock', 'version = 3\n[[package]]\nname = "a\nversion = 1.0.0\n');
  put('malformed-xml/pom.xml', '<project><dependencies><dependency><groupId>a</groupId><artifactId>b</artifactId><version>1</version></dependency></dependencies>');
  put('oversize/package-lock.json', '');
  truncateSync(path.join(root, 'oversize/package-lock.json'), 150 * 1024 * 1024); // sparse: takes no disk
  put('unreadable/package-lock.json', validLock);
  chmodSync(path.join(root, 'unreadable/package-lock.json'), 0o000);
  symlinkSync(path.join(root, 'missing.lock'), path.join(root, 'broken-link.json'));
  symlinkSync(root, path.join(root, 'good', 'loop'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function diagnosticsByPath(diagnostics: Diagnostic[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of diagnostics) if (d.level !== 'info') (out[d.path ?? ''] ??= []).push(d.code);
  return out;
}

describe('bad input', () => {
  it('gives one warning per broken file, naming it, and goes on', async () => {
    const started = Date.now();
    const r = await runCli(['scan', root, '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(20_000); // a YAML bomb must fail fast, not hang
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.packages.map((p: { purl: string }) => p.purl).sort()).toEqual([
      'pkg:maven/org.slf4j/slf4j-api@2.0.9',
      'pkg:npm/left-pad@1.3.0',
      ...(process.getuid?.() === 0 ? ['pkg:npm/left-pad@1.3.0'] : []), // root can still read mode-000 files
    ]);
    const diags = diagnosticsByPath(report.diagnostics);
    expect(diags['malformed-json/package-lock.json']).toEqual(['parse-error']);
    expect(diags['truncated/package-lock.json']).toEqual(['parse-error']);
    expect(diags['binary/package-lock.json']).toEqual(['binary-file']);
    expect(diags['malformed-yaml/pnpm-lock.yaml']).toEqual(['parse-error']);
    expect(diags['yaml-bomb/pnpm-lock.yaml']).toEqual(['parse-error']);
    expect(diags['deep-yaml/pnpm-lock.yaml']).toEqual(['parse-error']);
    expect(diags['malformed-toml/Cargo.lock']).toEqual(['parse-error']);
    expect(diags['malformed-xml/pom.xml']).toEqual(['parse-error']);
    expect(diags['oversize/package-lock.json']).toEqual(['too-large']);
    expect(diags['broken-link.json']).toEqual(['broken-symlink']);
    expect(diags['good/loop']).toEqual(['symlink-loop']);
    for (const d of report.diagnostics) expect(d.message.length).toBeGreaterThan(5);
    expect(r.stderr).toContain('warning: malformed-json/package-lock.json:');
  });

  it('reports an unreadable file as a warning (checked as an unprivileged user)', () => {
    // As root every file is readable, so run the real CLI as `nobody` when we are root.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [path.resolve('bin/palisade.js'), 'scan', path.join(root, 'unreadable'), '--format', 'json'], {
      encoding: 'utf8',
      ...asNobody,
    });
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.packages).toEqual([]);
    expect(diagnosticsByPath(report.diagnostics)).toEqual({ 'package-lock.json': ['unreadable'] });
    expect(r.stderr).toContain('package-lock.json: cannot read file');
  });
});
