import {
  FINDING_KINDS,
  SEVERITIES,
  type Finding,
  type FindingKind,
  type Report,
  type Severity,
} from '../../core/model.js';
import { compareStrings } from '../../core/sort.js';
import { SCANNER_KIND, describeRules, suppressionText } from '../rule-docs.js';
import type { ReportWriter } from '../types.js';
import { SEVERITY_LABELS } from '../summary.js';

/**
 * A Markdown summary (`--format markdown`) for a pull-request comment or `$GITHUB_STEP_SUMMARY`: counts
 * by severity and kind, the most severe open findings, and the suppressed ones in a collapsed section.
 * The writer does not know whether the gate passed (that is the exit code), so it states counts only.
 *
 * GitHub caps a comment body at 65,536 characters and a step summary at 1 MiB; the output stays under
 * MAX_CHARS by listing fewer rows (and saying how many were left out). Every cell is escaped: file
 * names and messages come from the scanned repository and must not inject links, HTML or table cells.
 */

export const MAX_CHARS = 60_000;
export const MAX_ROWS = 50;
const MAX_MESSAGE = 200;
const MAX_CELL = 120;

const KIND_LABEL: Record<FindingKind, string> = {
  vulnerability: 'Vulnerability',
  secret: 'Secret',
  misconfig: 'Misconfiguration',
  sast: 'SAST',
  license: 'License',
};
const KIND_COLUMN: Record<FindingKind, string> = {
  vulnerability: 'Vulnerabilities',
  secret: 'Secrets',
  misconfig: 'Misconfigurations',
  sast: 'SAST',
  license: 'Licenses',
};
const SEVERITY_ORDER = new Map(SEVERITIES.map((s, i) => [s, i]));
const KIND_ORDER = new Map(FINDING_KINDS.map((k, i) => [k, i]));

