/**
 * The vulnerability detector: every inventory package against an AdvisorySource (the local OSV DB or the
 * online API), matched with OSV semantics (match/affects.ts), advisories that alias each other merged
 * into one finding (match/aliases.ts), findings built by match/finding.ts. Pure apart from the source's
 * lookups; output sorted. Ecosystems without a version scheme are still checked, but only against exact
 * `versions[]` lists (never a false positive), and said so in one info diagnostic per ecosystem.
 */
import type { Diagnostic, Finding, Package } from '../../core/model.js';
import { byKeys, compareStrings } from '../../core/sort.js';
import { schemeFor } from '../../versioning/index.js';
import type { VersionScheme } from '../../versioning/types.js';
import { type RecordMatch, matchRecord } from './match/affects.js';
import { groupMatches } from './match/aliases.js';
import { buildFinding } from './match/finding.js';
import { type FileGraph, dependencyPaths, indexByFile } from './match/paths.js';
import { baseEcosystem, normalizePackageName } from './normalize.js';
import type { AdvisorySource, OsvRecord } from './types.js';

export interface DetectOptions {
  /** Drop findings that have no fixed version (`--ignore-unfixed`). */
  ignoreUnfixed?: boolean;
}

export interface DetectResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
}

export const NO_SCHEME_CODE = 'vuln-no-version-scheme';

const sortFindings = byKeys<Finding>(
  (f) => f.location.path,
  (f) => (f.kind === 'vulnerability' ? f.package.ecosystem : ''),
  (f) => (f.kind === 'vulnerability' ? f.package.name : ''),
  (f) => (f.kind === 'vulnerability' ? f.package.version : ''),
  (f) => (f.kind === 'vulnerability' ? f.package.purl : ''),
  (f) => f.ruleId,
);

export function detectVulnerabilities(
  packages: readonly Package[],
  source: AdvisorySource,
  opts: DetectOptions = {},
): DetectResult {
  const schemes = new Map<string, VersionScheme | undefined>();
  const unschemed = new Map<string, number>();
  // One lookup per (ecosystem, normalised name), however many files and versions list the package.
  const lookups = new Map<string, OsvRecord[]>();
  let graphs: Map<string, FileGraph> | undefined;
  const findings: Finding[] = [];

  for (const pkg of packages) {
    if (pkg.ecosystem === '' || pkg.name === '') continue;
    let scheme = schemes.get(pkg.ecosystem);
    if (!schemes.has(pkg.ecosystem)) {
      scheme = schemeFor(pkg.ecosystem);
      schemes.set(pkg.ecosystem, scheme);
    }
    if (!scheme) {
      const base = baseEcosystem(pkg.ecosystem);
      unschemed.set(base, (unschemed.get(base) ?? 0) + 1);
    }
    if (pkg.version === '') continue; // nothing to match, not even a versions[] entry
    const normalized = normalizePackageName(pkg.ecosystem, pkg.name);
    const key = pkg.ecosystem + '\u0000' + normalized;
    let records = lookups.get(key);
    if (!records) {
      records = source.lookup(pkg.ecosystem, pkg.name);
      lookups.set(key, records);
    }
    if (records.length === 0) continue;
    const matches: RecordMatch[] = [];
    const seen = new Set<string>();
    for (const record of records) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      const m = matchRecord(record, pkg, scheme, normalized);
      if (m) matches.push(m);
    }
    if (matches.length === 0) continue;
    graphs ??= indexByFile(packages);
    const paths = dependencyPaths(pkg, graphs);
    for (const group of groupMatches(matches)) {
      const finding = buildFinding(pkg, group, scheme, paths);
      if (opts.ignoreUnfixed && finding.kind === 'vulnerability' && (finding.fixedIn ?? []).length === 0)
        continue;
      findings.push(finding);
    }
  }

  const diagnostics: Diagnostic[] = [...unschemed]
    .sort((a, b) => compareStrings(a[0], b[0]))
    .map(([ecosystem, count]) => ({
      level: 'info',
      code: NO_SCHEME_CODE,
      message:
        `no version ordering for ecosystem ${ecosystem} (${count} package${count === 1 ? '' : 's'}): ` +
        'only versions listed explicitly in advisories are matched, version ranges are not evaluated',
    }));
  return { findings: findings.sort(sortFindings), diagnostics };
}
