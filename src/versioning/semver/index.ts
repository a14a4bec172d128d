/**
 * SemVer 2.0 ordering (https://semver.org/#spec-item-11) as OSV applies it to npm, crates.io, Go and Hex
 * (https://ossf.github.io/osv-schema/#affectedrangestype-field), with the leniency real advisories and
 * inventories need:
 *
 * - A leading `v`/`V` is ignored: Go module versions are `v1.2.3` in go.mod but `1.2.3` in OSV records.
 * - Build metadata (`+…`) is ignored, so Go's `+incompatible` (v2.0.0+incompatible) equals 2.0.0, as in
 *   golang.org/x/mod/semver.Compare.
 * - Go pseudo-versions (`v0.0.0-20200823014737-9f7001d12a5f`, `v1.2.4-0.20200823014737-9f7001d12a5f`,
 *   `v1.2.3-pre.0.20200823014737-…`) need nothing special: they are SemVer pre-releases whose fixed-width
 *   timestamp identifier sorts correctly (https://go.dev/ref/mod#pseudo-versions).
 * - Numbers of any length are compared exactly (no float/int overflow).
 * - Not strictly SemVer, yet seen in npm/crates advisories and lockfiles: the release part may have any
 *   number of numeric components, missing ones count as 0 (`1.2` = `1.2.0`, `1.2.3.4` > `1.2.3` =
 *   `1.2.3.0`); leading zeros are numeric (`01` = `1`); a pre-release may follow without its `-`
 *   (`1.0.0beta1` orders as `1.0.0-beta1`). We coerce rather than reject so that a
 *   sloppy `fixed` value still bounds its range; anything else (empty, no leading number, wildcards like `1.x`,
 *   characters outside [0-9A-Za-z.-] in the pre-release, empty identifiers) is invalid.
 *
 * The same comparator, case-insensitive in the pre-release, is NuGet's (../nuget/index.ts).
 */
import type { VersionScheme } from '../types.js';

/** A parsed version: release numbers (digit strings without leading zeros) and pre-release identifiers. */
export interface SemverLike {
  release: string[];
  /** Empty for a release; otherwise the dot-separated identifiers after `-`. */
  prerelease: string[];
}

const NUMERIC = /^[0-9]+$/;
const IDENTIFIER = /^[0-9A-Za-z-]+$/;

function stripZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return i === 0 ? digits : digits.slice(i);
}

/** Exact numeric order of two digit strings without leading zeros. */
export function compareDigits(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Parses leniently (see the module comment); undefined when the string cannot be ordered. */
export function parseSemverLike(input: string): SemverLike | undefined {
  let s = input.trim();
  if (s.startsWith('v') || s.startsWith('V')) s = s.slice(1);
  const plus = s.indexOf('+');
  if (plus >= 0) s = s.slice(0, plus);
  const m = /^([0-9]+(?:\.[0-9]+)*)(.*)$/.exec(s);
  if (m === null) return undefined;
  const release = m[1].split('.').map(stripZeros);
  let rest = m[2];
  if (rest === '') return { release, prerelease: [] };
  if (rest.startsWith('-')) rest = rest.slice(1);
  else if (!/^[A-Za-z]/.test(rest)) return undefined;
  const prerelease = rest.split('.');
  for (const id of prerelease) if (!IDENTIFIER.test(id)) return undefined;
  return { release, prerelease };
}

function compareIdentifiers(a: string, b: string, foldCase: boolean): number {
  const an = NUMERIC.test(a);
  const bn = NUMERIC.test(b);
  // §11.4.1–3: numeric identifiers compare numerically and sort before alphanumeric ones.
  if (an && bn) return compareDigits(stripZeros(a), stripZeros(b));
  if (an) return -1;
  if (bn) return 1;
  if (foldCase) {
    a = a.toLowerCase();
    b = b.toLowerCase();
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders two parsed versions; `foldCase` compares pre-release labels case-insensitively (NuGet). */
export function compareSemverLike(a: SemverLike, b: SemverLike, foldCase: boolean): number {
  const n = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < n; i++) {
    const c = compareDigits(a.release[i] ?? '0', b.release[i] ?? '0');
    if (c !== 0) return c;
  }
  // §11.3: a pre-release sorts before its release.
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return (b.prerelease.length === 0 ? 0 : 1) - (a.prerelease.length === 0 ? 0 : 1);
  }
  const m = Math.min(a.prerelease.length, b.prerelease.length);
  for (let i = 0; i < m; i++) {
    const c = compareIdentifiers(a.prerelease[i], b.prerelease[i], foldCase);
    if (c !== 0) return c;
  }
  // §11.4.4: more identifiers sort higher when all before are equal.
  return a.prerelease.length - b.prerelease.length;
}

/**
 * Invalid strings sort below every valid version and equal to each other only when identical, so that
 * compare never throws and stays a consistent order; the matcher checks isValid first anyway.
 */
export function compareWith(parse: (s: string) => SemverLike | undefined, foldCase: boolean) {
  return (a: string, b: string): number => {
    const pa = parse(a);
    const pb = parse(b);
    if (pa === undefined || pb === undefined) {
      if (pa !== undefined) return 1;
      if (pb !== undefined) return -1;
      return a < b ? -1 : a > b ? 1 : 0;
    }
    const c = compareSemverLike(pa, pb, foldCase);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  };
}

export const semver: VersionScheme = {
  id: 'semver',
  compare: compareWith(parseSemverLike, false),
  isValid: (version) => parseSemverLike(version) !== undefined,
};

export default semver;
