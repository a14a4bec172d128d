import type { Finding, Package, Report, Severity } from '../../core/model.js';
import { compareStrings } from '../../core/sort.js';
import { severityCounts } from '../summary.js';
import type { ReportWriter, WriterOptions } from '../types.js';

/** Human-readable report, grouped by target file like Trivy's table output. Colour only when asked (TTY). */

const SEVERITY_COLOR: Record<Severity, string> = {
  critical: '\x1b[1;31m',
  high: '\x1b[31m',
  medium: '\x1b[33m',
  low: '\x1b[34m',
  info: '\x1b[36m',
  unknown: '\x1b[37m',
};
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';
const DIM = '\x1b[2m';

/** Display width of a string (ANSI escapes excluded). */
function width(s: string): number {
  // eslint-disable-next-line no-control-regex
  return [...s.replace(/\x1b\[[0-9;]*m/g, '')].length;
}

function renderTable(header: string[], rows: string[][], color: boolean): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => '│ ' + cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join(' │ ') + ' │';
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const head = color ? header.map((h) => BOLD + h + RESET) : header;
  return [rule('┌', '┬', '┐'), line(head), rule('├', '┼', '┤'), ...rows.map(line), rule('└', '┴', '┘')].join('\n');
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return new Map([...m.entries()].sort((a, b) => compareStrings(a[0], b[0])));
}

function packageRows(pkgs: Package[]): string[][] {
  return pkgs.map((p) => [
    p.name,
    p.version,
    p.direct === undefined ? '' : p.direct ? 'direct' : 'transitive',
    p.dev ? 'dev' : '',
    (p.licenses ?? []).join(', '),
    p.locations[0]?.startLine ? String(p.locations[0].startLine) : '',
  ]);
}

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4, unknown: 5 };

/** "express@4.17.1 → qs@6.7.0", plus how many other paths lead there. */
function dependencyPath(f: Finding): string {
  if (f.kind !== 'vulnerability' || !f.dependencyPaths?.length) return '';
  const [first, ...rest] = f.dependencyPaths;
  return first!.join(' → ') + (rest.length ? ` (+${rest.length} more)` : '');
}

function findingRows(findings: Finding[], color: boolean): string[][] {
  const sorted = [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareStrings(a.kind === 'vulnerability' ? a.package.name : a.title, b.kind === 'vulnerability' ? b.package.name : b.title) ||
      compareStrings(a.ruleId, b.ruleId),
  );
  return sorted.map((f) => {
    const sev = color ? SEVERITY_COLOR[f.severity] + f.severity.toUpperCase() + RESET : f.severity.toUpperCase();
    const id = f.kind === 'vulnerability' && f.aliases.length ? `${f.ruleId} (${f.aliases.join(', ')})` : f.ruleId;
    const what =
      f.kind === 'vulnerability' || f.kind === 'license'
        ? `${f.package.name}@${f.package.version}`
        : f.kind === 'secret'
          ? `${f.title}: ${f.redacted}`
          : f.kind === 'misconfig' && f.resource
            ? `${f.title} (${f.resource})`
            : f.title;
    const line = f.location.startLine ? String(f.location.startLine) : '';
    const fixed = f.kind === 'vulnerability' ? (f.fixedIn?.length ? f.fixedIn.join(', ') : 'no fix') : '';
    const suppressed = f.suppressed ? ' [suppressed]' : '';
    return [sev, id, what + suppressed, fixed, dependencyPath(f), line];
  });
}

/** Drop the vulnerability-only columns (Fixed in, Dependency path) when no row uses them. */
function compact(header: string[], rows: string[][]): [string[], string[][]] {
  const keep = header.map((_, i) => i < 3 || i === header.length - 1 || rows.some((r) => r[i] !== ''));
  return [header.filter((_, i) => keep[i]), rows.map((r) => r.filter((_, i) => keep[i]))];
}

export function renderTableReport(report: Report, options: WriterOptions = {}): string {
  const color = options.color ?? false;
  const listPackages = options.listPackages ?? report.scanners.length === 0;
  const out: string[] = [];
  const title = (s: string) => (color ? BOLD + s + RESET : s);
  const dim = (s: string) => (color ? DIM + s + RESET : s);

  const pkgsByFile = groupBy(report.packages, (p) => p.locations[0]?.path ?? '');
  const findingsByFile = groupBy(report.findings, (f) => f.location.path);
  const files = [...new Set([...pkgsByFile.keys(), ...findingsByFile.keys()])].sort(compareStrings);

  for (const file of files) {
    const pkgs = pkgsByFile.get(file) ?? [];
    const findings = findingsByFile.get(file) ?? [];
    if (!listPackages && findings.length === 0) continue;
    const eco = [...new Set(pkgs.map((p) => p.ecosystem))].join(', ');
    const parts = [];
    if (pkgs.length) parts.push(`${pkgs.length} package${pkgs.length === 1 ? '' : 's'}${eco ? ` (${eco})` : ''}`);
    if (findings.length) parts.push(`${findings.length} finding${findings.length === 1 ? '' : 's'}`);
    out.push(`${title(file)} ${dim('— ' + parts.join(', '))}`);
    if (findings.length) {
      const [header, rows] = compact(['Severity', 'ID (aliases)', 'Finding', 'Fixed in', 'Dependency path', 'Line'], findingRows(findings, color));
      out.push(renderTable(header, rows, color));
    }
    if (pkgs.length && listPackages) {
      out.push(renderTable(['Package', 'Version', 'Relation', 'Dev', 'License', 'Line'], packageRows(pkgs), color));
    }
    out.push('');
  }

  if (report.unpinned.length) {
    out.push(title('Unpinned requirements (no exact version, not checked for vulnerabilities)'));
    out.push(
      renderTable(
        ['File', 'Line', 'Requirement', 'Specifier'],
        report.unpinned.map((u) => [u.location.path, u.location.startLine ? String(u.location.startLine) : '', u.name, u.specifier || '(any)']),
        color,
      ),
    );
    out.push('');
  }

  const warnings = report.diagnostics.filter((d) => d.level !== 'info');
  if (warnings.length) {
    out.push(title(`Warnings (${warnings.length})`));
    for (const d of warnings) out.push(`  ${d.path ?? '.'}: ${d.message}`);
    out.push('');
  }

  const counts = severityCounts(report.findings);
  const sevSummary = (Object.keys(counts) as Severity[])
    .filter((s) => counts[s] > 0)
    .map((s) => `${s.toUpperCase()}: ${counts[s]}`)
    .join(', ');
  out.push(
    `Total: ${report.packages.length} package${report.packages.length === 1 ? '' : 's'} in ${pkgsByFile.size} file${pkgsByFile.size === 1 ? '' : 's'}` +
      (report.scanners.length ? `, ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}${sevSummary ? ` (${sevSummary})` : ''}` : '') +
      (warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''),
  );
  return out.join('\n') + '\n';
}

export const tableWriter: ReportWriter = {
  id: 'table',
  mediaType: 'text/plain',
  fileExtension: 'txt',
  write: (report, options) => renderTableReport(report, options),
};
