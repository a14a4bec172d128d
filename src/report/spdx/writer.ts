/**
 * SPDX 2.3 JSON (https://spdx.github.io/spdx-spec/v2.3/), validated in tests against the official
 * JSON schema vendored in test/schemas/. Same content as the CycloneDX writer (one package per purl,
 * see ../sbom/components.ts), in SPDX terms: packages plus DESCRIBES / DEPENDS_ON /
 * DEV_DEPENDENCY_OF / CONTAINS relationships.
 */
import type { Report } from '../../core/model.js';
import { byKeys, compareStrings } from '../../core/sort.js';
import { type SbomComponent, type SbomOs, formatLocation, sbomContent } from '../sbom/components.js';
import {
  type LicenseClass,
  classifyLicense,
  conjunction,
  formatLicenseExpression,
  licenseNode,
  licenseRefs,
} from '../sbom/license-expression.js';
import { SPDX_LICENSE_LIST_VERSION } from '../sbom/spdx-license-list.js';
import { utcSeconds } from '../sbom/timestamp.js';
import { documentUuid, shortHash } from '../sbom/uuid.js';
import { jsonChunks } from '../json-chunks.js';
import type { ReportWriter } from '../types.js';

type Json = Record<string, unknown>;
interface Relationship {
  spdxElementId: string;
  relationshipType: string;
  relatedSpdxElement: string;
}

const NOASSERTION = 'NOASSERTION';
export const ROOT_SPDXID = 'SPDXRef-RootPackage';
// The namespace form of the SPDX spec's own example (and of several tools): unique per document via the UUID.
const NAMESPACE_BASE = 'https://spdx.org/spdxdocs/';

