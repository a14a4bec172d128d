/**
 * OpenVEX v0.2.0 export (`--format openvex`, https://github.com/openvex/spec): the triage decisions of
 * the report's vulnerability findings, one statement per advisory and package purl (decisions.ts).
 * - suppressed by a VEX `fixed`/`resolved` statement → `fixed`;
 * - any other suppression (ignore file, VEX not_affected/false_positive) → `not_affected`, with the
 *   VEX justification when OpenVEX has it (CycloneDX ones mapped where the meanings agree) and the
 *   reason as `impact_statement`;
 * - not suppressed → `affected`, with an `action_statement` (upgrade to the fixed version).
 * Deterministic: the document timestamp is report.createdAt and its @id a UUID derived from the content.
 * Fed back with `--vex`, the document suppresses the same findings (the round trip is tested).
 */
import type { Report, Suppression } from '../../core/model.js';
import { jsonChunks } from '../json-chunks.js';
import { uuidV5 } from '../sbom/uuid.js';
import type { ReportWriter } from '../types.js';
import {
  CYCLONEDX_TO_OPENVEX,
  OPENVEX_JUSTIFICATIONS,
  actionText,
  contentHash,
  isFixedStatus,
  suppressionOrigin,
  suppressionText,
  vexDecisions,
  type VexDecision,
} from './decisions.js';

export const OPENVEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0';

type Json = Record<string, unknown>;

function provenance(d: VexDecision, s: Suppression | undefined): string {
  const found = `Found in ${d.paths.join(', ')}.`;
  if (!s) return found;
  const origin = suppressionOrigin(s);
  return `${found} ${origin[0]!.toUpperCase()}${origin.slice(1)}.`;
}

function statement(d: VexDecision): Json {
  const vulnerability: Json = { name: d.id };
  if (d.aliases.length > 0) vulnerability.aliases = d.aliases;
  const out: Json = { vulnerability, products: [{ '@id': d.purl }] };
  const s = d.suppression;
  if (!s) {
    out.status = 'affected';
    out.action_statement = actionText(d);
  } else if (s.kind === 'vex' && isFixedStatus(s.status)) {
    out.status = 'fixed';
  } else {
    out.status = 'not_affected';
    const given = s.kind === 'vex' ? s.justification : undefined;
    const justification = given && (OPENVEX_JUSTIFICATIONS.has(given) ? given : CYCLONEDX_TO_OPENVEX[given]);
    if (justification) out.justification = justification;
    const unmapped = given && !justification ? given : undefined;
    const impact = [s.reason, unmapped && `(justification ${unmapped})`].filter(Boolean).join(' ');
    // OpenVEX requires a justification or an impact statement for not_affected.
    if (impact !== '') out.impact_statement = impact;
    else if (!justification) out.impact_statement = suppressionText(s);
  }
  out.status_notes = provenance(d, s);
  return out;
}

/** The OpenVEX document as a plain object (exported for tests). */
export function openVexDocument(report: Report): Json {
  const statements = vexDecisions(report).map(statement);
  const id = uuidV5(
    `palisade:openvex:${contentHash([report.tool, report.target, report.createdAt, statements])}`,
  );
  return {
    '@context': OPENVEX_CONTEXT,
    '@id': `urn:uuid:${id}`,
    author: `${report.tool.name} (triage decisions of a scan of ${report.target.name})`,
    timestamp: report.createdAt,
    version: 1,
    tooling: `${report.tool.name} ${report.tool.version}`,
    // OpenVEX asks for at least one statement; a scan without vulnerability findings has none to make.
    statements,
  };
}

export const openVexWriter: ReportWriter = {
  id: 'openvex',
  mediaType: 'application/vnd.openvex+json',
  fileExtension: 'openvex.json',
  write(report: Report): string {
    return JSON.stringify(openVexDocument(report), null, 2) + '\n';
  },
  chunks: (report: Report) => jsonChunks(openVexDocument(report)),
};
