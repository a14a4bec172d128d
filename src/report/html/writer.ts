import { createHash } from 'node:crypto';
import {
  FINDING_KINDS,
  SEVERITIES,
  type Finding,
  type Report,
  type Severity,
  type Suppression,
} from '../../core/model.js';
import { SEVERITY_LABELS, severityCounts } from '../summary.js';
import type { ReportWriter } from '../types.js';
import { REPORT_JS } from './assets/script.js';
import { REPORT_CSS } from './assets/style.js';
import { barChart, donutChart } from './charts.js';
import { escapeHtml, jsonForScript, safeHttpUrl } from './escape.js';

/**
 * A self-contained HTML report: one file, no external request of any kind (inline CSS and JS allowed
 * by their hashes in a Content-Security-Policy, inline SVG charts, system fonts). Every string of the
 * Report is escaped: findings carry attacker-controlled text. The findings table is rendered twice:
 * statically inside <noscript> (JS disabled: everything readable, no controls) and as JSON data for
 * the script, which filters, sorts and renders rows in batches. Pure and deterministic like every
 * writer; streamed by chunks() so a report with tens of thousands of findings never is one string.
 */

/** Packages, unpinned requirements and diagnostics rendered as rows; the JSON report has all of them. */
export const MAX_TABLE_ROWS = 2000;

export const KIND_LABELS: Record<Finding['kind'], string> = {
  vulnerability: 'Vulnerability',
  secret: 'Secret',
  misconfig: 'Misconfiguration',
  sast: 'Code (SAST)',
  license: 'License',
};

function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

