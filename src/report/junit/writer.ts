import { FINDING_KINDS, SEVERITIES, type Finding, type FindingKind, type Report } from '../../core/model.js';
import { compareStrings } from '../../core/sort.js';
import {
  SCANNER_KIND,
  describeRules,
  findingRemediation,
  locationText,
  suppressionText,
  type RuleDocs,
} from '../rule-docs.js';
import type { ReportWriter } from '../types.js';

/**
 * JUnit XML (`--format junit`) for CI test-report views (GitLab `artifacts:reports:junit`, Jenkins,
 * Azure DevOps, CircleCI …), valid against the Jenkins xunit-plugin `junit-10.xsd`: one testsuite per
 * finding kind, one testcase per finding (a `<failure>` whose type is the severity, or `<skipped>` with
 * the reason when the finding is suppressed), and one passing testcase for a kind whose scanner ran and
 * left nothing open, so the CI shows a green check for it.
 *
 * Testcase names hold the rule, the subject (package, resource) and a short fingerprint, never a line
 * number or a version: CI systems track tests across runs by name, and a finding that moves stays the
 * same test.
 */

const SUITE_LABEL: Record<FindingKind, string> = {
  vulnerability: 'vulnerabilities',
  secret: 'secrets',
  misconfig: 'misconfigurations',
  sast: 'SAST findings',
  license: 'license findings',
};

const KIND_SCANNER = Object.fromEntries(Object.entries(SCANNER_KIND).map(([s, k]) => [k, s])) as Record<
  FindingKind,
  string
>;

const SEVERITY_ORDER = new Map(SEVERITIES.map((s, i) => [s, i]));

// XML 1.0 allows neither these C0 controls nor U+FFFE/U+FFFF nor unpaired surrogates, even escaped.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching the characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters XML cannot carry become a visible `\uXXXX`, so the text stays readable and the file parses. */
function xmlSafe(text: string): string {
  return text.replace(
    NOT_XML_CHAR,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

export function escapeXmlText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values: also quotes, and whitespace controls as references (a parser would turn them into spaces). */
export function escapeXmlAttr(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXmlAttr(String(v))}"`)
    .join('');
}

function byPriority(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER.get(a.severity)! - SEVERITY_ORDER.get(b.severity)! ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.location.path, b.location.path) ||
    (a.location.startLine ?? 0) - (b.location.startLine ?? 0) ||
    compareStrings(a.fingerprint, b.fingerprint)
  );
}

function subject(f: Finding): string {
  switch (f.kind) {
    case 'vulnerability':
      return `${f.ruleId} in ${f.package.name}`;
    case 'license':
      return `${f.ruleId}: ${f.package.name} (${f.license})`;
    case 'misconfig':
      return f.resource ? `${f.ruleId} on ${f.resource}` : f.ruleId;
    default:
      return f.ruleId;
  }
}

function testcaseName(f: Finding): string {
  return `${subject(f)}: ${f.title} [${f.fingerprint.slice(0, 8)}]`;
}

/** The failure body: what a person needs to find and fix the finding without opening another report. */
function details(f: Finding, docs: RuleDocs | undefined): string {
  const lines = [
    `${f.severity.toUpperCase()} ${f.ruleId}: ${docs?.fullDescription ?? f.title}`,
    `Location: ${locationText(f)}`,
  ];
  const origin = f.location.origin;
  if (origin?.commit)
    lines.push(
      `Commit: ${origin.commit}${origin.author ? ` by ${origin.author}` : ''}${origin.date ? ` on ${origin.date}` : ''}`,
    );
  if (origin?.layer) lines.push(`Layer: ${origin.layer}`);
  if (f.kind === 'vulnerability' || f.kind === 'license') {
    lines.push(
      `Package: ${f.package.name}${f.package.version ? `@${f.package.version}` : ''} (${f.package.ecosystem})`,
    );
  }
  if (f.kind === 'vulnerability' && f.dependencyPaths?.length)
    lines.push(`Dependency path: ${f.dependencyPaths[0]!.join(' > ')}`);
  if (f.kind === 'misconfig' && f.resource) lines.push(`Resource: ${f.resource}`);
  if (f.kind === 'secret') lines.push(`Secret: ${f.redacted}`);
  if (f.kind === 'sast' && f.snippet) lines.push(`Code: ${f.snippet}`);
  const fix = findingRemediation(f);
  if (fix) lines.push(`Fix: ${fix}`);
  if (docs) lines.push(`Help: ${docs.helpUri}`);
  lines.push(`Fingerprint: ${f.fingerprint}`);
  return lines.join('\n');
}

