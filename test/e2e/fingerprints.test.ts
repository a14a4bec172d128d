/**
 * Fingerprints survive moved code, end to end: scan a folder with a planted (fake) AWS key, a
 * misconfigured Dockerfile and Kubernetes manifest and a vulnerable Gradle lockfile, insert five lines
 * above every finding, scan again, and compare the SARIF results: same partialFingerprints, regions five
 * lines lower. The outputs of the same real scan must also pass their official schemas (JSON report,
 * SARIF 2.1.0, JUnit, GitLab 15.0.7).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecords } from '../../src/detectors/vuln/match/fixtures/vulndb.js';
import {
  GITLAB_SCHEMAS,
  junitSchemaErrors,
  validateCycloneDx,
  validateJsonReport,
  validateSarif,
  type JsonValidator,
} from '../../src/report/testing/validators.js';
import { runCli } from './run-cli.js';

// A fake key made for the tests (see secrets.test.ts): it matches aws-access-key-id and is no credential.
const KEY_ID = 'AKIA2OGYBAH6RN3XQFVN';
const LOG4SHELL = ['GHSA-jfh8-c2jp-5v3q', 'GHSA-7rjr-3q55-vv33'];

const FILES: Record<string, string> = {
  'config/app.env': `APP_ENV=dev\nAWS_ACCESS_KEY_ID=${KEY_ID}\n`,
  Dockerfile: [
    '# palisade:ignore:PAL-DF-014 health is checked by the orchestrator',
    'FROM node:latest',
    'RUN apt-get update && apt-get install -y curl',
    'COPY . /app',
    'CMD ["node", "/app/server.js"]',
    '',
  ].join('\n'),
  'k8s/agent.yaml': [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: agent',
    'spec:',
    '  containers:',
    '    - name: agent',
    '      image: busybox:1.36',
    '      securityContext:',
    '        privileged: true',
    '',
  ].join('\n'),
  'gradle.lockfile': [
    '# This is a Gradle generated file for dependency locking.',
    'org.apache.logging.log4j:log4j-core:2.14.1=runtimeClasspath',
    'empty=annotationProcessor',
    '',
  ].join('\n'),
};

// Five comment lines each format accepts, above every finding of the file.
const INSERTED = ['# moved', '# down', '# by', '# five', '# lines', ''].join('\n');

interface SarifResult {
  ruleId: string;
  partialFingerprints: Record<string, string>;
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; endLine?: number } };
  }[];
  suppressions?: { kind: string }[];
}

let tmp: string;
let target: string;
let env: NodeJS.ProcessEnv;

async function scan(format: string): Promise<string> {
  const r = await runCli(['scan', target, '--format', format], { env });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

function byFingerprint(results: readonly SarifResult[]): Map<string, SarifResult> {
  const map = new Map<string, SarifResult>();
  for (const r of results) {
    const fp = r.partialFingerprints['palisade/v1']!;
    expect(map.has(fp), `duplicate fingerprint ${fp} (${r.ruleId})`).toBe(false);
    map.set(fp, r);
  }
  return map;
}

function expectValid(validate: JsonValidator, doc: unknown): void {
  expect(validate(doc), validate.errors()).toBe(true);
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-fingerprints-'));
  target = path.join(tmp, 'repo');
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    writeFileSync(path.join(target, file), text);
  }
  // A vulnerability database with only the Log4Shell advisories, from the shared OSV export.
  const db = path.join(tmp, 'osv', 'Maven');
  mkdirSync(db, { recursive: true });
  const records = readRecords('Maven', LOG4SHELL);
  writeFileSync(
    path.join(db, 'all.zip'),
    zipSync(Object.fromEntries(records.map((r) => [`${r.id}.json`, strToU8(JSON.stringify(r))]))),
  );
  env = { PALISADE_CACHE_DIR: path.join(tmp, 'cache') };
  const imported = await runCli(['db', 'import', path.join(tmp, 'osv')], { env });
  expect(imported.code, imported.stderr).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('fingerprints across moved lines', () => {
  it('keeps every partialFingerprint and moves every region by the inserted lines', async () => {
    const before = JSON.parse(await scan('sarif'));
    expectValid(validateSarif, before);
    const results = before.runs[0].results as SarifResult[];
    const tags = new Set(
      (before.runs[0].tool.driver.rules as { properties: { tags: string[] } }[]).map(
        (r) => r.properties.tags[0],
      ),
    );
    expect(tags).toEqual(new Set(['vulnerability', 'secret', 'misconfiguration']));
    const files = new Set(results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect(files).toEqual(new Set(Object.keys(FILES)));
    expect(results.map((r) => r.ruleId)).toEqual(
      expect.arrayContaining([...LOG4SHELL, 'aws-access-key-id', 'PAL-DF-007', 'PAL-K8S-001']),
    );
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => [r.ruleId, r.suppressions![0]!.kind])).toEqual([['PAL-DF-014', 'inSource']]);

    for (const [file, text] of Object.entries(FILES)) writeFileSync(path.join(target, file), INSERTED + text);
    const after = JSON.parse(await scan('sarif'));
    expectValid(validateSarif, after);

    const a = byFingerprint(results);
    const b = byFingerprint(after.runs[0].results as SarifResult[]);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [fp, r] of a) {
      const moved = b.get(fp)!;
      const was = r.locations[0]!.physicalLocation;
      const now = moved.locations[0]!.physicalLocation;
      expect(moved.ruleId).toBe(r.ruleId);
      expect(now.artifactLocation.uri).toBe(was.artifactLocation.uri);
      expect(now.region, `${r.ruleId} in ${was.artifactLocation.uri}`).toEqual({
        startLine: was.region.startLine + 5,
        ...(was.region.endLine !== undefined ? { endLine: was.region.endLine + 5 } : {}),
      });
      expect(moved.suppressions).toEqual(r.suppressions);
    }
    expect(readFileSync(path.join(target, 'config/app.env'), 'utf8').startsWith('# moved\n')).toBe(true);
  });

  it('writes outputs of the same scan that pass their official schemas', async () => {
    const json = JSON.parse(await scan('json'));
    expectValid(validateJsonReport, json);
    expect(new Set(json.findings.map((f: { kind: string }) => f.kind))).toEqual(
      new Set(['vulnerability', 'secret', 'misconfig']),
    );

    const bom = JSON.parse(await scan('cyclonedx'));
    expectValid(validateCycloneDx, bom);
    // The vulnerabilities of the scan, each pointing at the affected component.
    expect(bom.vulnerabilities.map((v: { id: string }) => v.id).sort()).toEqual([...LOG4SHELL].sort());
    const refs = new Set(bom.components.map((c: { 'bom-ref': string }) => c['bom-ref']));
    for (const v of bom.vulnerabilities as { affects: { ref: string }[] }[]) {
      for (const a of v.affects) expect(refs.has(a.ref)).toBe(true);
    }

    const junit = await scan('junit');
    expect(await junitSchemaErrors(junit)).toEqual([]);
    expect(junit).toContain('<testsuite name="Palisade secrets"');
    expect(junit).not.toContain(KEY_ID);

    const sast = JSON.parse(await scan('gitlab-sast'));
    expectValid(GITLAB_SCHEMAS.sast, sast);
    expect(sast.vulnerabilities.length).toBe(
      json.findings.filter(
        (f: { kind: string; suppressed?: object }) => f.kind === 'misconfig' && !f.suppressed,
      ).length,
    );

    const secrets = JSON.parse(await scan('gitlab-secret-detection'));
    expectValid(GITLAB_SCHEMAS.secret, secrets);
    expect(secrets.vulnerabilities.map((v: { location: { file: string } }) => v.location.file)).toEqual([
      'config/app.env',
    ]);

    const deps = JSON.parse(await scan('gitlab-dependency-scanning'));
    expectValid(GITLAB_SCHEMAS.dependency, deps);
    expect(
      deps.vulnerabilities.map((v: { identifiers: { value: string }[] }) => v.identifiers[0]!.value).sort(),
    ).toEqual([...LOG4SHELL].sort());
    expect(deps.dependency_files).toEqual([
      {
        path: 'gradle.lockfile',
        package_manager: 'gradle',
        // A Gradle lockfile does not say which dependencies are direct: `direct` is left out, not guessed.
        dependencies: [
          { package: { name: 'org.apache.logging.log4j:log4j-core' }, version: '2.14.1', iid: 1 },
        ],
      },
    ]);

    const md = await scan('markdown');
    expect(md).toMatch(/^## Palisade: \d+ open findings in `/);
    expect(md).toContain('<summary>Suppressed (1)</summary>');
    expect(md).not.toContain(KEY_ID);
  });
});
