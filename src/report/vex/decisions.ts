/**
 * The triage decisions of a report's vulnerability findings, one per (advisory id, package purl), as
 * both VEX writers export them. VEX names products by purl, not by file: when the same package has
 * findings in several files, one unsuppressed finding makes the decision `affected` (the safe side),
 * and otherwise the suppression of the first finding (by path, then fingerprint) speaks for all.
 */
import { createHash } from 'node:crypto';
import type { Finding, Report, Suppression } from '../../core/model.js';
import { byKeys, compareStrings } from '../../core/sort.js';

export type VulnerabilityFinding = Extract<Finding, { kind: 'vulnerability' }>;

export interface VexDecision {
  id: string;
  aliases: string[];
  purl: string;
  package: VulnerabilityFinding['package'];
  fixedIn: string[];
  /** Files the package was found in, sorted. */
  paths: string[];
  /** The suppression behind a not_affected/fixed decision; undefined means affected. */
  suppression?: Suppression;
}

/** Decisions sorted by advisory id, then purl. */
export function vexDecisions(report: Report): VexDecision[] {
  const groups = new Map<string, VulnerabilityFinding[]>();
  for (const f of report.findings) {
    if (f.kind !== 'vulnerability') continue;
    const key = `${f.ruleId}\u0000${f.package.purl}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const decisions = [...groups.values()].map((findings): VexDecision => {
    const sorted = [...findings].sort(
      byKeys<VulnerabilityFinding>(
        (f) => f.location.path,
        (f) => f.fingerprint,
      ),
    );
    const first = sorted[0]!;
    const allSuppressed = sorted.every((f) => f.suppressed !== undefined);
    const decision: VexDecision = {
      id: first.ruleId,
      aliases: [...new Set(sorted.flatMap((f) => f.aliases))]
        .filter((a) => a !== first.ruleId)
        .sort(compareStrings),
      purl: first.package.purl,
      package: first.package,
      fixedIn: [...new Set(sorted.flatMap((f) => f.fixedIn ?? []))].sort(compareStrings),
      paths: [...new Set(sorted.map((f) => f.location.path))].sort(compareStrings),
    };
    if (allSuppressed) decision.suppression = first.suppressed;
    return decision;
  });
  return decisions.sort(
    byKeys<VexDecision>(
      (d) => d.id,
      (d) => d.purl,
    ),
  );
}

/** VEX statuses that say "this is fixed" (OpenVEX `fixed`, CycloneDX `resolved…`). */
export function isFixedStatus(status: string | undefined): boolean {
  return status === 'fixed' || status === 'resolved' || status === 'resolved_with_pedigree';
}

/** OpenVEX justification → CycloneDX justification, where the meanings agree. */
export const OPENVEX_TO_CYCLONEDX: Readonly<Record<string, string>> = {
  component_not_present: 'code_not_present',
  vulnerable_code_not_present: 'code_not_present',
  vulnerable_code_not_in_execute_path: 'code_not_reachable',
  inline_mitigations_already_exist: 'protected_by_mitigating_control',
};

/** CycloneDX justification → OpenVEX justification, where the meanings agree. */
export const CYCLONEDX_TO_OPENVEX: Readonly<Record<string, string>> = {
  code_not_present: 'vulnerable_code_not_present',
  code_not_reachable: 'vulnerable_code_not_in_execute_path',
  protected_by_compiler: 'inline_mitigations_already_exist',
  protected_at_runtime: 'inline_mitigations_already_exist',
  protected_by_mitigating_control: 'inline_mitigations_already_exist',
};

export const OPENVEX_JUSTIFICATIONS = new Set([
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
]);

export const CYCLONEDX_JUSTIFICATIONS = new Set([
  'code_not_present',
  'code_not_reachable',
  'requires_configuration',
  'requires_dependency',
  'requires_environment',
  'protected_by_compiler',
  'protected_at_runtime',
  'protected_at_perimeter',
  'protected_by_mitigating_control',
]);

/** Where a suppression was decided, as a sentence fragment ("accepted in .palisadeignore.yaml by …"). */
export function suppressionOrigin(s: Suppression): string {
  if (s.kind === 'ignore-file') {
    return `accepted in ${s.source ?? 'an ignore file'}${s.owner ? ` by ${s.owner}` : ''}${s.expires ? ` until ${s.expires}` : ''}`;
  }
  if (s.kind === 'vex')
    return `decided in ${s.source ?? 'a VEX document'}${s.status ? ` as ${s.status}` : ''}`;
  return `suppressed by ${s.kind === 'inline' ? 'an inline comment' : 'an annotation'}`;
}

/**
 * Free text explaining a suppression: the reason (and a justification the target format cannot
 * express), then where the decision was made.
 */
export function suppressionText(s: Suppression, unmappedJustification?: string): string {
  const parts: string[] = [];
  if (s.reason) parts.push(s.reason);
  if (unmappedJustification) parts.push(`(justification ${unmappedJustification})`);
  const origin = suppressionOrigin(s);
  if (parts.length === 0) return origin[0]!.toUpperCase() + origin.slice(1);
  return `${parts.join(' ')}; ${origin}`;
}

/** What to do about an affected package. */
export function actionText(d: VexDecision): string {
  return d.fixedIn.length > 0
    ? `Upgrade ${d.package.name} to ${d.fixedIn.join(' or ')} or later.`
    : `No fixed version of ${d.package.name} is known: remove or replace it, or mitigate and record the decision.`;
}

/** A short content hash for document ids: the same decisions at the same time give the same id. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value), 'utf8').digest('hex');
}
