/**
 * What a CI report says about a rule (a misconfiguration check, a secret rule, an advisory): its
 * descriptions, remediation, documentation link and severity score. SARIF, JUnit, Markdown and the
 * GitLab reports all read it from here so they tell the same story. The registries read below are
 * static data, so writers stay pure functions of the Report.
 */
import { SEVERITIES, type Finding, type Severity } from '../core/model.js';
import { compareStrings } from '../core/sort.js';
import type { MisconfigCheck } from '../detectors/misconfig/check.js';
import { CHECKS } from '../detectors/misconfig/checks/index.js';
import type { SecretRule } from '../detectors/secret/rule.js';
import { SECRET_RULES } from '../detectors/secret/rules/index.js';

export const PROJECT_URI = 'https://github.com/palisade-security/palisade';
const DOCS_URI = `${PROJECT_URI}/blob/main/docs`;

const CHECKS_BY_ID = new Map<string, MisconfigCheck>(CHECKS.map((c) => [c.id.toUpperCase(), c]));
const SECRET_RULES_BY_ID = new Map<string, SecretRule>(SECRET_RULES.map((r) => [r.id, r]));

/** Scanner ids (report.scanners) and the finding kind each produces. */
export const SCANNER_KIND: Readonly<Record<string, Finding['kind']>> = {
  vuln: 'vulnerability',
  secret: 'secret',
  misconfig: 'misconfig',
  sast: 'sast',
  license: 'license',
};

/** Severity order, highest first (the order of SEVERITIES). */
export const SEVERITY_RANK: Record<Severity, number> = Object.fromEntries(
  SEVERITIES.map((s, i) => [s, SEVERITIES.length - i]),
) as Record<Severity, number>;

/**
 * GitHub's `security-severity` bands: >= 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
 * A severity without a CVSS score gets a value inside its band.
 */
export const SEVERITY_SCORE: Record<Severity, number> = {
  critical: 9.5,
  high: 8.0,
  medium: 5.5,
  low: 2.0,
  info: 0.0,
  unknown: 0.0,
};

const REMOVE_SECRET =
  'Remove it from the code and from any history or artifacts that hold it, and load the new one from a ' +
  'secret manager or a CI variable.';
export const ROTATE_SECRET = `Revoke and rotate the credential: it must be treated as leaked. ${REMOVE_SECRET}`;

export interface RuleDocs {
  ruleId: string;
  kind: Finding['kind'];
  /** One line: the rule's title. */
  shortDescription: string;
  /** The risk in a few sentences (misconfig: the check's description; vuln: the advisory title and aliases). */
  fullDescription: string;
  /** How to fix it; for vulnerabilities one line per affected package with its fixed versions. */
  remediation: string;
  /** Where a person reads more (always an absolute https URL). */
  helpUri: string;
  references: string[];
  cwe: string[];
  /** Highest severity among the rule's findings. */
  severity: Severity;
  /** 0.0–10.0: the highest CVSS base score of the findings when they carry one, else the severity's band value. */
  securitySeverity: number;
}

function isWebUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/\S+$/.test(url);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function packageLabel(pkg: { name: string; version: string }): string {
  return pkg.version ? `${pkg.name}@${pkg.version}` : pkg.name;
}

/** How to fix one finding, in one sentence: what a JUnit failure or a GitLab `solution` shows. */
export function findingRemediation(f: Finding): string {
  switch (f.kind) {
    case 'vulnerability':
      return f.fixedIn?.length
        ? `Upgrade ${packageLabel(f.package)} to ${f.fixedIn.join(' or ')} or later.`
        : `No fixed version of ${f.package.name} is known: remove or replace it, or mitigate the issue.`;
    case 'secret': {
      // A rule's own advice names the provider's revocation steps; every secret gets the rotation advice.
      const own = SECRET_RULES_BY_ID.get(f.ruleId)?.remediation;
      if (!own) return ROTATE_SECRET;
      return /rotat/i.test(own) ? `${own} ${REMOVE_SECRET}` : `${own} ${ROTATE_SECRET}`;
    }
    case 'misconfig':
      return f.resolution ?? CHECKS_BY_ID.get(f.ruleId.toUpperCase())?.remediation ?? '';
    case 'sast':
      return '';
    case 'license':
      return `Replace ${f.package.name} or get its license (${f.license}) approved.`;
  }
}

/**
 * The documentation of one rule, from all of its findings (an advisory can affect several packages,
 * each with its own fixed versions). `findings` must be non-empty and share one ruleId; their order
 * does not matter.
 */
