/**
 * One vulnerability finding from one group of merged advisories (see aliases.ts) for one package.
 * Severity: the highest CVSS v3.x / v4.0 base score of the group (record-level and matched affected[]
 * `severity`), rated per FIRST; else GitHub's `database_specific.severity`; else an
 * `ecosystem_specific.severity` label; else `unknown`. CVSS v2 vectors are listed but never rate the
 * finding (v2 scores run systematically high and OSV sources carry v3+ where it matters).
 */
import { fingerprint } from '../../../core/fingerprint.js';
import {
  type CvssRating,
  type Finding,
  type Package,
  SEVERITIES,
  type Severity,
} from '../../../core/model.js';
import { compareStrings } from '../../../core/sort.js';
import type { OsvRecord, OsvSeverity } from '../types.js';
import { scoreCvss, severityFromLabel, severityFromScore } from '../cvss/index.js';
import type { VersionScheme } from '../../../versioning/types.js';
import { matchRecord } from './affects.js';
import type { MatchGroup } from './aliases.js';
import { cachedScheme } from './scheme-cache.js';

export const OSV_VULN_URL = 'https://osv.dev/vulnerability/';

const higher = (a: Severity, b: Severity): Severity =>
  SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b;

function cvssOf(group: MatchGroup): CvssRating[] {
  const seen = new Map<string, CvssRating>();
  const add = (list: OsvSeverity[] | undefined): void => {
    for (const s of list ?? []) {
      if (typeof s?.score !== 'string' || !/^CVSS_V[234]$/.test(s.type)) continue;
      const scored = scoreCvss(s.score);
      if (scored && !seen.has(scored.vector)) seen.set(scored.vector, scored);
    }
  };
  for (const m of group.matches) {
    add(m.record.severity);
    for (const e of m.entries) add(e.severity);
  }
  return [...seen.values()].sort((a, b) => b.score - a.score || compareStrings(a.vector, b.vector));
}

function severityOf(group: MatchGroup, cvss: readonly CvssRating[]): Severity {
  const rated = cvss.filter((c) => c.version !== '2.0');
  if (rated.length > 0) return severityFromScore(Math.max(...rated.map((c) => c.score)));
  let best: Severity | undefined;
  for (const m of group.matches) {
    const s = severityFromLabel(m.record.database_specific?.severity);
    if (s) best = best ? higher(best, s) : s;
  }
  if (best) return best;
  for (const m of group.matches) {
    for (const e of m.entries) {
      const s = severityFromLabel(e.ecosystem_specific?.severity);
      if (s) best = best ? higher(best, s) : s;
    }
  }
  return best ?? 'unknown';
}

function titleOf(group: MatchGroup): string {
  for (const m of group.matches) if (m.record.summary?.trim()) return m.record.summary.trim();
  for (const m of group.matches) {
    const line = m.record.details
      ?.split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '');
    if (line) return line;
  }
  return group.id;
}

/**
 * The lowest `fixed` above the installed version that no advisory of the group still considers affected
 * (a GHSA and its PYSEC twin sometimes disagree on the fix); the highest candidate when all are disputed.
 */
function fixedInOf(group: MatchGroup, pkg: Package, scheme: VersionScheme | undefined): string[] {
  if (!scheme) return [];
  const s = cachedScheme(scheme);
  const candidates = [...new Set(group.matches.flatMap((m) => m.fixes))].sort((a, b) => s.compare(a, b));
  if (candidates.length === 0) return [];
  for (const fix of candidates) {
    const probe = { ecosystem: pkg.ecosystem, name: pkg.name, version: fix };
    if (!group.matches.some((m) => matchRecord(m.record, probe, scheme))) return [fix];
  }
  return [candidates[candidates.length - 1]!];
}

function referencesOf(group: MatchGroup): string[] {
  const urls = [OSV_VULN_URL + group.id];
  for (const m of group.matches) {
    for (const r of m.record.references ?? []) {
      if (typeof r?.url === 'string' && r.url !== '' && !urls.includes(r.url)) urls.push(r.url);
    }
  }
  return urls;
}

function cwesOf(records: readonly OsvRecord[]): string[] | undefined {
  const ids = new Set<string>();
  for (const r of records) {
    const list = r.database_specific?.cwe_ids;
    if (Array.isArray(list)) for (const c of list) if (typeof c === 'string' && c !== '') ids.add(c);
  }
  return ids.size > 0 ? [...ids].sort(compareStrings) : undefined;
}

function extreme(values: (string | undefined)[], pick: 'min' | 'max'): string | undefined {
  const present = values.filter((v): v is string => typeof v === 'string' && v !== '').sort(compareStrings);
  return pick === 'min' ? present[0] : present[present.length - 1];
}

const label = (pkg: Package): string => (pkg.version === '' ? pkg.name : `${pkg.name}@${pkg.version}`);

export function buildFinding(
  pkg: Package,
  group: MatchGroup,
  scheme: VersionScheme | undefined,
  dependencyPaths?: string[][],
): Finding {
  const records = group.matches.map((m) => m.record);
  const cvss = cvssOf(group);
  const fixedIn = fixedInOf(group, pkg, scheme);
  const location = pkg.locations[0] ?? { path: '' };
  const aka = group.aliases.length > 0 ? ` (${group.aliases.join(', ')})` : '';
  const fix = fixedIn.length > 0 ? `fixed in ${fixedIn.join(', ')}` : 'no fix available';
  const finding: Finding = {
    kind: 'vulnerability',
    ruleId: group.id,
    title: titleOf(group),
    severity: severityOf(group, cvss),
    message: `${label(pkg)} is affected by ${group.id}${aka}; ${fix}`,
    location: { ...location },
    // The version is left out on purpose: bumping a package to another still-affected version is the
    // same alert (a baseline or ignore entry keeps matching), not a new one.
    fingerprint: fingerprint(group.id, location.path, pkg.ecosystem, pkg.name),
    references: referencesOf(group),
    package: { name: pkg.name, version: pkg.version, ecosystem: pkg.ecosystem, purl: pkg.purl },
    aliases: group.aliases,
    fixedIn,
  };
  const cwe = cwesOf(records);
  if (cwe) finding.cwe = cwe;
  if (cvss.length > 0) finding.cvss = cvss;
  if (dependencyPaths && dependencyPaths.length > 0) finding.dependencyPaths = dependencyPaths;
  const published = extreme(
    records.map((r) => r.published),
    'min',
  );
  const modified = extreme(
    records.map((r) => r.modified),
    'max',
  );
  if (published) finding.published = published;
  if (modified) finding.modified = modified;
  return finding;
}