// Hash-based rather than 'unsafe-inline': even if some text escaped escaping, no injected script or
// style could run. default-src 'none' forbids every fetch: fonts, images, frames, XHR, beacons.
const CSP = [
  "default-src 'none'",
  `style-src ${cspHash(REPORT_CSS)}`,
  `script-src ${cspHash(REPORT_JS)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** One finding as both the static row and the script's data use it; short keys keep large reports small. */
interface FindingView {
  /** severity */
  s: string;
  /** kind */
  k: string;
  /** rule id */
  r: string;
  /** aliases, comma-separated */
  a: string;
  /** first reference, http(s) only, or '' */
  u: string;
  /** title */
  t: string;
  /** message, when it adds to the title */
  m: string;
  /** detail: redacted secret, misconfigured resource, license, SAST snippet */
  d: string;
  /** path */
  p: string;
  /** start line, 0 when unknown */
  l: number;
  /** git commit (short) that introduced it */
  c: string;
  /** name@version of the affected package */
  g: string;
  /** fixed-in versions ('no fix yet' for a vulnerability without one) */
  f: string;
  /** suppression status text, '' when open */
  z: string;
}

function suppressionText(s: Suppression): string {
  const parts = [`Suppressed (${s.kind})`];
  const why = [s.status, s.justification, s.reason].filter(Boolean).join(': ');
  if (why) parts.push(why);
  if (s.owner) parts.push(`owner ${s.owner}`);
  if (s.expires) parts.push(`expires ${s.expires}`);
  if (s.source) parts.push(`from ${s.source}`);
  return parts.join(' — ');
}

/** The redacted secret, misconfigured resource, license or SAST snippet, unless the message already says it. */
function findingDetail(f: Finding): string {
  const detail =
    f.kind === 'secret'
      ? f.redacted
      : f.kind === 'misconfig'
        ? f.resource
        : f.kind === 'license'
          ? f.license
          : f.kind === 'sast'
            ? f.snippet
            : undefined;
  return detail && !f.message.includes(detail) ? detail : '';
}

function viewOf(f: Finding): FindingView {
  const pkg = f.kind === 'vulnerability' || f.kind === 'license' ? f.package : undefined;
  return {
    s: f.severity,
    k: f.kind,
    r: f.ruleId,
    a: f.kind === 'vulnerability' ? f.aliases.join(', ') : '',
    u: safeHttpUrl(f.references?.[0]) ?? '',
    t: f.title,
    m: f.message === f.title ? '' : f.message,
    d: findingDetail(f),
    p: f.location.path,
    l: f.location.startLine ?? 0,
    c: f.location.origin?.commit?.slice(0, 12) ?? '',
    g: pkg ? `${pkg.name}@${pkg.version}` : '',
    f: f.kind === 'vulnerability' ? (f.fixedIn?.length ? f.fixedIn.join(', ') : 'no fix yet') : '',
    z: f.suppressed ? suppressionText(f.suppressed) : '',
  };
}

const SEVERITY_INDEX = new Map<string, number>(SEVERITIES.map((s, i) => [s, i]));

/** Highest severity first; within a severity the report's own (path, line, kind, rule) order. */
function orderedFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (SEVERITY_INDEX.get(a.f.severity) ?? 99) - (SEVERITY_INDEX.get(b.f.severity) ?? 99) || a.i - b.i,
    )
    .map(({ f }) => f);
}

const COLUMNS: { key: string; label: string }[] = [
  { key: 'severity', label: 'Severity' },
  { key: 'kind', label: 'Kind' },
  { key: 'rule', label: 'Rule' },
  { key: 'finding', label: 'Finding' },
  { key: 'location', label: 'Location' },
  { key: 'package', label: 'Package' },
  { key: 'fixed', label: 'Fixed in' },
  { key: 'status', label: 'Status' },
];

function staticRow(v: FindingView): string {
  const e = escapeHtml;
  const rule = v.u ? `<a href="${e(v.u)}" rel="noopener noreferrer">${e(v.r)}</a>` : e(v.r);
  return (
    `<tr${v.z ? ' class="is-suppressed"' : ''}>` +
    `<td class="col-severity"><span class="badge sev-${e(v.s)}">${e(SEVERITY_LABELS[v.s as Severity] ?? v.s)}</span></td>` +
    `<td class="col-kind">${e(KIND_LABELS[v.k as Finding['kind']] ?? v.k)}</td>` +
    `<td class="col-rule mono">${rule}${v.a ? `<span class="aliases">${e(v.a)}</span>` : ''}</td>` +
    `<td class="col-finding"><div class="finding-title">${e(v.t)}</div>` +
    `${v.m ? `<div class="finding-message">${e(v.m)}</div>` : ''}${v.d ? `<code>${e(v.d)}</code>` : ''}</td>` +
    `<td class="col-location mono">${e(v.p)}${v.l ? `:${v.l}` : ''}` +
    `${v.c ? `<span class="aliases">commit ${e(v.c)}</span>` : ''}</td>` +
    `<td class="col-package mono">${e(v.g)}</td>` +
    `<td class="col-fixed mono">${e(v.f)}</td>` +
    `<td class="col-status${v.z ? ' status-suppressed' : ''}">${e(v.z || 'Open')}</td>` +
    `</tr>\n`
  );
}

function head(report: Report): string {
  const title = `Palisade report: ${report.target.name}`;
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="color-scheme" content="light dark">\n' +
    '<meta name="referrer" content="no-referrer">\n' +
    `<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${REPORT_CSS}</style>\n</head>\n<body>\n` +
    '<a class="skip-link" href="#findings">Skip to findings</a>\n'
  );
}

function header(report: Report): string {
  const e = escapeHtml;
  const scanners = report.scanners.length ? report.scanners.join(', ') : 'none (inventory only)';
  const s = report.stats;
  return (
    '<header>\n' +
    `<h1>Palisade security report</h1>\n<dl class="meta">` +
    `<dt>Target</dt><dd><code>${e(report.target.name)}</code> <span class="muted">(${e(report.target.type)})</span></dd>` +
    `<dt>Tool</dt><dd>${e(report.tool.name)} ${e(report.tool.version)}</dd>` +
    `<dt>Created</dt><dd><time datetime="${e(report.createdAt)}">${e(report.createdAt)}</time></dd>` +
    `<dt>Scanners</dt><dd>${e(scanners)}</dd>` +
    `<dt>Files</dt><dd>${s.filesWalked} walked, ${s.filesAnalyzed} analyzed</dd>` +
    '</dl>\n</header>\n<main>\n'
  );
}

function summary(report: Report, counts: Record<Severity, number>): string {
  const suppressed = report.findings.filter((f) => f.suppressed).length;
  const card = (cls: string, attr: string, count: number, label: string) =>
    `<li class="card${cls}" ${attr}><span class="card-count">${count}</span> <span class="card-label">${label}</span></li>`;
  const cards = [
    card('', 'data-summary="findings"', report.findings.length, 'Findings'),
    ...SEVERITIES.map((s) => card(` sev-${s}`, `data-severity="${s}"`, counts[s], SEVERITY_LABELS[s])),
    card('', 'data-summary="suppressed"', suppressed, 'Suppressed'),
    card('', 'data-summary="packages"', report.packages.length, 'Packages'),
  ];
  return (
    '<section aria-labelledby="summary-heading">\n<h2 id="summary-heading">Summary</h2>\n' +
    `<ul class="cards">${cards.join('')}</ul>\n</section>\n`
  );
}

function charts(report: Report, counts: Record<Severity, number>): string {
  if (report.findings.length === 0) return '';
  const kindCounts = new Map<string, number>();
  for (const f of report.findings) kindCounts.set(f.kind, (kindCounts.get(f.kind) ?? 0) + 1);
  const bySeverity = SEVERITIES.map((s) => ({ key: s, label: SEVERITY_LABELS[s], count: counts[s] }));
  const byKind = FINDING_KINDS.map((k) => ({ key: k, label: KIND_LABELS[k], count: kindCounts.get(k) ?? 0 }));
  return (
    '<section aria-labelledby="charts-heading">\n<h2 id="charts-heading">Charts</h2>\n<div class="charts">' +
    `<figure><figcaption>Findings by severity</figcaption>${barChart('chart-severity', 'Findings by severity', bySeverity)}</figure>` +
    `<figure><figcaption>Findings by kind</figcaption>${donutChart('chart-kind', 'Findings by kind', byKind)}</figure>` +
    '</div>\n</section>\n'
  );
}

function filterControls(report: Report, counts: Record<Severity, number>): string {
  const kinds = FINDING_KINDS.filter((k) => report.findings.some((f) => f.kind === k));
  const suppressed = report.findings.filter((f) => f.suppressed).length;
  const severityOptions = SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => `<option value="${s}">${SEVERITY_LABELS[s]} (${counts[s]})</option>`)
    .join('');
  const kindOptions = kinds.map((k) => `<option value="${k}">${KIND_LABELS[k]}</option>`).join('');
  return (
    '<div id="finding-controls" class="controls" hidden>' +
    `<label>Severity <select id="filter-severity"><option value="">All severities</option>${severityOptions}</select></label>` +
    `<label>Kind <select id="filter-kind"><option value="">All kinds</option>${kindOptions}</select></label>` +
    '<label>Search <input type="search" id="filter-text" placeholder="rule, title, path, package…" autocomplete="off"></label>' +
    `<label class="check"><input type="checkbox" id="filter-suppressed"> Show suppressed (${suppressed})</label>` +
    '</div>\n<p id="visible-count" class="visible-count" role="status" aria-live="polite" hidden></p>\n'
  );
}

function* findingsSection(report: Report, counts: Record<Severity, number>): Generator<string> {
  yield '<section id="findings" aria-labelledby="findings-heading">\n';
  yield `<h2 id="findings-heading">Findings (${report.findings.length})</h2>\n`;
  if (report.findings.length === 0) {
    yield '<p>No findings.</p>\n</section>\n';
    return;
  }
  yield filterControls(report, counts);
  const headerCells = COLUMNS.map(
    (c) =>
      `<th scope="col" aria-sort="none"><button type="button" data-sort="${c.key}">${c.label}</button></th>`,
  ).join('');
  yield (
    '<div class="table-wrap" hidden><table id="findings-table"><caption class="muted">Findings; choose a column heading to sort</caption>' +
    `<thead><tr>${headerCells}</tr></thead><tbody></tbody></table></div>\n` +
    '<button type="button" id="show-more" class="more" hidden></button>\n'
  );
  const findings = orderedFindings(report.findings);
  yield (
    '<noscript><div class="table-wrap"><table><caption class="muted">Findings, highest severity first</caption><thead><tr>' +
    COLUMNS.map((c) => `<th scope="col">${c.label}</th>`).join('') +
    '</tr></thead><tbody>\n'
  );
  for (const f of findings) yield staticRow(viewOf(f));
  yield '</tbody></table></div></noscript>\n</section>\n';

  // The script's copy of the findings, in the same order; jsonForScript keeps `</script>` out of it.
  const meta = { severities: SEVERITIES, severityLabels: SEVERITY_LABELS, kindLabels: KIND_LABELS };
  yield `<script type="application/json" id="palisade-data">${jsonForScript(meta).slice(0, -1)},"findings":[\n`;
  for (let i = 0; i < findings.length; i++) {
    yield jsonForScript(viewOf(findings[i]!)) + (i < findings.length - 1 ? ',\n' : '\n');
  }
  yield ']}</script>\n';
}

/** A collapsible table of at most MAX_TABLE_ROWS rows, with a note when more exist. */
function* cappedTable<T>(
  id: string,
  title: string,
  items: readonly T[],
  columns: string[],
  cells: (item: T) => string[],
): Generator<string> {
  yield `<details id="${id}"><summary>Show ${title.toLowerCase()} (${items.length})</summary>\n`;
  if (items.length > MAX_TABLE_ROWS) {
    yield `<p class="note">Showing the first ${MAX_TABLE_ROWS} of ${items.length}; the JSON report lists all of them.</p>\n`;
  }
  yield (
    `<div class="table-wrap"><table><thead><tr>${columns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>` +
    '<tbody>\n'
  );
  for (const item of items.slice(0, MAX_TABLE_ROWS)) {
    yield `<tr>${cells(item)
      .map((c) => `<td>${escapeHtml(c)}</td>`)
      .join('')}</tr>\n`;
  }
  yield '</tbody></table></div>\n</details>\n';
}

function where(location: { path: string; startLine?: number } | undefined): string {
  if (!location) return '';
  return location.startLine ? `${location.path}:${location.startLine}` : location.path;
}

function* packagesSection(report: Report): Generator<string> {
  yield '<section id="packages" aria-labelledby="packages-heading">\n';
  yield `<h2 id="packages-heading">Packages (${report.packages.length})</h2>\n`;
  if (report.packages.length === 0) yield '<p>No packages found.</p>\n';
  else
    yield* cappedTable(
      'package-list',
      'Packages',
      report.packages,
      ['Name', 'Version', 'Ecosystem', 'Path'],
      (p) => [p.name, p.version, p.ecosystem, where(p.locations[0])],
    );
  if (report.unpinned.length > 0) {
    yield* cappedTable(
      'unpinned-list',
      'Unpinned requirements',
      report.unpinned,
      ['Name', 'Requirement', 'Ecosystem', 'Path'],
      (u) => [u.name, u.specifier, u.ecosystem, where(u.location)],
    );
  }
  yield '</section>\n';
}

function* diagnosticsSection(report: Report): Generator<string> {
  yield '<section id="diagnostics" aria-labelledby="diagnostics-heading">\n';
  yield `<h2 id="diagnostics-heading">Diagnostics (${report.diagnostics.length})</h2>\n`;
  if (report.diagnostics.length === 0) yield '<p>No diagnostics: every claimed file was read.</p>\n';
  else
    yield* cappedTable(
      'diagnostic-list',
      'Diagnostics',
      report.diagnostics,
      ['Level', 'Code', 'Path', 'Message'],
      (d) => [d.level, d.code, d.path ?? '', d.message],
    );
  yield '</section>\n';
}

export function* htmlChunks(report: Report): Generator<string> {
  const counts = severityCounts(report.findings);
  yield head(report);
  yield header(report);
  yield summary(report, counts);
  yield charts(report, counts);
  yield* findingsSection(report, counts);
  yield* packagesSection(report);
  yield* diagnosticsSection(report);
  yield (
    '</main>\n<footer>' +
    `Generated by ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)} for ` +
    `<code>${escapeHtml(report.target.name)}</code> at ${escapeHtml(report.createdAt)}. ` +
    'This page is self-contained: it loads nothing from the network.</footer>\n' +
    `<script>${REPORT_JS}</script>\n</body>\n</html>\n`
  );
}

export const htmlWriter: ReportWriter = {
  id: 'html',
  mediaType: 'text/html',
  fileExtension: 'html',
  write: (report: Report) => [...htmlChunks(report)].join(''),
  chunks: (report: Report) => htmlChunks(report),
};