/** Characters an SPDX id may hold (`SPDXRef-[A-Za-z0-9.-]+`); runs of anything else become one dash. */
export function sanitizeIdPart(value: string, max = 64): string {
  return value
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/**
 * Readable and stable: ecosystem, name and version, plus a hash of the ref because sanitising can map two
 * packages to the same text (`a_b` and `a.b`… or `@x/y` and `x-y`). The same package gets the same id in
 * every scan, so documents can be diffed.
 */
export function packageSpdxId(c: Pick<SbomComponent, 'ref' | 'ecosystem' | 'name' | 'version'>): string {
  const parts = [c.ecosystem, c.name, c.version].map((p) => sanitizeIdPart(p)).filter((p) => p !== '');
  return `SPDXRef-Package-${[...parts, shortHash(c.ref)].join('-')}`;
}

function osSpdxId(os: SbomOs): string {
  const parts = [os.family, os.version ?? ''].map((p) => sanitizeIdPart(p)).filter((p) => p !== '');
  return `SPDXRef-OperatingSystem-${[...parts, shortHash(os.ref)].join('-')}`;
}

/**
 * LicenseRef ids for recorded license text that is not a valid SPDX expression. Readable when possible
 * (`BSD-like` → `LicenseRef-BSD-like`); a hash is appended when two texts sanitise alike or the id is
 * already used by a package's own expression.
 */
function licenseRefIds(names: readonly string[], reserved: ReadonlySet<string>): Map<string, string> {
  const base = (name: string) => `LicenseRef-${sanitizeIdPart(name, 80) || 'unnamed'}`;
  const counts = new Map<string, number>();
  for (const name of names) counts.set(base(name), (counts.get(base(name)) ?? 0) + 1);
  return new Map(
    names.map((name) => {
      const id = base(name);
      return [name, counts.get(id)! > 1 || reserved.has(id) ? `${id}-${shortHash(name)}` : id];
    }),
  );
}

function sourceInfo(c: SbomComponent): string {
  const where = c.locations.map(formatLocation).join(', ');
  return `acquired package info from ${c.foundBy.join(', ')}` + (where ? ` in ${where}` : '');
}

/** The SPDX document as a plain object (exported for tests and for callers that embed it). */
export function spdxDocument(report: Report): Json {
  const content = sbomContent(report);
  const idByRef = new Map<string, string>([
    ...content.components.map((c) => [c.ref, packageSpdxId(c)] as const),
    ...content.os.map((o) => [o.ref, osSpdxId(o)] as const),
  ]);

  const classes = new Map<string, LicenseClass>();
  for (const c of content.components) for (const l of c.licenses) classes.set(l, classifyLicense(l));
  const declaredRefs = new Set(
    [...classes.values()].flatMap((c) => (c.kind === 'expression' ? licenseRefs(c.node) : [])),
  );
  const freeText = [...classes.values()]
    .filter((c): c is Extract<LicenseClass, { kind: 'name' }> => c.kind === 'name')
    .map((c) => c.name)
    .sort(compareStrings);
  const refForName = licenseRefIds(freeText, declaredRefs);

  const licenseDeclared = (c: SbomComponent): string => {
    const node = conjunction(c.licenses.map((l) => licenseNode(classes.get(l)!, (n) => refForName.get(n)!)));
    return node ? formatLicenseExpression(node) : NOASSERTION;
  };

  const packages: Json[] = content.components.map((c) => {
    const pkg: Json = { SPDXID: idByRef.get(c.ref)!, name: c.name };
    if (c.version !== '') pkg.versionInfo = c.version;
    Object.assign(pkg, {
      downloadLocation: NOASSERTION,
      filesAnalyzed: false,
      licenseConcluded: NOASSERTION,
      licenseDeclared: licenseDeclared(c),
      copyrightText: NOASSERTION,
      sourceInfo: sourceInfo(c),
    });
    // A locator must not contain spaces (SPDX 2.3 §7.21); a purl never does once encoded.
    if (c.purl !== '' && !/\s/.test(c.purl)) {
      pkg.externalRefs = [
        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.purl },
      ];
    }
    pkg.primaryPackagePurpose = 'LIBRARY';
    return pkg;
  });
  for (const os of content.os) {
    const pkg: Json = { SPDXID: idByRef.get(os.ref)!, name: os.family };
    if (os.version !== undefined) pkg.versionInfo = os.version;
    Object.assign(pkg, {
      downloadLocation: NOASSERTION,
      filesAnalyzed: false,
      licenseConcluded: NOASSERTION,
      licenseDeclared: NOASSERTION,
      copyrightText: NOASSERTION,
    });
    if (os.name !== undefined) pkg.description = os.name;
    pkg.sourceInfo = `acquired operating system info from ${os.locations.map(formatLocation).join(', ')}`;
    pkg.primaryPackagePurpose = 'OPERATING_SYSTEM';
    packages.push(pkg);
  }
  packages.sort((a, b) => compareStrings(String(a.SPDXID), String(b.SPDXID)));
  const root: Json = {
    SPDXID: ROOT_SPDXID,
    name: report.target.name,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    primaryPackagePurpose: 'APPLICATION',
  };

  const relationships: Relationship[] = [];
  const rel = (spdxElementId: string, relationshipType: string, relatedSpdxElement: string) =>
    relationships.push({ spdxElementId, relationshipType, relatedSpdxElement });
  const devRefs = new Set(content.components.filter((c) => c.dev).map((c) => c.ref));
  const osRefs = new Set(content.os.map((o) => o.ref));
  for (const ref of content.rootDependsOn) {
    if (osRefs.has(ref)) rel(ROOT_SPDXID, 'CONTAINS', idByRef.get(ref)!);
    else if (!devRefs.has(ref)) rel(ROOT_SPDXID, 'DEPENDS_ON', idByRef.get(ref)!);
  }
  // SPDX 2.3 has no scope field: every dev-only package, direct or not, is marked against the target.
  for (const ref of devRefs) rel(idByRef.get(ref)!, 'DEV_DEPENDENCY_OF', ROOT_SPDXID);
  for (const c of content.components)
    for (const dep of c.dependsOn) rel(idByRef.get(c.ref)!, 'DEPENDS_ON', idByRef.get(dep)!);
  relationships.sort(
    byKeys<Relationship>(
      (r) => r.spdxElementId,
      (r) => r.relationshipType,
      (r) => r.relatedSpdxElement,
    ),
  );

  const extracted: Json[] = [
    ...freeText.map((name) => ({
      licenseId: refForName.get(name)!,
      extractedText: name,
      name,
      comment: 'License as recorded in package metadata; not a valid SPDX license expression.',
    })),
    ...[...declaredRefs].map((id) => ({
      licenseId: id,
      extractedText: id,
      comment: "Named by the package's own license expression; its text was not available to the scanner.",
    })),
  ].sort((a, b) => compareStrings(a.licenseId, b.licenseId));

  const name = report.target.name || 'palisade-sbom';
  const namespaceName = sanitizeIdPart(`${report.tool.name}-${name}`, 120);
  const doc: Json = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name,
    documentNamespace: `${NAMESPACE_BASE}${namespaceName}-${documentUuid('spdx', report, [...idByRef.keys()])}`,
    creationInfo: {
      created: utcSeconds(report.createdAt),
      creators: [`Tool: ${report.tool.name}-${report.tool.version}`],
      licenseListVersion: SPDX_LICENSE_LIST_VERSION.split('.').slice(0, 2).join('.'),
    },
    packages: [root, ...packages],
    relationships: [
      { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: ROOT_SPDXID },
      ...relationships,
    ],
  };
  if (extracted.length > 0) doc.hasExtractedLicensingInfos = extracted;
  return doc;
}

export const spdxWriter: ReportWriter = {
  id: 'spdx',
  mediaType: 'application/spdx+json',
  fileExtension: 'spdx.json',
  write(report: Report): string {
    return JSON.stringify(spdxDocument(report), null, 2) + '\n';
  },
  chunks: (report: Report) => jsonChunks(spdxDocument(report)),
};
