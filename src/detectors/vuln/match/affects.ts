/**
 * Whether an OSV record affects one installed package, with the OSV evaluation rules
 * (https://ossf.github.io/osv-schema/#evaluation):
 * - an `affected[]` entry applies when its base ecosystem equals the package's, its release suffix (when it
 *   has one: `Debian:12`, `Alpine:v3.20`) equals the package's, and the names are equal after
 *   normalizePackageName;
 * - the version is affected when it is listed in `versions[]` (the same string, or equal under the scheme)
 *   or lies inside any SEMVER/ECOSYSTEM range. A range is evaluated by walking its events sorted by version
 *   (`introduced: "0"` first): `introduced` turns "affected" on at v ≥ introduced, `fixed` off at v ≥ fixed,
 *   `last_affected` off at v > last_affected; `limit` events cap the range (v must be below one of them;
 *   `*` is no limit). GIT ranges name commits, not versions, so package matching ignores them.
 * - Both SEMVER and ECOSYSTEM ranges are compared with the package ecosystem's scheme, as osv-scanner does:
 *   every scheme we register for a SEMVER-using ecosystem is a SemVer superset (Go's `v` prefix, …).
 * Conservative choices (no false positives from data we cannot read): a withdrawn record never matches;
 * a range with an event version the scheme rejects is skipped as a whole (an empty event value, as in
 * GHSA-mh6f-8j2x-4483's `"fixed": ""`, is ignored instead: it carries no bound); an installed version that
 * is empty or invalid under the scheme, or an ecosystem without a scheme, only matches exact `versions[]`.
 */
import type { OsvAffected, OsvRange, OsvRecord } from '../types.js';
import { baseEcosystem, normalizePackageName } from '../normalize.js';
import type { VersionScheme } from '../../../versioning/types.js';
import { type CachedScheme, cachedScheme } from './scheme-cache.js';

/** What the matcher needs of a package. */
export interface PackageKey {
  ecosystem: string;
  name: string;
  version: string;
}

export interface RecordMatch {
  record: OsvRecord;
  /** The record's affected[] entries that apply to the package and contain its version. */
  entries: OsvAffected[];
  /**
   * `fixed` versions above the installed one from the ranges that contain it (from every SEMVER/ECOSYSTEM
   * range of the entry when it matched through `versions[]` only). Unsorted, unique.
   */
  fixes: string[];
}

type EventKind = 'introduced' | 'fixed' | 'last_affected' | 'limit';
interface SortedEvent {
  kind: EventKind;
  version: string;
  /** `introduced: "0"`: before every version. */
  zero: boolean;
}
interface PreparedRange {
  events: SortedEvent[];
  limits: string[];
}

// Per (range, scheme): the events sorted once, however many packages the range is checked against.
// null: the range cannot be evaluated under this scheme.
const preparedRanges = new WeakMap<OsvRange, Map<string, PreparedRange | null>>();
const versionSets = new WeakMap<OsvAffected, Set<string>>();

// Between events at the same version: `introduced` first, so that `fixed` at the same version wins
// (an empty range) while `last_affected` at the same version keeps that one version affected.
const KIND_ORDER: Record<EventKind, number> = { introduced: 0, last_affected: 1, fixed: 2, limit: 3 };
const KINDS: readonly EventKind[] = ['introduced', 'fixed', 'last_affected', 'limit'];

function prepareRange(range: OsvRange, scheme: CachedScheme): PreparedRange | null {
  let perScheme = preparedRanges.get(range);
  if (!perScheme) {
    perScheme = new Map();
    preparedRanges.set(range, perScheme);
  }
  const hit = perScheme.get(scheme.id);
  if (hit !== undefined) return hit;
  const prepared = buildRange(range, scheme);
  perScheme.set(scheme.id, prepared);
  return prepared;
}

function buildRange(range: OsvRange, scheme: CachedScheme): PreparedRange | null {
  const events: SortedEvent[] = [];
  const limits: string[] = [];
  for (const event of range.events ?? []) {
    for (const kind of KINDS) {
      const version = (event as Record<string, unknown>)[kind];
      if (typeof version !== 'string' || version === '') continue;
      if (kind === 'limit') {
        if (version === '*') continue;
        if (!scheme.isValid(version)) return null;
        limits.push(version);
        continue;
      }
      const zero = kind === 'introduced' && version === '0';
      if (!zero && !scheme.isValid(version)) return null;
      events.push({ kind, version, zero });
    }
  }
  events.sort((a, b) => {
    if (a.zero !== b.zero) return a.zero ? -1 : 1;
    const byVersion = a.zero ? 0 : scheme.compare(a.version, b.version);
    return byVersion !== 0 ? byVersion : KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  });
  return { events, limits };
}

