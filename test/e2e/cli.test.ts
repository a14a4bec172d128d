import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { runCli } from './run-cli.js';

const example = path.resolve('examples/polyglot-shop');
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('palisade CLI', () => {
  it('prints help with examples and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: palisade');
    expect(r.stdout).toContain('Examples:');
    const scanHelp = await runCli(['scan', '--help']);
    expect(scanHelp.code).toBe(0);
    for (const flag of ['--format', '--output', '--scanners', '--skip-dirs', '--skip-files', '--exit-code', '--quiet', '--debug', '--no-progress', '--config', '--exclude-dev']) {
      expect(scanHelp.stdout).toContain(flag);
    }
  });

  it('prints the version', async () => {
    expect((await runCli(['version'])).stdout).toBe(`Palisade ${VERSION}\n`);
    expect(JSON.parse((await runCli(['version', '--format', 'json'])).stdout).version).toBe(VERSION);
    expect((await runCli(['--version'])).stdout.trim()).toBe(VERSION);
  });

  it.each([
    [['scan', example, '--format', 'xml'], /unknown format 'xml'/],
    [['scan', example, '--scanners', 'sast'], /scanner 'sast' is not available/],
    [['scan', example, '--scanners', 'vuln', '--db-path', '/nonexistent/vuln.db'], /no vulnerability database at \/nonexistent\/vuln\.db/],
    [['scan', example, '--scanners', 'bogus'], /unknown scanner 'bogus'/],
    [['scan', example, '--exit-code', 'one'], /--exit-code takes a whole number/],
    [['scan', example, '--severity', 'urgent'], /unknown severity 'urgent'/],
    [['scan', '/nonexistent/palisade-target'], /cannot open target/],
    [['scan', example, '--config', '/nonexistent/palisade.yaml'], /cannot read config/],
    [['scan', example, '--no-such-flag'], /unknown option/],
    [['frobnicate'], /unknown command/],
    [['sbom', example, '--output', '/nonexistent/dir/sbom.json'], /nonexistent\/dir\/sbom\.json/],
  ])('exits 2 on usage or fatal error: %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('writes JSON to --output and nothing to stdout', async () => {
    const out = path.join(tmp, 'report.json');
    const r = await runCli(['scan', example, '--format', 'json', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.tool.name).toBe('palisade');
    expect(report.packages.length).toBe(report.summary.packages);
  });

  it('applies palisade.yaml, PALISADE_* env and flags in that order', async () => {
    const dir = path.join(tmp, 'cfg');
    mkdirSync(path.join(dir, 'vendored'), { recursive: true });
    writeFileSync(path.join(dir, 'gradle.lockfile'), 'org.slf4j:slf4j-api:2.0.9=runtimeClasspath\n');
    writeFileSync(path.join(dir, 'vendored', 'gradle.lockfile'), 'junit:junit:4.13.2=testRuntimeClasspath\n');
    const cfg = path.join(tmp, 'palisade.yaml');
    writeFileSync(cfg, 'format: json\nscan:\n  skip-dirs: [vendored]\n');
    const fromFile = await runCli(['scan', dir, '--config', cfg]);
    expect(JSON.parse(fromFile.stdout).packages.map((p: { name: string }) => p.name)).toEqual(['org.slf4j:slf4j-api']);
    const fromEnv = await runCli(['scan', dir, '--config', cfg], { env: { PALISADE_FORMAT: 'sarif' } });
    expect(JSON.parse(fromEnv.stdout).version).toBe('2.1.0');
    const fromFlag = await runCli(['scan', dir, '--config', cfg, '--format', 'table', '--skip-dirs', 'none', '--list-all-pkgs']);
    expect(fromFlag.stdout).toContain('vendored/gradle.lockfile');
    writeFileSync(cfg, 'formats: json\n');
    const bad = await runCli(['scan', dir, '--config', cfg]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown option 'formats'/);
  });

  it('reads ./palisade.yaml from the working directory when present', async () => {
    const dir = path.join(tmp, 'cwdcfg');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'gradle.lockfile'), 'org.slf4j:slf4j-api:2.0.9=runtimeClasspath\n');
    writeFileSync(path.join(dir, 'palisade.yaml'), 'format: json\n');
    const r = await runCli(['scan'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.target.name).toBe('.');
    expect(report.packages.map((p: { purl: string }) => p.purl)).toEqual(['pkg:maven/org.slf4j/slf4j-api@2.0.9']);
  });

  it('--exclude-dev drops dev dependencies', async () => {
    const dir = path.join(tmp, 'dev');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'gradle.lockfile'), 'org.slf4j:slf4j-api:2.0.9=runtimeClasspath\njunit:junit:4.13.2=testRuntimeClasspath\n');
    const all = JSON.parse((await runCli(['scan', dir, '-f', 'json'])).stdout);
    const prod = JSON.parse((await runCli(['scan', dir, '-f', 'json', '--exclude-dev'])).stdout);
    expect(all.packages.map((p: { name: string }) => p.name)).toEqual(['junit:junit', 'org.slf4j:slf4j-api']);
    expect(prod.packages.map((p: { name: string }) => p.name)).toEqual(['org.slf4j:slf4j-api']);
  });

  it('prints no progress or escape codes when not on a TTY, and warnings go to stderr', async () => {
    const dir = path.join(tmp, 'warn');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'gradle.lockfile'), Buffer.from([0, 1, 2, 3, 0, 255]));
    const r = await runCli(['scan', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\x1b[');
    expect(r.stderr).toContain('warning: gradle.lockfile: expected a text file but found binary data');
    expect(r.stderr).not.toContain('Scanning:');
    const quiet = await runCli(['scan', dir, '--quiet']);
    expect(quiet.stderr).toBe('');
  });

  it('shows progress on a TTY unless --no-progress', async () => {
    const tty = await runCli(['scan', example, '-f', 'json'], { tty: true });
    expect(tty.stderr).toContain('Scanning:');
    const off = await runCli(['scan', example, '-f', 'json', '--no-progress'], { tty: true });
    expect(off.stderr).not.toContain('Scanning:');
  });
});