function testcase(f: Finding, docs: RuleDocs | undefined, indent: string): string {
  const open = `${indent}<testcase${attrs({ classname: f.location.path, name: testcaseName(f), time: '0' })}>`;
  const body = escapeXmlText(details(f, docs));
  const inner = f.suppressed
    ? `<skipped${attrs({ message: suppressionText(f.suppressed) })}>${body}</skipped>`
    : `<failure${attrs({ type: f.severity, message: f.message || f.title })}>${body}</failure>`;
  return `${open}\n${indent}  ${inner}\n${indent}</testcase>`;
}

/** `2026-01-02T03:04:05.678Z` → `2026-01-02T03:04:05`, the form Ant and Surefire write. */
function timestamp(createdAt: string): string | undefined {
  const d = new Date(createdAt);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 19);
}

export function toJunit(report: Report): string {
  const docs = describeRules(report.findings);
  const byKind = new Map<FindingKind, Finding[]>();
  for (const f of report.findings) {
    const list = byKind.get(f.kind);
    if (list) list.push(f);
    else byKind.set(f.kind, [f]);
  }
  const ran = new Set(
    report.scanners.map((s) => SCANNER_KIND[s]).filter((k): k is FindingKind => k !== undefined),
  );
  const kinds = FINDING_KINDS.filter((k) => byKind.has(k) || ran.has(k));

  const ts = timestamp(report.createdAt);
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const kind of kinds) {
    const findings = [...(byKind.get(kind) ?? [])].sort(byPriority);
    const open = findings.filter((f) => !f.suppressed).length;
    const cases = findings.map((f) => testcase(f, docs.get(f.ruleId), '    '));
    if (open === 0) {
      cases.push(
        `    <testcase${attrs({ classname: `palisade.${KIND_SCANNER[kind]}`, name: `no open ${SUITE_LABEL[kind]}`, time: '0' })}/>`,
      );
    }
    const suiteTests = cases.length;
    tests += suiteTests;
    failures += open;
    const properties = [
      ['target', report.target.name],
      ['target.type', report.target.type],
      ['scanner', KIND_SCANNER[kind]],
      ['tool.version', report.tool.version],
    ].map(([name, value]) => `      <property${attrs({ name, value })}/>`);
    suites.push(
      [
        `  <testsuite${attrs({
          name: `Palisade ${SUITE_LABEL[kind]}`,
          tests: suiteTests,
          failures: open,
          errors: 0,
          skipped: findings.length - open,
          time: '0',
          timestamp: ts,
        })}>`,
        '    <properties>',
        ...properties,
        '    </properties>',
        ...cases,
        '  </testsuite>',
      ].join('\n'),
    );
  }
  const root = `<testsuites${attrs({ name: `Palisade ${report.tool.version}: ${report.target.name}`, tests, failures, errors: 0, time: '0' })}`;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', suites.length ? `${root}>` : `${root}/>`];
  if (suites.length) lines.push(...suites, '</testsuites>');
  return lines.join('\n') + '\n';
}

export const junitWriter: ReportWriter = {
  id: 'junit',
  mediaType: 'application/xml',
  fileExtension: 'xml',
  write: (report) => toJunit(report),
};