/** Whether `version` (valid under the scheme) lies in the range; fixes above it are pushed to `fixes`. */
function inRange(
  range: PreparedRange,
  version: string,
  scheme: CachedScheme,
  fixes: string[] | undefined,
): boolean {
  if (range.limits.length > 0 && !range.limits.some((l) => scheme.compare(version, l) < 0)) return false;
  let affected = false;
  let i = 0;
  for (; i < range.events.length; i++) {
    const e = range.events[i]!;
    const c = e.zero ? 1 : scheme.compare(version, e.version);
    if (c < 0) break; // sorted: no later event can apply
    if (e.kind === 'introduced') affected = true;
    else if (e.kind === 'fixed') affected = false;
    else if (e.kind === 'last_affected' && c > 0) affected = false;
  }
  if (affected && fixes) {
    for (; i < range.events.length; i++) {
      const e = range.events[i]!;
      if (e.kind === 'fixed') pushUnique(fixes, e.version);
    }
  }
  return affected;
}

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** Whether the entry is about this package: same base ecosystem, same release suffix, same normalised name. */
export function entryApplies(entry: OsvAffected, ecosystem: string, normalizedName: string): boolean {
  const p = entry.package;
  if (!p) return false;
  if (p.ecosystem !== ecosystem) {
    // `Debian:12` applies to Debian 12 only; an entry without a release applies to every release.
    if (p.ecosystem.includes(':') || p.ecosystem !== baseEcosystem(ecosystem)) return false;
  }
  let name = entryNames.get(entry);
  if (name === undefined) {
    name = normalizePackageName(p.ecosystem, p.name);
    entryNames.set(entry, name);
  }
  return name === normalizedName;
}

const entryNames = new WeakMap<OsvAffected, string>();

// Per record: its affected[] entries by normalised package name. Distro records list dozens of binary
// packages each (AlmaLinux), so scanning every entry for every package would dominate the matcher.
const entriesByName = new WeakMap<OsvRecord, Map<string, OsvAffected[]>>();
const NONE: readonly OsvAffected[] = [];

function entriesNamed(record: OsvRecord, normalizedName: string): readonly OsvAffected[] {
  const affected = record.affected;
  if (!affected || affected.length === 0) return NONE;
  if (affected.length <= 4) return affected; // not worth an index
  let index = entriesByName.get(record);
  if (!index) {
    index = new Map();
    for (const entry of affected) {
      if (!entry.package) continue;
      const name = normalizePackageName(entry.package.ecosystem, entry.package.name);
      const list = index.get(name);
      if (list) list.push(entry);
      else index.set(name, [entry]);
    }
    entriesByName.set(record, index);
  }
  return index.get(normalizedName) ?? NONE;
}

/**
 * Whether the version is listed in `versions[]`. Exact strings always count. Equality under the scheme
 * (PyPI `1.0` is `1.0.0`) is only looked for when the entry has no range we could evaluate: when it has
 * one, the range check has already decided every version the list enumerates, and scanning lists of
 * hundreds of versions for every package would dominate the matcher's time.
 */
function listed(
  entry: OsvAffected,
  version: string,
  scheme: CachedScheme | undefined,
  valid: boolean,
  rangeEvaluated: boolean,
): boolean {
  const versions = entry.versions;
  if (!versions || versions.length === 0) return false;
  let set = versionSets.get(entry);
  if (!set) {
    set = new Set(versions);
    versionSets.set(entry, set);
  }
  if (set.has(version)) return true;
  if (!scheme || !valid || rangeEvaluated) return false;
  for (const v of versions) if (scheme.isValid(v) && scheme.compare(version, v) === 0) return true;
  return false;
}

/**
 * The match of one record against one package, or undefined when the record does not affect it.
 * `normalizedName` may be passed when the caller already has it (hot loop).
 */
export function matchRecord(
  record: OsvRecord,
  pkg: PackageKey,
  scheme: VersionScheme | undefined,
  normalizedName: string = normalizePackageName(pkg.ecosystem, pkg.name),
): RecordMatch | undefined {
  if (record.withdrawn) return undefined;
  const s = scheme ? cachedScheme(scheme) : undefined;
  const valid = s !== undefined && s.isValid(pkg.version);
  let entries: OsvAffected[] | undefined;
  const fixes: string[] = [];
  for (const entry of entriesNamed(record, normalizedName)) {
    if (!entryApplies(entry, pkg.ecosystem, normalizedName)) continue;
    let hit = false;
    let evaluated = false;
    if (valid) {
      for (const range of entry.ranges ?? []) {
        if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') continue;
        const prepared = prepareRange(range, s);
        if (!prepared) continue;
        evaluated = true;
        if (inRange(prepared, pkg.version, s, fixes)) hit = true;
      }
    }
    if (!hit && listed(entry, pkg.version, s, valid, evaluated)) {
      hit = true;
      // Listed but in no range we could evaluate: any fix above the version is still worth naming.
      if (valid) collectFixesAbove(entry, pkg.version, s, fixes);
    }
    if (hit) (entries ??= []).push(entry);
  }
  return entries ? { record, entries, fixes } : undefined;
}

function collectFixesAbove(entry: OsvAffected, version: string, scheme: CachedScheme, fixes: string[]): void {
  for (const range of entry.ranges ?? []) {
    if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') continue;
    const prepared = prepareRange(range, scheme);
    if (!prepared) continue;
    for (const e of prepared.events) {
      if (e.kind === 'fixed' && scheme.compare(e.version, version) > 0) pushUnique(fixes, e.version);
    }
  }
}

/** Whether the record affects the package (OSV evaluation; see the module comment). */
export function affects(record: OsvRecord, pkg: PackageKey, scheme: VersionScheme | undefined): boolean {
  return matchRecord(record, pkg, scheme) !== undefined;
}
