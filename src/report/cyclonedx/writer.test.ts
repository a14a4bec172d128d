import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCycloneDx } from '../testing/validators.js';
import { fingerprint } from '../../core/fingerprint.js';
import type { Report } from '../../core/model.js';
import { reordered, sbomReport } from '../../../test/fixtures/sbom-report.js';
import { sampleReport } from '../../../test/fixtures/sample-report.js';
import { cyclonedxLicenses, cyclonedxWriter, splitName } from './writer.js';

const GOLDEN = new URL('./goldens/sbom.cdx.json', import.meta.url);

interface Component {
  type: string;
  'bom-ref': string;
  group?: string;
  name: string;
  version?: string;
  scope?: string;
  purl?: string;
  licenses?: unknown[];
  evidence?: { occurrences: { location: string; line?: number }[] };
  properties?: { name: string; value: string }[];
}
interface Bom {
  serialNumber: string;
  metadata: {
    timestamp: string;
    tools: { components: unknown[] };
    component: { 'bom-ref': string; name: string };
  };
  components: Component[];
  dependencies: { ref: string; dependsOn: string[] }[];
}

function bom(report: Report = sbomReport()): Bom {
  return JSON.parse(cyclonedxWriter.write(report)) as Bom;
}
function component(doc: Bom, ref: string): Component {
  const found = doc.components.find((c) => c['bom-ref'] === ref);
  if (!found) throw new Error(`no component ${ref}`);
  return found;
}
function expectValid(doc: unknown): void {
  expect(validateCycloneDx(doc), validateCycloneDx.errors()).toBe(true);
}

