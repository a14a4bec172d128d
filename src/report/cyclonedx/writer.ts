/**
 * CycloneDX 1.6 JSON (https://cyclonedx.org/docs/1.6/json/), validated in tests against the official
 * schema shipped by @cyclonedx/cyclonedx-library. One component per purl with every file it was
 * found in as an evidence occurrence: see ../sbom/components.ts for why.
 */
import type { CvssRating, Finding, Location, Report } from '../../core/model.js';
import { byKeys, compareStrings } from '../../core/sort.js';
import { type SbomComponent, type SbomOs, sbomContent } from '../sbom/components.js';
import {
  classifyLicense,
  conjunction,
  formatLicenseExpression,
  licenseNode,
} from '../sbom/license-expression.js';
import { utcSeconds } from '../sbom/timestamp.js';
import { documentUuid } from '../sbom/uuid.js';
import { jsonChunks } from '../json-chunks.js';
import type { ReportWriter } from '../types.js';

export const CYCLONEDX_SPEC_VERSION = '1.6';

type Json = Record<string, unknown>;
interface Property {
  name: string;
  value: string;
}

/** bom-ref of the scanned target (metadata.component); purls start with `pkg:`, so it cannot collide. */
export function rootRef(report: Report): string {
  return `palisade:target:${report.target.name}`;
}

/** CycloneDX keeps the Maven groupId and the npm scope in `group` (e.g. `@babel` for `@babel/core`). */
export function splitName(c: Pick<SbomComponent, 'ecosystem' | 'name'>): { group?: string; name: string } {
  if (c.ecosystem === 'Maven') {
    const colon = c.name.indexOf(':');
    if (colon > 0) return { group: c.name.slice(0, colon), name: c.name.slice(colon + 1) };
  }
  if (c.ecosystem === 'npm' && c.name.startsWith('@')) {
    const slash = c.name.indexOf('/');
    if (slash > 1) return { group: c.name.slice(0, slash), name: c.name.slice(slash + 1) };
  }
  return { name: c.name };
}

/**
 * The schema allows either a list of `{license}` objects or exactly one `{expression}`. Plain ids and free
 * text stay a list (as recorded); as soon as one entry is a compound expression and all are valid SPDX, the
 * whole set becomes one expression joined with AND; if free text is mixed in, the expression is kept as a
 * named license so nothing recorded is lost.
 */
export function cyclonedxLicenses(recorded: readonly string[]): Json[] | undefined {
  if (recorded.length === 0) return undefined;
  const classes = recorded.map(classifyLicense);
  const anyExpression = classes.some((c) => c.kind === 'expression');
  const anyName = classes.some((c) => c.kind === 'name');
  if (anyExpression && !anyName) {
    const node = conjunction(classes.map((c) => licenseNode(c, (n) => n)))!;
    return [{ expression: formatLicenseExpression(node) }];
  }
  const entries = new Map<string, Json>();
  for (const c of classes) {
    if (c.kind === 'id') entries.set(`id:${c.id}`, { license: { id: c.id } });
    else if (c.kind === 'name') entries.set(`name:${c.name}`, { license: { name: c.name } });
    else entries.set(`name:${c.expression}`, { license: { name: c.expression } });
  }
  return [...entries].sort((a, b) => compareStrings(a[0], b[0])).map(([, e]) => e);
}

function occurrences(locations: readonly Location[]): Json[] {
  return locations.map((l) => {
    const o: Json = { location: l.path };
    if (l.startLine !== undefined) o.line = l.startLine;
    const context = [
      l.origin?.layer && `layer ${l.origin.layer}`,
      l.origin?.commit && `commit ${l.origin.commit}`,
    ].filter(Boolean);
    if (context.length > 0) o.additionalContext = context.join(', ');
    return o;
  });
}

function sortProperties(props: Property[]): Property[] {
  const unique = new Map(props.map((p) => [`${p.name}\u0000${p.value}`, p]));
  return [...unique.values()].sort(
    byKeys<Property>(
      (p) => p.name,
      (p) => p.value,
    ),
  );
}

function libraryComponent(c: SbomComponent): Json {
  const { group, name } = splitName(c);
  const out: Json = { type: 'library', 'bom-ref': c.ref };
  if (group !== undefined) out.group = group;
  out.name = name;
  if (c.version !== '') out.version = c.version;
  // `excluded`: "not part of the runtime" (CycloneDX 1.6 scope). Absent means the default, `required`.
  if (c.dev) out.scope = 'excluded';
  const licenses = cyclonedxLicenses(c.licenses);
  if (licenses) out.licenses = licenses;
  if (c.purl !== '') out.purl = c.purl;
  if (c.locations.length > 0) out.evidence = { occurrences: occurrences(c.locations) };
  const props: Property[] = [
    { name: 'palisade:ecosystem', value: c.ecosystem },
    ...c.foundBy.map((value) => ({ name: 'palisade:foundBy', value })),
  ];
  if (c.direct !== undefined) props.push({ name: 'palisade:direct', value: String(c.direct) });
  out.properties = sortProperties(props);
  return out;
}

function osComponent(os: SbomOs): Json {
  const out: Json = { type: 'operating-system', 'bom-ref': os.ref, name: os.family };
  if (os.version !== undefined) out.version = os.version;
  if (os.name !== undefined) out.description = os.name;
  out.evidence = { occurrences: occurrences(os.locations) };
  return out;
}

type VulnerabilityFinding = Extract<Finding, { kind: 'vulnerability' }>;

const OSV_URL = 'https://osv.dev/vulnerability/';

