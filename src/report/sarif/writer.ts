import type { Finding, Report, Severity } from '../../core/model.js';
import { compareStrings } from '../../core/sort.js';
import type { ReportWriter } from '../types.js';

/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), shaped for GitHub code
 * scanning (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning):
 * one rule per ruleId, `security-severity` as a CVSS-like score string, relative artifact URIs under
 * %SRCROOT%, and partialFingerprints from our line-independent fingerprint so alerts do not churn.
 */

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/palisade-security/palisade';

/** Kind → the tag GitHub shows; exactly one of these per rule. */
export const KIND_TAG: Record<Finding['kind'], string> = {
  vulnerability: 'vulnerability',
  secret: 'secret',
  misconfig: 'misconfiguration',
  sast: 'sast',
  license: 'license',
};

// GitHub maps >= 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  info: '0.0',
  unknown: '0.0',
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
  unknown: 'note',
};

const SEVERITY_RANK: Record<Severity, number> = { critical: 5, high: 4, medium: 3, low: 2, info: 1, unknown: 0 };

function ruleHelpUri(f: Finding): string {
  return f.references?.[0] ?? `${INFORMATION_URI}/blob/main/docs/rules.md#${encodeURIComponent(f.ruleId.toLowerCase())}`;
}

function fullDescription(f: Finding): string {
  if (f.kind === 'vulnerability') return `${f.title}${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''}`;
  return f.title;
}

/** Encode a relative path as a URI reference (spaces and other reserved characters escaped, `/` kept). */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function toSarif(report: Report): object {
  // The rule takes the highest severity seen among its results (a CVE can differ per package).
  const rules = new Map<string, { finding: Finding; severity: Severity }>();
  for (const f of report.findings) {
    const prev = rules.get(f.ruleId);
    if (!prev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev.severity]) rules.set(f.ruleId, { finding: prev?.finding ?? f, severity: f.severity });
  }
  const ruleIds = [...rules.keys()].sort(compareStrings);
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const findings = [...report.findings].sort(
    (a, b) =>
      compareStrings(a.ruleId, b.ruleId) ||
      compareStrings(a.location.path, b.location.path) ||
      (a.location.startLine ?? 0) - (b.location.startLine ?? 0) ||
      compareStrings(a.fingerprint, b.fingerprint),
  );
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
            informationUri: INFORMATION_URI,
            rules: ruleIds.map((id) => {
              const { finding: f, severity } = rules.get(id)!;
              return {
                id,
                name: id.replace(/[^A-Za-z0-9]+/g, ''),
                shortDescription: { text: f.title },
                fullDescription: { text: fullDescription(f) },
                helpUri: ruleHelpUri(f),
                help: { text: `${f.title}\n${(f.references ?? []).join('\n')}`.trim() },
                defaultConfiguration: { level: LEVEL[severity] },
                properties: {
                  tags: [KIND_TAG[f.kind], 'security', ...(f.cwe ?? []).map((c) => `external/cwe/${c.toLowerCase()}`)],
                  'security-severity': SECURITY_SEVERITY[severity],
                  precision: 'high',
                },
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the scanned target' } } },
        results: findings.map((f) => {
          const region: Record<string, number> = {};
          if (f.location.startLine) region.startLine = f.location.startLine;
          if (f.location.endLine && f.location.startLine) region.endLine = Math.max(f.location.endLine, f.location.startLine);
          return {
            ruleId: f.ruleId,
            ruleIndex: ruleIndex.get(f.ruleId),
            level: LEVEL[f.severity],
            message: { text: f.message },
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
            properties: { kind: f.kind, severity: f.severity },
          };
        }),
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
