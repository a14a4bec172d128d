import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../core/model.js';
import { reordered, sbomReport } from '../../../test/fixtures/sbom-report.js';
import { sampleReport } from '../../../test/fixtures/sample-report.js';
import { ROOT_SPDXID, packageSpdxId, sanitizeIdPart, spdxWriter } from './writer.js';

// The official SPDX 2.3 JSON schema (draft 2019-09), vendored: see test/schemas/README.md.
const schema = JSON.parse(
  readFileSync(new URL('../../../test/schemas/spdx-2.3.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2019.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const GOLDEN = new URL('./goldens/sbom.spdx.json', import.meta.url);

interface SpdxPackage {
  SPDXID: string;
  name: string;
  versionInfo?: string;
  downloadLocation: string;
  filesAnalyzed: boolean;
  licenseConcluded: string;
  licenseDeclared: string;
  sourceInfo?: string;
  externalRefs?: { referenceCategory: string; referenceType: string; referenceLocator: string }[];
  primaryPackagePurpose: string;
}
interface Relationship {
  spdxElementId: string;
  relationshipType: string;
  relatedSpdxElement: string;
}
interface SpdxDoc {
  spdxVersion: string;
  dataLicense: string;
  SPDXID: string;
  name: string;
  documentNamespace: string;
  creationInfo: { created: string; creators: string[]; licenseListVersion?: string };
  packages: SpdxPackage[];
  relationships: Relationship[];
  hasExtractedLicensingInfos?: { licenseId: string; extractedText: string; name?: string }[];
}

function doc(report: Report = sbomReport()): SpdxDoc {
  return JSON.parse(spdxWriter.write(report)) as SpdxDoc;
}
function byPurl(d: SpdxDoc, purl: string): SpdxPackage {
  const found = d.packages.find((p) => p.externalRefs?.some((r) => r.referenceLocator === purl));
  if (!found) throw new Error(`no package ${purl}`);
  return found;
}
function expectValid(d: unknown): void {
  expect(validate(d), JSON.stringify(validate.errors, null, 1)).toBe(true);
}
/** Relationships as `A TYPE B` lines with SPDX ids replaced by purls (or names) for readable assertions. */
function edges(d: SpdxDoc): string[] {
  const label = new Map<string, string>(
    d.packages.map((p) => [p.SPDXID, p.externalRefs?.[0]?.referenceLocator ?? p.name]),
  );
  label.set('SPDXRef-DOCUMENT', 'DOCUMENT');
  return d.relationships.map(
    (r) => `${label.get(r.spdxElementId)} ${r.relationshipType} ${label.get(r.relatedSpdxElement)}`,
  );
}

describe('spdx writer', () => {
  it('declares its format', () => {
    expect(spdxWriter).toMatchObject({
      id: 'spdx',
      mediaType: 'application/spdx+json',
      fileExtension: 'spdx.json',
    });
  });

  it.each([
    ['the SBOM fixture', sbomReport()],
    ['the shared sample report', sampleReport()],
    ['an empty report', sbomReport({ packages: [], os: [] })],
  ])('is valid SPDX 2.3 for %s', (_name, report) => {
    expectValid(JSON.parse(spdxWriter.write(report)));
  });

  it('the schema check has teeth', () => {
    const d = doc() as unknown as Record<string, unknown>;
    const noNamespace = { ...d };
    delete noNamespace.documentNamespace;
    expect(validate(noNamespace)).toBe(false);
    expect(validate({ ...d, packages: [{ SPDXID: 'SPDXRef-x', name: 'x' }] })).toBe(false);
    expect(
      validate({
        ...d,
        relationships: [{ spdxElementId: 'a', relatedSpdxElement: 'b', relationshipType: 'USES' }],
      }),
    ).toBe(false);
  });

  it('writes the document header from the report, never from the clock', () => {
    const d = doc();
    expect(d).toMatchObject({
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: 'examples/polyglot',
    });
    // SPDX wants exactly YYYY-MM-DDThh:mm:ssZ.
    expect(d.creationInfo.created).toBe('2026-01-02T03:04:05Z');
    expect(d.creationInfo.creators).toEqual(['Tool: palisade-0.1.0']);
    expect(d.creationInfo.licenseListVersion).toMatch(/^\d+\.\d+$/);
    expect(d.documentNamespace).toMatch(
      /^https:\/\/spdx\.org\/spdxdocs\/palisade-examples-polyglot-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(d.documentNamespace).not.toContain('#');
  });

  it('has a root package for the target and one package per purl with unique, well-formed SPDX ids', () => {
    const d = doc();
    expect(d.packages[0]).toMatchObject({
      SPDXID: ROOT_SPDXID,
      name: 'examples/polyglot',
      primaryPackagePurpose: 'APPLICATION',
    });
    const ids = d.packages.map((p) => p.SPDXID);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^SPDXRef-[A-Za-z0-9.-]+$/);
    const purls = d.packages.flatMap((p) => p.externalRefs ?? []).map((r) => r.referenceLocator);
    expect(purls.sort()).toEqual([
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
    for (const p of d.packages.slice(1)) {
      expect(p).toMatchObject({
        downloadLocation: 'NOASSERTION',
        filesAnalyzed: false,
        licenseConcluded: 'NOASSERTION',
      });
    }
    expect(d.packages.find((p) => p.primaryPackagePurpose === 'OPERATING_SYSTEM')).toMatchObject({
      name: 'debian',
      versionInfo: '12',
    });
  });

  it('describes each package with its name, version, purl and where it was found', () => {
    const d = doc();
    expect(byPurl(d, 'pkg:npm/%40types/node@20.11.0')).toMatchObject({
      SPDXID: expect.stringMatching(/^SPDXRef-Package-npm-types-node-20\.11\.0-[0-9a-f]{8}$/),
      name: '@types/node',
      versionInfo: '20.11.0',
      primaryPackagePurpose: 'LIBRARY',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: 'pkg:npm/%40types/node@20.11.0',
        },
      ],
    });
    expect(byPurl(d, 'pkg:npm/lodash@4.17.21').sourceInfo).toBe(
      'acquired package info from npm-lock in admin/package-lock.json#L8, web/package-lock.json#L30',
    );
  });

  it('declares licenses as SPDX expressions, LicenseRefs for free text, NOASSERTION when none', () => {
    const d = doc();
    const declared = (purl: string) => byPurl(d, purl).licenseDeclared;
    expect(declared('pkg:npm/express@4.17.1')).toBe('MIT');
    expect(declared('pkg:npm/undici-types@5.26.5')).toBe('MIT');
    expect(declared('pkg:cargo/serde@1.0.195')).toBe('MIT OR Apache-2.0');
    expect(declared('pkg:golang/github.com/example/odd@v1.2.3')).toBe(
      'GPL-2.0-or-later WITH Classpath-exception-2.0 AND LicenseRef-Proprietary',
    );
    expect(declared('pkg:deb/debian/openssl@3.0.11-1~deb12u2?distro=debian-12')).toBe(
      'Apache-2.0 AND LicenseRef-BSD-like',
    );
    expect(declared('pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.15.2')).toBe(
      'LicenseRef-The-Apache-Software-License-Version-2.0',
    );
    expect(declared('pkg:pypi/urllib3@2.0.7')).toBe('NOASSERTION');
    // Every LicenseRef used is declared in the document, as SPDX requires.
    const used = new Set(
      d.packages.flatMap((p) => p.licenseDeclared.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? []),
    );
    expect(d.hasExtractedLicensingInfos!.map((e) => e.licenseId)).toEqual([...used].sort());
    expect(d.hasExtractedLicensingInfos).toContainEqual(
      expect.objectContaining({
        licenseId: 'LicenseRef-BSD-like',
        extractedText: 'BSD-like',
        name: 'BSD-like',
      }),
    );
  });

  it('keeps LicenseRefs unique when free texts sanitise alike or clash with a declared ref', () => {
    const report = sbomReport();
    report.packages = report.packages.map((p) =>
      p.name === 'qs'
        ? { ...p, licenses: ['BSD like'] }
        : p.name === 'urllib3'
          ? { ...p, licenses: ['Proprietary'] }
          : p,
    );
    const d = doc(report);
    expectValid(d);
    const ids = d.hasExtractedLicensingInfos!.map((e) => e.licenseId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(byPurl(d, 'pkg:npm/qs@6.7.0').licenseDeclared).toMatch(/^LicenseRef-BSD-like-[0-9a-f]{8}$/);
    expect(byPurl(d, 'pkg:pypi/urllib3@2.0.7').licenseDeclared).toMatch(
      /^LicenseRef-Proprietary-[0-9a-f]{8}$/,
    );
    expect(byPurl(d, 'pkg:golang/github.com/example/odd@v1.2.3').licenseDeclared).toContain(
      'LicenseRef-Proprietary',
    );
  });

  it('relates document, target and packages: DESCRIBES, DEPENDS_ON, DEV_DEPENDENCY_OF, CONTAINS', () => {
    const d = doc();
    const e = edges(d);
    expect(e[0]).toBe('DOCUMENT DESCRIBES examples/polyglot');
    expect(e.sort()).toEqual(
      [
        'DOCUMENT DESCRIBES examples/polyglot',
        'examples/polyglot CONTAINS debian',
        'examples/polyglot DEPENDS_ON pkg:cargo/serde@1.0.195',
        'examples/polyglot DEPENDS_ON pkg:deb/debian/openssl@3.0.11-1~deb12u2?distro=debian-12',
        'examples/polyglot DEPENDS_ON pkg:golang/github.com/example/odd@v1.2.3',
        'examples/polyglot DEPENDS_ON pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.15.2',
        'examples/polyglot DEPENDS_ON pkg:maven/org.springframework/spring-core@6.0.11',
        'examples/polyglot DEPENDS_ON pkg:npm/express@4.17.1',
        'examples/polyglot DEPENDS_ON pkg:npm/lodash@4.17.21',
        'examples/polyglot DEPENDS_ON pkg:pypi/requests@2.31.0',
        'pkg:maven/org.junit.jupiter/junit-jupiter-api@5.10.0 DEV_DEPENDENCY_OF examples/polyglot',
        'pkg:npm/%40types/node@20.11.0 DEPENDS_ON pkg:npm/undici-types@5.26.5',
        'pkg:npm/%40types/node@20.11.0 DEV_DEPENDENCY_OF examples/polyglot',
        'pkg:npm/express@4.17.1 DEPENDS_ON pkg:npm/lodash@4.17.21',
        'pkg:npm/express@4.17.1 DEPENDS_ON pkg:npm/qs@6.7.0',
        'pkg:npm/undici-types@5.26.5 DEV_DEPENDENCY_OF examples/polyglot',
        'pkg:pypi/requests@2.31.0 DEPENDS_ON pkg:pypi/urllib3@2.0.7',
      ].sort(),
    );
    // Every relationship names an element of the document.
    const ids = new Set([...d.packages.map((p) => p.SPDXID), 'SPDXRef-DOCUMENT']);
    for (const r of d.relationships) {
      expect(ids.has(r.spdxElementId)).toBe(true);
      expect(ids.has(r.relatedSpdxElement)).toBe(true);
    }
  });

  it('sorts packages (root first) and relationships (DESCRIBES first)', () => {
    const d = doc();
    const ids = d.packages.slice(1).map((p) => p.SPDXID);
    expect(ids).toEqual([...ids].sort());
    const keys = d.relationships
      .slice(1)
      .map((r) => `${r.spdxElementId} ${r.relationshipType} ${r.relatedSpdxElement}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('is deterministic: same bytes twice and whatever the input order', () => {
    const first = spdxWriter.write(sbomReport());
    expect(spdxWriter.write(sbomReport())).toBe(first);
    expect(spdxWriter.write(reordered(sbomReport()))).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
    expect(first).toContain('\n  "spdxVersion": "SPDX-2.3"');
  });

  it('derives a new namespace for a new scan or new content', () => {
    const ns = doc().documentNamespace;
    expect(doc(sbomReport({ createdAt: '2026-01-03T00:00:00Z' })).documentNamespace).not.toBe(ns);
    expect(doc(sbomReport({ packages: sbomReport().packages.slice(1) })).documentNamespace).not.toBe(ns);
  });

  it.each([
    ['@types/node', 'types-node'],
    ['github.com/x/y', 'github.com-x-y'],
    ['a__b', 'a-b'],
    ['***', ''],
  ])('sanitises %s to %s', (input, expected) => {
    expect(sanitizeIdPart(input)).toBe(expected);
  });

  it('matches the golden file (UPDATE_GOLDEN=1 rewrites it)', () => {
    const out = spdxWriter.write(sbomReport());
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, out);
    expect(out).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

describe('packageSpdxId', () => {
  it('is stable and tells apart packages whose names sanitise alike', () => {
    const a = packageSpdxId({ ref: 'pkg:pypi/a-b@1', ecosystem: 'PyPI', name: 'a_b', version: '1' });
    const b = packageSpdxId({ ref: 'pkg:pypi/a.b@1', ecosystem: 'PyPI', name: 'a/b', version: '1' });
    expect(a).toMatch(/^SPDXRef-Package-PyPI-a-b-1-[0-9a-f]{8}$/);
    expect(b).toMatch(/^SPDXRef-Package-PyPI-a-b-1-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(packageSpdxId({ ref: 'pkg:pypi/a-b@1', ecosystem: 'PyPI', name: 'a_b', version: '1' })).toBe(a);
  });
});
