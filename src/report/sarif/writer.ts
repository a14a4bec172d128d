import type { Finding, Report, Severity } from '../../core/model.js';
import { compareStrings } from '../../core/sort.js';
import type { ReportWriter } from '../types.js';
import { PROJECT_URI, describeRules, suppressionText, type RuleDocs } from '../rule-docs.js';

/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), shaped for GitHub code
 * scanning (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning):
 * one rule per ruleId with descriptions, help and remediation, exactly one kind tag plus `security`, a
 * `security-severity` score (the highest CVSS base score for advisories), relative artifact URIs under
 * %SRCROOT%, partialFingerprints from our line-independent fingerprint so alerts follow moved code, and
 * SARIF `suppressions` for suppressed findings (they stay in the log, marked, as audits need them).
 *
 * GitHub's limits (docs: "SARIF results exceed limits" and "SARIF file is too large"): an upload is
 * rejected above 10 MB gzip-compressed, 20 runs per file, 25,000 results per run, 25,000 rules per run,
 * 20 tags per rule (10 shown), 1,000 locations per result; only the 5,000 most severe results of a run
 * are kept. We write one run, one location per result and at most 10 tags per rule. A run with more
 * results or rules than GitHub accepts is still written whole (other SARIF consumers take it), with a
 * warning notification in the run; the CLI cannot know the compressed size, so that limit is documented
 * (docs/ci/formats.md), not checked.
 */

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export const GITHUB_MAX_RESULTS_PER_RUN = 25_000;
export const GITHUB_MAX_RULES_PER_RUN = 25_000;
const MAX_TAGS = 10;

/** Kind → the tag GitHub shows; exactly one of these per rule. */
export const KIND_TAG: Record<Finding['kind'], string> = {
  vulnerability: 'vulnerability',
  secret: 'secret',
  misconfig: 'misconfiguration',
  sast: 'sast',
  license: 'license',
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
  unknown: 'note',
};

/** Encode a relative path as a URI reference (spaces and other reserved characters escaped, `/` kept). */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function helpText(d: RuleDocs): string {
  const parts = [d.fullDescription];
  if (d.remediation) parts.push(`Remediation:\n${d.remediation}`);
  if (d.references.length) parts.push(`References:\n${d.references.join('\n')}`);
  return parts.join('\n\n');
}

function helpMarkdown(d: RuleDocs): string {
  const parts = [`**${d.shortDescription}**`, d.fullDescription];
  if (d.remediation) {
    const lines = d.remediation.split('\n');
    parts.push(`### Remediation\n${lines.length > 1 ? lines.map((l) => `- ${l}`).join('\n') : lines[0]}`);
  }
  if (d.references.length) parts.push(`### References\n${d.references.map((r) => `- <${r}>`).join('\n')}`);
  return parts.join('\n\n');
}

function sarifRule(d: RuleDocs) {
  const cweTags = d.cwe.map((c) => `external/cwe/${c.toLowerCase()}`);
  return {
    id: d.ruleId,
    name: d.ruleId.replace(/[^A-Za-z0-9]+/g, ''),
    shortDescription: { text: d.shortDescription },
    fullDescription: { text: d.fullDescription },
    helpUri: d.helpUri,
    help: { text: helpText(d), markdown: helpMarkdown(d) },
    defaultConfiguration: { level: LEVEL[d.severity] },
    properties: {
      tags: [KIND_TAG[d.kind], 'security', ...cweTags].slice(0, MAX_TAGS),
      'security-severity': d.securitySeverity.toFixed(1),
      precision: 'high',
    },
  };
}

function suppressions(f: Finding) {
  const s = f.suppressed;
  if (!s) return undefined;
  const properties: Record<string, string> = { palisadeKind: s.kind };
  if (s.owner) properties.owner = s.owner;
  if (s.expires) properties.expires = s.expires;
  if (s.source) properties.source = s.source;
  if (s.status) properties.vexStatus = s.status;
  if (s.justification) properties.vexJustification = s.justification;
  return [
    {
      // A comment or annotation in the scanned file is "in source"; an ignore file or VEX statement is not.
      kind: s.kind === 'inline' || s.kind === 'annotation' ? 'inSource' : 'external',
      status: 'accepted',
      justification: suppressionText(s),
      properties,
    },
  ];
}

function result(f: Finding, ruleIndex: number) {
  const region: Record<string, number> = {};
  if (f.location.startLine) region.startLine = f.location.startLine;
  if (f.location.endLine && f.location.startLine)
    region.endLine = Math.max(f.location.endLine, f.location.startLine);
  const properties: Record<string, unknown> = { kind: f.kind, severity: f.severity };
  if (f.kind === 'vulnerability' || f.kind === 'license') properties.package = f.package.purl;
  if (f.location.origin?.commit) properties.commit = f.location.origin.commit;
  if (f.location.origin?.layer) properties.layer = f.location.origin.layer;
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message || f.title },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(f.location.path), uriBaseId: '%SRCROOT%' },
          // GitHub rejects results without a region; line 1 stands for "the file".
          region: region.startLine ? region : { startLine: 1 },
        },
      },
    ],
    partialFingerprints: { 'palisade/v1': f.fingerprint },
    properties,
  };
  const supp = suppressions(f);
  if (supp) out.suppressions = supp;
  return out;
}

function limitNotifications(results: number, rules: number) {
  const texts: string[] = [];
  if (results > GITHUB_MAX_RESULTS_PER_RUN) {
    texts.push(
      `${results} results: GitHub code scanning rejects a run with more than ${GITHUB_MAX_RESULTS_PER_RUN}; narrow the scan (--severity, --skip-dirs) before uploading.`,
    );
  }
  if (rules > GITHUB_MAX_RULES_PER_RUN) {
    texts.push(
      `${rules} rules: GitHub code scanning rejects a run with more than ${GITHUB_MAX_RULES_PER_RUN}.`,
    );
  }
  return texts.map((text) => ({
    level: 'warning',
    message: { text },
    descriptor: { id: 'github-code-scanning-limits' },
  }));
}

export function toSarif(report: Report): object {
  const rules = describeRules(report.findings);
  const ruleIds = [...rules.keys()];
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const findings = [...report.findings].sort(
    (a, b) =>
      compareStrings(a.ruleId, b.ruleId) ||
      compareStrings(a.location.path, b.location.path) ||
      (a.location.startLine ?? 0) - (b.location.startLine ?? 0) ||
      compareStrings(a.fingerprint, b.fingerprint),
  );
  const notifications = limitNotifications(findings.length, ruleIds.length);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Palisade',
            semanticVersion: report.tool.version,
            version: report.tool.version,
            informationUri: PROJECT_URI,
            rules: ruleIds.map((id) => sarifRule(rules.get(id)!)),
          },
        },
        ...(notifications.length
          ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] }
          : {}),
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the scanned target' } } },
        results: findings.map((f) => result(f, ruleIndex.get(f.ruleId)!)),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export const sarifWriter: ReportWriter = {
  id: 'sarif',
  mediaType: 'application/sarif+json',
  fileExtension: 'sarif',
  write: (report) => JSON.stringify(toSarif(report), null, 2) + '\n',
};