// eslint-disable-next-line no-control-regex -- control characters are shown as \uXXXX, never passed through
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function oneLine(text: string, max: number): string {
  const flat = text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/\t/g, ' ')
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Plain text in a table cell: no markup, links, HTML, math (`$`) or extra cells can come through. */
export function mdCell(text: string, max = MAX_CELL): string {
  return oneLine(text, max)
    .replace(/[\\`*_[\]~|!#$]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A code span in a table cell (a fence longer than any backtick run inside; `|` still needs escaping in GFM tables). */
export function mdCode(text: string, max = MAX_CELL): string {
  const flat = oneLine(text, max);
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || longestRun > 0 ? ' ' : '';
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** A link target: only http(s), with characters that would end the link or the cell percent-encoded. */
function mdUrl(url: string): string | undefined {
  if (!/^https?:\/\/[^\s]+$/.test(url)) return undefined;
  return url.replace(/[()<>|\\[\]`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function byPriority(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER.get(a.severity)! - SEVERITY_ORDER.get(b.severity)! ||
    KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.location.path, b.location.path) ||
    (a.location.startLine ?? 0) - (b.location.startLine ?? 0) ||
    compareStrings(a.fingerprint, b.fingerprint)
  );
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function countTable(open: readonly Finding[], kinds: readonly FindingKind[]): string {
  const count = (s: Severity, k?: FindingKind) =>
    open.filter((f) => f.severity === s && (!k || f.kind === k)).length;
  const severities = SEVERITIES.filter((s) => count(s) > 0);
  const lines = [
    `| Severity | ${kinds.map((k) => KIND_COLUMN[k]).join(' | ')} | Total |`,
    `| --- | ${kinds.map(() => '---:').join(' | ')} | ---: |`,
    ...severities.map(
      (s) => `| ${SEVERITY_LABELS[s]} | ${kinds.map((k) => count(s, k)).join(' | ')} | ${count(s)} |`,
    ),
    `| **Total** | ${kinds.map((k) => `**${open.filter((f) => f.kind === k).length}**`).join(' | ')} | **${open.length}** |`,
  ];
  return lines.join('\n');
}

/**
 * Adds rows to a table while the document stays within `budget` characters (keeping `reserve` for what
 * follows) and at most MAX_ROWS; returns the table (or '') and how many rows were left out.
 */
function fitTable(
  header: string,
  rows: readonly string[],
  budget: number,
): { text: string; omitted: number } {
  let size = header.length + 1;
  const kept: string[] = [];
  for (const row of rows) {
    if (kept.length >= MAX_ROWS || size + row.length + 1 > budget) break;
    kept.push(row);
    size += row.length + 1;
  }
  return { text: kept.length ? [header, ...kept].join('\n') : '', omitted: rows.length - kept.length };
}

export function toMarkdown(report: Report): string {
  const docs = describeRules(report.findings);
  const sorted = [...report.findings].sort(byPriority);
  const open = sorted.filter((f) => !f.suppressed);
  const suppressed = sorted.filter((f) => f.suppressed);
  const ran = new Set(
    report.scanners.map((s) => SCANNER_KIND[s]).filter((k): k is FindingKind => k !== undefined),
  );
  const kinds = FINDING_KINDS.filter((k) => ran.has(k) || sorted.some((f) => f.kind === k));

  const rule = (f: Finding) => {
    const url = mdUrl(docs.get(f.ruleId)?.helpUri ?? '');
    const id = mdCell(f.ruleId, 80);
    return url ? `[${id}](${url})` : id;
  };
  const row = (f: Finding, last: string) =>
    `| ${SEVERITY_LABELS[f.severity]} | ${KIND_LABEL[f.kind]} | ${rule(f)} | ${mdCode(f.location.startLine ? `${f.location.path}:${f.location.startLine}` : f.location.path)} | ${last} |`;

  const target = mdCode(report.target.name, 100);
  const parts: string[] = [];
  parts.push(
    open.length
      ? `## Palisade: ${plural(open.length, 'open finding')} in ${target}`
      : `## Palisade: no open findings in ${target}`,
  );
  const bySeverity = SEVERITIES.map((s) => [s, open.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const created = new Date(report.createdAt);
  const when = Number.isNaN(created.getTime())
    ? ''
    : ` · ${created.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  parts.push(
    [
      bySeverity.length ? `**${bySeverity.join(' · ')}**` : '',
      `${suppressed.length} suppressed`,
      `Palisade ${mdCell(report.tool.version, 40)}${when}`,
    ]
      .filter(Boolean)
      .join(' · '),
  );
  if (open.length && kinds.length) parts.push(countTable(open, kinds));

  // What follows the findings table: the suppressed section needs at least its frame.
  const reserve = 600;
  let doc = parts.join('\n\n');
  if (open.length) {
    const header = '| Severity | Kind | Rule | Location | Message |\n| --- | --- | --- | --- | --- |';
    const table = fitTable(
      header,
      open.map((f) => row(f, mdCell(f.message || f.title, MAX_MESSAGE))),
      MAX_CHARS - doc.length - reserve - (suppressed.length ? reserve : 0),
    );
    const section = ['### Open findings'];
    if (table.text) section.push(table.text);
    if (table.omitted)
      section.push(
        `_… and ${plural(table.omitted, 'more open finding')}: see the full report (\`--format json\` or \`sarif\`)._`,
      );
    doc += `\n\n${section.join('\n\n')}`;
  }
  if (suppressed.length) {
    const header = '| Severity | Kind | Rule | Location | Suppression |\n| --- | --- | --- | --- | --- |';
    const table = fitTable(
      header,
      suppressed.map((f) => row(f, mdCell(suppressionText(f.suppressed!), MAX_MESSAGE))),
      MAX_CHARS - doc.length - reserve,
    );
    const section = [`<details>\n<summary>Suppressed (${suppressed.length})</summary>`];
    if (table.text) section.push(table.text);
    if (table.omitted) section.push(`_… and ${plural(table.omitted, 'more suppressed finding')}._`);
    section.push('</details>');
    doc += `\n\n${section.join('\n\n')}`;
  }
  return doc + '\n';
}

export const markdownWriter: ReportWriter = {
  id: 'markdown',
  mediaType: 'text/markdown',
  fileExtension: 'md',
  write: (report) => toMarkdown(report),
};
