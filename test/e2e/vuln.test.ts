/**
 * Vulnerability scanning end to end: `palisade db import ../shared/vulndb`, then `palisade scan` of the
 * example repository, through the CLI. Expected advisories were checked by hand against the OSV
 * records (e.g. GHSA-jfh8-c2jp-5v3q: log4j-core introduced 2.13.0, fixed 2.15.0; GHSA-hrpp-h998-j3pp:
 * qs 6.7.0 fixed in 6.7.3).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords } from '../../src/detectors/vuln/match/fixtures/vulndb.js';
import type { OsvRecord } from '../../src/detectors/vuln/types.js';
import { runCli } from './run-cli.js';

const example = path.resolve('examples/polyglot-shop');
let cache: string;
let env: NodeJS.ProcessEnv;
interface VulnFinding {
  ruleId: string;
  severity: string;
  aliases: string[];
  fixedIn?: string[];
  dependencyPaths?: string[][];
  package: { name: string; version: string; purl: string };
  location: { path: string; startLine?: number };
}

beforeAll(async () => {
  cache = mkdtempSync(path.join(os.tmpdir(), 'palisade-vuln-'));
  env = { PALISADE_CACHE_DIR: cache };
  const imported = await runCli(['db', 'import', path.resolve('../shared/vulndb')], { env });
  expect(imported.code, imported.stderr).toBe(0);
});
afterAll(() => rmSync(cache, { recursive: true, force: true }));

async function scanJson(args: string[] = [], target = example) {
  const r = await runCli(['scan', target, '--format', 'json', '--scanners', 'vuln', ...args], { env });
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
}

describe('vulnerability scan', () => {
  it('db status lists what was imported', async () => {
    const r = await runCli(['db', 'status', '--format', 'json'], { env });
    expect(r.code).toBe(0);
    const status = JSON.parse(r.stdout);
    expect(JSON.stringify(status)).toContain('"Maven"');
    expect(JSON.stringify(status)).toContain('"npm"');
  });

  it('reports exactly the advisories of the example, aliases merged, with fixes and dependency paths', async () => {
    const { code, report } = await scanJson();
    expect(code).toBe(0);
    expect(report.scanners).toEqual(['vuln']);
    const findings = report.findings as VulnFinding[];
    const byId = (id: string, pkg: string) => findings.filter((f) => f.ruleId === id && f.package.name === pkg);

    const log4shell = byId('GHSA-jfh8-c2jp-5v3q', 'org.apache.logging.log4j:log4j-core');
    expect(log4shell).toHaveLength(1);
    expect(log4shell[0]).toMatchObject({
      severity: 'critical',
      aliases: ['CVE-2021-44228'],
      fixedIn: ['2.15.0'],
      location: { path: 'billing/pom.xml', startLine: 18 },
    });

    const qs = byId('GHSA-hrpp-h998-j3pp', 'qs')[0]!;
    expect(qs.fixedIn).toEqual(['6.7.3']);
    expect(qs.dependencyPaths).toContainEqual(['express@4.17.1', 'qs@6.7.0']);
    expect(qs.dependencyPaths).toContainEqual(['express@4.17.1', 'body-parser@1.19.0', 'qs@6.7.0']);

    // PyYAML: the GHSA, its CVE and its PYSEC record are one finding.
    const pyyaml = findings.filter((f) => f.package.name === 'pyyaml');
    expect(pyyaml.map((f) => [f.ruleId, f.aliases])).toEqual([['GHSA-8q59-q68h-6hv4', ['CVE-2020-14343', 'PYSEC-2021-142']]]);

    // Versions outside every range are not reported: the fixed versions themselves are clean.
    expect(findings.some((f) => f.package.name === 'junit:junit')).toBe(false);
    expect(findings.some((f) => f.package.name === 'org.postgresql:postgresql' && f.ruleId === 'GHSA-jfh8-c2jp-5v3q')).toBe(false);
    for (const f of findings) expect(f.ruleId).not.toBe('');
  });

  it('gates on --severity with --exit-code, and --ignore-unfixed drops advisories without a fix', async () => {
    const critical = await scanJson(['--severity', 'critical', '--exit-code', '1']);
    expect(critical.code).toBe(1);
    expect(new Set((critical.report.findings as VulnFinding[]).map((f) => f.severity))).toEqual(new Set(['critical']));

    const all = (await scanJson()).report.findings as VulnFinding[];
    const unfixed = all.filter((f) => !f.fixedIn?.length);
    expect(unfixed.length).toBeGreaterThan(0);
    const fixedOnly = (await scanJson(['--ignore-unfixed'])).report.findings as VulnFinding[];
    expect(fixedOnly).toHaveLength(all.length - unfixed.length);

    const clean = mkdtempSync(path.join(os.tmpdir(), 'palisade-clean-'));
    writeFileSync(path.join(clean, 'gradle.lockfile'), 'org.apache.logging.log4j:log4j-core:2.17.1=runtimeClasspath\n');
    const ok = await scanJson(['--exit-code', '1'], clean);
    expect(ok.code).toBe(0);
    expect(ok.report.findings).toEqual([]);
    rmSync(clean, { recursive: true, force: true });
  });

  it('says plainly when an ecosystem has no advisory data', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'palisade-nodata-'));
    writeFileSync(path.join(dir, 'conan.lock'), JSON.stringify({ version: '0.5', requires: ['zlib/1.2.11#abc%1'] }));
    const r = await scanJson([], dir);
    expect(r.report.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'vuln-no-data', message: expect.stringContaining('ConanCenter') }),
    );
    expect(r.stderr).toContain('no advisories for ConanCenter');
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows aliases, fixes and paths in the table', async () => {
    const r = await runCli(['scan', example, '--scanners', 'vuln'], { env });
    expect(r.stdout).toMatch(/CRITICAL\s+│ GHSA-jfh8-c2jp-5v3q \(CVE-2021-44228\)\s+│ org\.apache\.logging\.log4j:log4j-core@2\.14\.1\s+│ 2\.15\.0/);
    expect(r.stdout).toContain('express@4.17.1 → qs@6.7.0');
  });

  it('puts the vulnerabilities in the CycloneDX output with affects refs to components', async () => {
    const r = await runCli(['scan', example, '--format', 'cyclonedx', '--scanners', 'vuln'], { env });
    const bom = JSON.parse(r.stdout);
    const refs = new Set(bom.components.map((c: { 'bom-ref': string }) => c['bom-ref']));
    const log4shell = bom.vulnerabilities.find((v: { id: string }) => v.id === 'GHSA-jfh8-c2jp-5v3q');
    expect(log4shell.affects.map((a: { ref: string }) => a.ref)).toEqual(['pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1']);
    for (const v of bom.vulnerabilities) for (const a of v.affects) expect(refs.has(a.ref)).toBe(true);
  });
});

describe('--online', () => {
  let server: Server;
  let url: string;
  const requests: string[] = [];
  const records: OsvRecord[] = readRecords('Maven', ['GHSA-jfh8-c2jp-5v3q', 'GHSA-7rjr-3q55-vv33']);

  beforeAll(async () => {
    // A loopback server speaking the OSV API: querybatch returns ids per query, /v1/vulns/<id> the record.
    server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        if (req.method === 'POST' && req.url === '/v1/querybatch') {
          const { queries } = JSON.parse(body) as { queries: { package: { name: string; ecosystem: string } }[] };
          const results = queries.map((q) => ({
            vulns: records
              .filter((r) => r.affected?.some((a) => a.package?.name === q.package.name && a.package?.ecosystem === q.package.ecosystem))
              .map((r) => ({ id: r.id, modified: r.modified })),
          }));
          res.end(JSON.stringify({ results }));
          return;
        }
        const m = /^\/v1\/vulns\/(.+)$/.exec(req.url ?? '');
        const rec = m && records.find((r) => r.id === decodeURIComponent(m[1]!));
        if (rec) res.end(JSON.stringify(rec));
        else {
          res.statusCode = 404;
          res.end('{}');
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('checks packages against the OSV API instead of the local database', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'palisade-online-'));
    mkdirSync(path.join(dir, 'svc'));
    writeFileSync(path.join(dir, 'svc', 'gradle.lockfile'), 'org.apache.logging.log4j:log4j-core:2.14.1=runtimeClasspath\n');
    const r = await runCli(['scan', dir, '--online', '--format', 'json', '--scanners', 'vuln'], {
      env: { PALISADE_OSV_API_URL: url, PALISADE_CACHE_DIR: '/nonexistent/cache' },
    });
    expect(r.code, r.stderr).toBe(0);
    const ids = (JSON.parse(r.stdout).findings as VulnFinding[]).map((f) => f.ruleId).sort();
    expect(ids).toEqual(['GHSA-7rjr-3q55-vv33', 'GHSA-jfh8-c2jp-5v3q']);
    expect(requests).toContain('POST /v1/querybatch');
    expect(requests).toContain('GET /v1/vulns/GHSA-jfh8-c2jp-5v3q');
    rmSync(dir, { recursive: true, force: true });
  });
});