export function describeRule(findings: readonly Finding[]): RuleDocs {
  const sorted = [...findings].sort(
    (a, b) =>
      compareStrings(a.kind, b.kind) ||
      compareStrings(a.location.path, b.location.path) ||
      compareStrings(a.fingerprint, b.fingerprint),
  );
  const first = sorted[0]!;
  const severity = sorted.reduce<Severity>(
    (max, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[max] ? f.severity : max),
    first.severity,
  );
  const references = unique(sorted.flatMap((f) => f.references ?? []).filter(isWebUrl));
  const cwe = unique(sorted.flatMap((f) => f.cwe ?? [])).sort(compareStrings);
  const base = {
    ruleId: first.ruleId,
    kind: first.kind,
    severity,
    cwe,
    securitySeverity: SEVERITY_SCORE[severity],
  };

  switch (first.kind) {
    case 'misconfig': {
      const check = CHECKS_BY_ID.get(first.ruleId.toUpperCase());
      const refs = unique([...(check?.references ?? []).filter(isWebUrl), ...references]);
      return {
        ...base,
        shortDescription: check?.title ?? first.title,
        fullDescription: check?.description ?? first.title,
        remediation: check?.remediation ?? findingRemediation(first),
        // Built-in checks have a section in docs/checks.md; custom checks link their own reference.
        helpUri: check
          ? `${DOCS_URI}/checks.md#${check.id.toLowerCase()}`
          : (refs[0] ?? `${DOCS_URI}/custom-checks.md`),
        references: refs,
      };
    }
    case 'secret': {
      const rule = SECRET_RULES_BY_ID.get(first.ruleId);
      const title = rule?.title ?? first.title;
      return {
        ...base,
        shortDescription: title,
        fullDescription:
          `${title} written in plain text in the scanned files. Anyone who can read the files, ` +
          'their history or a build artifact made from them can use it.',
        remediation: findingRemediation(first),
        helpUri: isWebUrl(rule?.docs) ? rule.docs : `${DOCS_URI}/secrets.md`,
        references: unique([...(isWebUrl(rule?.docs) ? [rule.docs] : []), ...references]),
      };
    }
    case 'vulnerability': {
      const vulns = sorted.filter(
        (f): f is Extract<Finding, { kind: 'vulnerability' }> => f.kind === 'vulnerability',
      );
      const aliases = unique(vulns.flatMap((f) => f.aliases)).sort(compareStrings);
      const scores = vulns
        .flatMap((f) => (f.cvss ?? []).map((c) => c.score))
        .filter((s) => Number.isFinite(s));
      const remediation = unique(vulns.map(findingRemediation)).join('\n');
      return {
        ...base,
        securitySeverity: scores.length ? Math.max(...scores) : base.securitySeverity,
        shortDescription: first.title,
        fullDescription: aliases.length ? `${first.title} (${aliases.join(', ')})` : first.title,
        remediation,
        helpUri: `https://osv.dev/vulnerability/${encodeURIComponent(first.ruleId)}`,
        references,
      };
    }
    case 'sast':
    case 'license':
      return {
        ...base,
        shortDescription: first.title,
        fullDescription: first.title,
        remediation: findingRemediation(first),
        helpUri: references[0] ?? PROJECT_URI,
        references,
      };
  }
}

/** Groups findings by ruleId (sorted by id), each with its documentation. */
export function describeRules(findings: readonly Finding[]): Map<string, RuleDocs> {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const ids = [...byRule.keys()].sort(compareStrings);
  return new Map(ids.map((id) => [id, describeRule(byRule.get(id)!)]));
}

/** A suppression in one line, e.g. "ignore-file (owner sec-team, until 2026-06-30): accepted risk". */
export function suppressionText(s: NonNullable<Finding['suppressed']>): string {
  const details = [
    s.owner ? `owner ${s.owner}` : '',
    s.expires ? `until ${s.expires}` : '',
    s.status ? `VEX ${s.status}` : '',
    s.justification ? s.justification : '',
    s.source ? `from ${s.source}` : '',
  ].filter(Boolean);
  const head = details.length ? `${s.kind} (${details.join(', ')})` : s.kind;
  return s.reason ? `${head}: ${s.reason}` : head;
}

/** `path:line` or `path` when the finding has no line. */
export function locationText(f: Finding): string {
  return f.location.startLine ? `${f.location.path}:${f.location.startLine}` : f.location.path;
}
