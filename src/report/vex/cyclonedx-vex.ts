/**
 * CycloneDX 1.6 VEX export (`--format cyclonedx-vex`, https://cyclonedx.org/capabilities/vex/): a BOM
 * whose `vulnerabilities` carry the triage decisions of the report (decisions.ts), one entry per
 * advisory and package, each `affects` the package's component (bom-ref = purl, listed in
 * `components` so the document stands alone and its refs resolve).
 * - suppressed by a CycloneDX VEX → the same state (not_affected, false_positive, resolved, …);
 *   by an OpenVEX `fixed` → `resolved`; any other suppression → `not_affected`;
 * - not suppressed → `in_triage`, not `exploitable`: CycloneDX's `exploitable` asserts that the
 *   vulnerability can be exploited in this product, while a version-range match only says the
 *   vulnerable code may be present, which is exactly what "being investigated" means. The fix goes in
 *   `recommendation`.
 * Justifications are kept when CycloneDX has them, mapped from OpenVEX where the meanings agree, and
 * otherwise quoted in `analysis.detail` with the reason. Deterministic: timestamp from createdAt,
 * serialNumber a UUID derived from the content.
 */
import type { Report, Suppression } from '../../core/model.js';
import { compareStrings } from '../../core/sort.js';
import { CYCLONEDX_SPEC_VERSION, rootRef, splitName } from '../cyclonedx/writer.js';
import { jsonChunks } from '../json-chunks.js';
import { utcSeconds } from '../sbom/timestamp.js';
import { uuidV5 } from '../sbom/uuid.js';
import type { ReportWriter } from '../types.js';
import {
  CYCLONEDX_JUSTIFICATIONS,
  OPENVEX_TO_CYCLONEDX,
  actionText,
  contentHash,
  isFixedStatus,
  suppressionText,
  vexDecisions,
  type VexDecision,
} from './decisions.js';

type Json = Record<string, unknown>;

const CYCLONEDX_SUPPRESSED_STATES = new Set([
  'not_affected',
  'false_positive',
  'resolved',
  'resolved_with_pedigree',
]);
const OSV_URL = 'https://osv.dev/vulnerability/';

function idSource(id: string): Json {
  if (id.startsWith('CVE-')) return { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${id}` };
  if (id.startsWith('GHSA-')) return { name: 'GitHub', url: `https://github.com/advisories/${id}` };
  return { name: 'OSV', url: OSV_URL + id };
}

function analysis(s: Suppression | undefined): Json {
  if (!s) return { state: 'in_triage' };
  let state = 'not_affected';
  if (s.kind === 'vex' && s.status && CYCLONEDX_SUPPRESSED_STATES.has(s.status)) state = s.status;
  else if (s.kind === 'vex' && isFixedStatus(s.status)) state = 'resolved';
  const out: Json = { state };
  const given = s.kind === 'vex' ? s.justification : undefined;
  const justification = given && (CYCLONEDX_JUSTIFICATIONS.has(given) ? given : OPENVEX_TO_CYCLONEDX[given]);
  if (justification) out.justification = justification;
  out.detail = suppressionText(s, given && !justification ? given : undefined);
  return out;
}

function vulnerability(d: VexDecision): Json {
  const out: Json = {
    'bom-ref': `palisade:vex:${d.id}:${d.purl}`,
    id: d.id,
    source: { name: 'OSV', url: OSV_URL + d.id },
  };
  if (d.aliases.length > 0) out.references = d.aliases.map((a) => ({ id: a, source: idSource(a) }));
  if (!d.suppression) out.recommendation = actionText(d);
  out.analysis = analysis(d.suppression);
  out.affects = [{ ref: d.purl }];
  return out;
}

function component(d: VexDecision): Json {
  const { group, name } = splitName({ ecosystem: d.package.ecosystem, name: d.package.name });
  const out: Json = { type: 'library', 'bom-ref': d.purl };
  if (group !== undefined) out.group = group;
  out.name = name;
  if (d.package.version !== '') out.version = d.package.version;
  out.purl = d.purl;
  return out;
}

/** The CycloneDX VEX document as a plain object (exported for tests). */
export function cyclonedxVexDocument(report: Report): Json {
  const decisions = vexDecisions(report);
  const components = new Map<string, Json>();
  for (const d of decisions) if (!components.has(d.purl)) components.set(d.purl, component(d));
  const body: Json = {
    metadata: {
      timestamp: utcSeconds(report.createdAt),
      tools: { components: [{ type: 'application', name: report.tool.name, version: report.tool.version }] },
      component: { type: 'application', 'bom-ref': rootRef(report), name: report.target.name },
    },
    components: [...components.keys()].sort(compareStrings).map((k) => components.get(k)!),
    vulnerabilities: decisions.map(vulnerability),
  };
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: CYCLONEDX_SPEC_VERSION,
    serialNumber: `urn:uuid:${uuidV5(`palisade:cyclonedx-vex:${contentHash([report.tool, report.target, body])}`)}`,
    version: 1,
    ...body,
  };
}

export const cyclonedxVexWriter: ReportWriter = {
  id: 'cyclonedx-vex',
  mediaType: 'application/vnd.cyclonedx+json; version=1.6',
  fileExtension: 'vex.cdx.json',
  write(report: Report): string {
    return JSON.stringify(cyclonedxVexDocument(report), null, 2) + '\n';
  },
  chunks: (report: Report) => jsonChunks(cyclonedxVexDocument(report)),
};