describe('cyclonedx writer', () => {
  it('declares its format', () => {
    expect(cyclonedxWriter).toMatchObject({ id: 'cyclonedx', fileExtension: 'cdx.json' });
    expect(cyclonedxWriter.mediaType).toMatch(/^application\/vnd\.cyclonedx\+json/);
  });

  it.each([
    ['the SBOM fixture', sbomReport()],
    ['the shared sample report', sampleReport()],
    ['an empty report', sbomReport({ packages: [], os: [] })],
  ])('is valid CycloneDX 1.6 for %s', (_name, report) => {
    expectValid(JSON.parse(cyclonedxWriter.write(report)));
  });

  it('the schema check has teeth', () => {
    const doc = bom() as unknown as Record<string, unknown>;
    expect(validateCycloneDx({ ...doc, specVersion: 1.6 })).toBe(false);
    expect(validateCycloneDx({ ...doc, serialNumber: 'not-a-urn' })).toBe(false);
    const broken = bom();
    broken.components[0]!.scope = 'dev';
    expect(validateCycloneDx(broken)).toBe(false);
  });

  it('writes the document header from the report, never from the clock', () => {
    const doc = bom() as unknown as Record<string, unknown> & Bom;
    expect(doc).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1 });
    expect(doc.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(doc.metadata.timestamp).toBe('2026-01-02T03:04:05Z');
    expect(doc.metadata.tools.components).toEqual([
      { type: 'application', name: 'palisade', version: '0.1.0' },
    ]);
    expect(doc.metadata.component).toEqual({
      type: 'application',
      'bom-ref': 'palisade:target:examples/polyglot',
      name: 'examples/polyglot',
    });
  });

  it('lists one component per purl, sorted, with unique bom-refs equal to the purl', () => {
    const doc = bom();
    const refs = doc.components.map((c) => c['bom-ref']);
    expect(refs).toEqual([
      'palisade:os:debian@12',
      'pkg:cargo/serde@1.0.195',
      'pkg:deb/debian/openssl@3.0.11-1~deb12u2?distro=debian-12',
      'pkg:golang/github.com/example/odd@v1.2.3',
      'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.15.2',
      'pkg:maven/org.junit.jupiter/junit-jupiter-api@5.10.0',
      'pkg:maven/org.springframework/spring-core@6.0.11',
      'pkg:npm/%40types/node@20.11.0',
      'pkg:npm/express@4.17.1',
      'pkg:npm/lodash@4.17.21',
      'pkg:npm/qs@6.7.0',
      'pkg:npm/undici-types@5.26.5',
      'pkg:pypi/requests@2.31.0',
      'pkg:pypi/urllib3@2.0.7',
    ]);
    expect(new Set(refs).size).toBe(refs.length);
    for (const c of doc.components.filter((x) => x.type === 'library')) expect(c.purl).toBe(c['bom-ref']);
  });

  it('merges the same purl from two lockfiles into one component with two occurrences', () => {
    const lodash = component(bom(), 'pkg:npm/lodash@4.17.21');
    expect(lodash.evidence!.occurrences).toEqual([
      { location: 'admin/package-lock.json', line: 8 },
      { location: 'web/package-lock.json', line: 30 },
    ]);
    // The files are in the occurrences only: a `palisade:file` property per file repeated them (and was
    // 390k extra objects on a large monorepo).
    expect(lodash.properties!.some((p) => p.name === 'palisade:file')).toBe(false);
    // Runtime in one lockfile, so part of the runtime; direct in one, so direct.
    expect(lodash.scope).toBeUndefined();
    expect(lodash.properties).toContainEqual({ name: 'palisade:direct', value: 'true' });
  });

  it('splits Maven groupIds and npm scopes into group', () => {
    const doc = bom();
    expect(component(doc, 'pkg:npm/%40types/node@20.11.0')).toMatchObject({ group: '@types', name: 'node' });
    expect(component(doc, 'pkg:maven/org.springframework/spring-core@6.0.11')).toMatchObject({
      group: 'org.springframework',
      name: 'spring-core',
      version: '6.0.11',
    });
    expect(component(doc, 'pkg:npm/express@4.17.1').group).toBeUndefined();
    expect(component(doc, 'pkg:golang/github.com/example/odd@v1.2.3')).toMatchObject({
      name: 'github.com/example/odd',
    });
    expect(splitName({ ecosystem: 'npm', name: '@scope' })).toEqual({ name: '@scope' });
    expect(splitName({ ecosystem: 'Maven', name: 'no-group' })).toEqual({ name: 'no-group' });
  });

  it('marks dev-only packages as excluded from the runtime and leaves the rest at the default scope', () => {
    const doc = bom();
    const excluded = doc.components.filter((c) => c.scope === 'excluded').map((c) => c['bom-ref']);
    expect(excluded).toEqual([
      'pkg:maven/org.junit.jupiter/junit-jupiter-api@5.10.0',
      'pkg:npm/%40types/node@20.11.0',
      'pkg:npm/undici-types@5.26.5',
    ]);
    expect(doc.components.every((c) => c.scope === undefined || c.scope === 'excluded')).toBe(true);
  });

  it('writes licenses as ids, expressions or names', () => {
    const doc = bom();
    expect(component(doc, 'pkg:npm/express@4.17.1').licenses).toEqual([{ license: { id: 'MIT' } }]);
    expect(component(doc, 'pkg:npm/undici-types@5.26.5').licenses).toEqual([{ license: { id: 'MIT' } }]);
    expect(component(doc, 'pkg:cargo/serde@1.0.195').licenses).toEqual([{ expression: 'MIT OR Apache-2.0' }]);
    expect(component(doc, 'pkg:golang/github.com/example/odd@v1.2.3').licenses).toEqual([
      { expression: 'GPL-2.0-or-later WITH Classpath-exception-2.0 AND LicenseRef-Proprietary' },
    ]);
    expect(component(doc, 'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.15.2').licenses).toEqual([
      { license: { name: 'The Apache Software License, Version 2.0' } },
    ]);
    expect(component(doc, 'pkg:deb/debian/openssl@3.0.11-1~deb12u2?distro=debian-12').licenses).toEqual([
      { license: { id: 'Apache-2.0' } },
      { license: { name: 'BSD-like' } },
    ]);
    expect(component(doc, 'pkg:pypi/urllib3@2.0.7').licenses).toBeUndefined();
  });

  it.each<[string[], unknown]>([
    [
      ['MIT', 'Apache-2.0'],
      [{ license: { id: 'Apache-2.0' } }, { license: { id: 'MIT' } }],
    ],
    [['MIT OR Apache-2.0', 'ISC'], [{ expression: 'ISC AND (MIT OR Apache-2.0)' }]],
    [['GPL-2.0+'], [{ license: { id: 'GPL-2.0+' } }]],
    [['Apache-2.0+'], [{ expression: 'Apache-2.0+' }]],
    [
      ['MIT OR Apache-2.0', 'Custom'],
      [{ license: { name: 'Custom' } }, { license: { name: 'MIT OR Apache-2.0' } }],
    ],
    [['UNLICENSED'], [{ license: { name: 'UNLICENSED' } }]],
    [[], undefined],
  ])('licenses %j → %j', (recorded, expected) => {
    expect(cyclonedxLicenses(recorded)).toEqual(expected);
  });

  it('gives every component a dependencies entry and roots the graph at the target', () => {
    const doc = bom();
    const deps = new Map(doc.dependencies.map((d) => [d.ref, d.dependsOn]));
    expect(doc.dependencies[0]!.ref).toBe('palisade:target:examples/polyglot');
    expect([...deps.keys()].sort()).toEqual(
      [...doc.components.map((c) => c['bom-ref']), doc.metadata.component['bom-ref']].sort(),
    );
    expect(deps.get('palisade:target:examples/polyglot')).toEqual([
      'palisade:os:debian@12',
      // directness unknown and no parent: attached to the target
      'pkg:cargo/serde@1.0.195',
      'pkg:deb/debian/openssl@3.0.11-1~deb12u2?distro=debian-12',
      'pkg:golang/github.com/example/odd@v1.2.3',
      'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.15.2',
      'pkg:maven/org.junit.jupiter/junit-jupiter-api@5.10.0',
      'pkg:maven/org.springframework/spring-core@6.0.11',
      'pkg:npm/%40types/node@20.11.0',
      'pkg:npm/express@4.17.1',
      'pkg:npm/lodash@4.17.21',
      'pkg:pypi/requests@2.31.0',
    ]);
    expect(deps.get('pkg:npm/express@4.17.1')).toEqual(['pkg:npm/lodash@4.17.21', 'pkg:npm/qs@6.7.0']);
    expect(deps.get('pkg:npm/%40types/node@20.11.0')).toEqual(['pkg:npm/undici-types@5.26.5']);
    expect(deps.get('pkg:pypi/requests@2.31.0')).toEqual(['pkg:pypi/urllib3@2.0.7']);
    expect(deps.get('pkg:npm/qs@6.7.0')).toEqual([]);
    // Every ref in the graph names something in the BOM.
    for (const ref of [...deps.values()].flat()) expect(deps.has(ref)).toBe(true);
  });

  it('drops edges to packages that are not in the BOM (e.g. filtered out with --exclude-dev)', () => {
    const report = sbomReport();
    report.packages = report.packages.map((p) =>
      p.name === 'express'
        ? { ...p, dependsOn: ['pkg:npm/missing@1.0.0', 'pkg:npm/qs@6.7.0', 'pkg:npm/express@4.17.1'] }
        : p,
    );
    const deps = new Map(bom(report).dependencies.map((d) => [d.ref, d.dependsOn]));
    expect(deps.get('pkg:npm/express@4.17.1')).toEqual(['pkg:npm/qs@6.7.0']);
  });

  it('describes the operating system as an operating-system component', () => {
    expect(component(bom(), 'palisade:os:debian@12')).toMatchObject({
      type: 'operating-system',
      name: 'debian',
      version: '12',
      description: 'Debian GNU/Linux 12 (bookworm)',
      evidence: { occurrences: [{ location: 'etc/os-release' }] },
    });
  });

  it('is deterministic: same bytes twice and whatever the input order', () => {
    const first = cyclonedxWriter.write(sbomReport());
    expect(cyclonedxWriter.write(sbomReport())).toBe(first);
    expect(cyclonedxWriter.write(reordered(sbomReport()))).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
    expect(first).toContain('\n  "bomFormat": "CycloneDX"');
  });

  it('derives a new serial number for a new scan or new content', () => {
    const serial = bom().serialNumber;
    expect(bom(sbomReport({ createdAt: '2026-01-03T00:00:00Z' })).serialNumber).not.toBe(serial);
    expect(bom(sbomReport({ packages: sbomReport().packages.slice(1) })).serialNumber).not.toBe(serial);
    expect(bom(sbomReport({ target: { type: 'filesystem', name: 'other' } })).serialNumber).not.toBe(serial);
  });

  it('matches the golden file (UPDATE_GOLDEN=1 rewrites it)', () => {
    const out = cyclonedxWriter.write(sbomReport());
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, out);
    expect(out).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

describe('cyclonedx vulnerabilities section', () => {
  type Vuln = Extract<Report['findings'][number], { kind: 'vulnerability' }>;
  function vulnReport(): Report {
    const report = sbomReport();
    const lodash = report.packages.filter((p) => p.name === 'lodash');
    const qs = report.packages.find((p) => p.name === 'qs')!;
    const base = (p: (typeof report.packages)[number]): Omit<Vuln, 'ruleId' | 'aliases'> => ({
      kind: 'vulnerability',
      title: 'Prototype Pollution in lodash',
      severity: 'high',
      message: 'm',
      location: p.locations[0]!,
      fingerprint: fingerprint('x', p.locations[0]!.path, p.purl),
      package: { name: p.name, version: p.version, ecosystem: p.ecosystem, purl: p.purl },
    });
    const findings: Vuln[] = [
      // The same advisory on lodash in two lockfiles: one entry, one affects ref.
      ...lodash.map((p) => ({
        ...base(p),
        ruleId: 'GHSA-p6mc-m468-83gw',
        aliases: ['CVE-2020-8203', 'x_NSWG-ECO-516'],
        fixedIn: ['4.17.19'],
        cwe: ['CWE-770', 'CWE-1321'],
        references: [
          'https://osv.dev/vulnerability/GHSA-p6mc-m468-83gw',
          'https://github.com/lodash/lodash/issues/4744',
        ],
        cvss: [
          { version: '3.1' as const, vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H', score: 7.4 },
          {
            version: '4.0' as const,
            vector: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
            score: 9.3,
          },
        ],
        published: '2020-07-15T19:15:48Z',
        modified: '2023-11-01T05:04:26.123456Z',
      })),
      {
        ...base(qs),
        title: 'qs vulnerable to Prototype Pollution',
        ruleId: 'GHSA-hrpp-h998-j3pp',
        aliases: ['CVE-2022-24999'],
        severity: 'medium',
        fixedIn: [],
      },
    ];
    return { ...report, findings };
  }

  it('stays valid CycloneDX 1.6', () => {
    expectValid(JSON.parse(cyclonedxWriter.write(vulnReport())));
  });

  it('writes one entry per advisory with ratings, references, cwes and affects refs', () => {
    const doc = JSON.parse(cyclonedxWriter.write(vulnReport())) as {
      vulnerabilities: Record<string, unknown>[];
    };
    expect(doc.vulnerabilities.map((v) => v.id)).toEqual(['GHSA-hrpp-h998-j3pp', 'GHSA-p6mc-m468-83gw']);
    const [qsVuln, lodashVuln] = doc.vulnerabilities;
    expect(lodashVuln).toEqual({
      'bom-ref': 'palisade:vulnerability:GHSA-p6mc-m468-83gw',
      id: 'GHSA-p6mc-m468-83gw',
      source: { name: 'OSV', url: 'https://osv.dev/vulnerability/GHSA-p6mc-m468-83gw' },
      references: [
        {
          id: 'CVE-2020-8203',
          source: { name: 'NVD', url: 'https://nvd.nist.gov/vuln/detail/CVE-2020-8203' },
        },
        {
          id: 'x_NSWG-ECO-516',
          source: { name: 'OSV', url: 'https://osv.dev/vulnerability/x_NSWG-ECO-516' },
        },
      ],
      ratings: [
        {
          score: 7.4,
          severity: 'high',
          method: 'CVSSv31',
          vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H',
        },
        {
          score: 9.3,
          severity: 'critical',
          method: 'CVSSv4',
          vector: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
        },
      ],
      cwes: [770, 1321],
      description: 'Prototype Pollution in lodash',
      recommendation: 'Upgrade to lodash 4.17.19',
      advisories: [
        { url: 'https://osv.dev/vulnerability/GHSA-p6mc-m468-83gw' },
        { url: 'https://github.com/lodash/lodash/issues/4744' },
      ],
      published: '2020-07-15T19:15:48Z',
      updated: '2023-11-01T05:04:26.123456Z',
      affects: [{ ref: 'pkg:npm/lodash@4.17.21' }],
    });
    // No CVSS: a severity-only rating; no fix: no recommendation.
    expect(qsVuln).toMatchObject({
      ratings: [{ severity: 'medium', method: 'other' }],
      affects: [{ ref: 'pkg:npm/qs@6.7.0' }],
    });
    expect(qsVuln).not.toHaveProperty('recommendation');
    // Every affects ref names a component of the BOM.
    const refs = new Set(
      (JSON.parse(cyclonedxWriter.write(vulnReport())) as Bom).components.map((c) => c['bom-ref']),
    );
    for (const v of doc.vulnerabilities)
      for (const a of v.affects as { ref: string }[]) expect(refs.has(a.ref)).toBe(true);
  });

  it('has no vulnerabilities section without vulnerability findings', () => {
    expect(JSON.parse(cyclonedxWriter.write(sbomReport()))).not.toHaveProperty('vulnerabilities');
  });
});
