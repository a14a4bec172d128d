/**
 * Memoised view of a VersionScheme: validity is checked for every installed version and every range bound
 * of every advisory looked at, over and over, so it is cached per (scheme, version). Pairwise compare()
 * results are not: measured, the pair key costs more than the schemes' own comparison.
 */
import type { VersionScheme } from '../../../versioning/types.js';

export interface CachedScheme {
  readonly id: string;
  compare(a: string, b: string): number;
  isValid(version: string): boolean;
}

/** Upper bound per cache; when reached the cache is dropped (cheap, and scans rarely get near it). */
const MAX_ENTRIES = 500_000;

const cached = new WeakMap<VersionScheme, CachedScheme>();

export function cachedScheme(scheme: VersionScheme): CachedScheme {
  let c = cached.get(scheme);
  if (!c) {
    c = build(scheme);
    cached.set(scheme, c);
  }
  return c;
}

function build(scheme: VersionScheme): CachedScheme {
  let valid = new Map<string, boolean>();
  return {
    id: scheme.id,
    isValid(version) {
      let v = valid.get(version);
      if (v === undefined) {
        try {
          v = version !== '' && scheme.isValid(version);
        } catch {
          v = false;
        }
        if (valid.size >= MAX_ENTRIES) valid = new Map();
        valid.set(version, v);
      }
      return v;
    },
    compare(a, b) {
      // Not memoised per pair: building the pair key costs more than the schemes' own comparison.
      return a === b ? 0 : scheme.compare(a, b);
    },
  };
}