/** Where an id is documented: NVD for CVEs, GitHub for GHSAs, osv.dev for every other OSV id. */
function idSource(id: string): Json {
  if (id.startsWith('CVE-')) return { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${id}` };
  if (id.startsWith('GHSA-')) return { name: 'GitHub', url: `https://github.com/advisories/${id}` };
  return { name: 'OSV', url: OSV_URL + id };
}

const CVSS_METHOD: Record<CvssRating['version'], string> = {
  '2.0': 'CVSSv2',
  '3.0': 'CVSSv3',
  '3.1': 'CVSSv31',
  '4.0': 'CVSSv4',
};

/** FIRST's qualitative rating of a base score (CVSS v3.1 §5, v4.0 §6); 0.0 is "none". */
function cvssSeverity(score: number): string {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'none';
}

/** OSV timestamps are RFC 3339; anything else is left out rather than break the schema's date-time. */
const isTimestamp = (s: string | undefined): s is string =>
  s !== undefined && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s);

/**
 * The `vulnerabilities` section (https://cyclonedx.org/docs/1.6/json/#vulnerabilities): one entry per
 * advisory id. Findings of the same advisory on several packages or files share the entry, each affected
 * component listed once in `affects` by its bom-ref (the purl, see ../sbom/components.ts). Sorted by id.
 */
function vulnerabilities(report: Report, componentRefs: ReadonlySet<string>): Json[] {
  const byId = new Map<string, VulnerabilityFinding[]>();
  for (const f of report.findings) {
    if (f.kind !== 'vulnerability') continue;
    const list = byId.get(f.ruleId);
    if (list) list.push(f);
    else byId.set(f.ruleId, [f]);
  }
  return [...byId.keys()].sort(compareStrings).map((id) => {
    const findings = byId.get(id)!;
    const f = findings[0]!;
    const out: Json = {
      'bom-ref': `palisade:vulnerability:${id}`,
      id,
      source: { name: 'OSV', url: OSV_URL + id },
    };
    const aliases = [...new Set(findings.flatMap((x) => x.aliases))].sort(compareStrings);
    if (aliases.length > 0) out.references = aliases.map((a) => ({ id: a, source: idSource(a) }));
    out.ratings =
      f.cvss && f.cvss.length > 0
        ? f.cvss.map((c) => ({
            score: c.score,
            severity: cvssSeverity(c.score),
            method: CVSS_METHOD[c.version],
            vector: c.vector,
          }))
        : [{ severity: f.severity, method: 'other' }];
    const cwes = [
      ...new Set(
        (f.cwe ?? []).map((c) => /^CWE-(\d+)$/i.exec(c)?.[1]).filter((n): n is string => n !== undefined),
      ),
    ]
      .map(Number)
      .sort((a, b) => a - b);
    if (cwes.length > 0) out.cwes = cwes;
    out.description = f.title;
    const fixes = [
      ...new Set(findings.flatMap((x) => (x.fixedIn ?? []).map((v) => `${x.package.name} ${v}`))),
    ];
    if (fixes.length > 0) out.recommendation = `Upgrade to ${fixes.sort(compareStrings).join(', ')}`;
    if (f.references && f.references.length > 0) out.advisories = f.references.map((url) => ({ url }));
    if (isTimestamp(f.published)) out.published = f.published;
    if (isTimestamp(f.modified)) out.updated = f.modified;
    const refs = [...new Set(findings.map((x) => x.package.purl))]
      .filter((ref) => componentRefs.has(ref))
      .sort(compareStrings);
    if (refs.length > 0) out.affects = refs.map((ref) => ({ ref }));
    return out;
  });
}

/** The CycloneDX document as a plain object (exported for tests and for callers that embed it). */
export function cyclonedxDocument(report: Report): Json {
  const content = sbomContent(report);
  const root = rootRef(report);
  const components = [...content.components.map(libraryComponent), ...content.os.map(osComponent)].sort(
    (a, b) => compareStrings(String(a['bom-ref']), String(b['bom-ref'])),
  );
  const dependencies = [
    ...content.components.map((c) => ({ ref: c.ref, dependsOn: c.dependsOn })),
    ...content.os.map((o) => ({ ref: o.ref, dependsOn: [] as string[] })),
  ].sort((a, b) => compareStrings(a.ref, b.ref));
  const refs = components.map((c) => String(c['bom-ref']));
  const doc: Json = {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: CYCLONEDX_SPEC_VERSION,
    serialNumber: `urn:uuid:${documentUuid('cyclonedx', report, refs)}`,
    version: 1,
    metadata: {
      timestamp: utcSeconds(report.createdAt),
      tools: { components: [{ type: 'application', name: report.tool.name, version: report.tool.version }] },
      component: { type: 'application', 'bom-ref': root, name: report.target.name },
    },
    components,
    // Every component has an entry (an empty dependsOn included), the target first.
    dependencies: [{ ref: root, dependsOn: content.rootDependsOn }, ...dependencies],
  };
  const vulns = vulnerabilities(report, new Set(refs));
  if (vulns.length > 0) doc.vulnerabilities = vulns;
  return doc;
}

export const cyclonedxWriter: ReportWriter = {
  id: 'cyclonedx',
  mediaType: 'application/vnd.cyclonedx+json; version=1.6',
  fileExtension: 'cdx.json',
  write(report: Report): string {
    return JSON.stringify(cyclonedxDocument(report), null, 2) + '\n';
  },
  chunks: (report: Report) => jsonChunks(cyclonedxDocument(report)),
};
