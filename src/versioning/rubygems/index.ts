/**
 * RubyGems ordering: a port of Gem::Version#<=> (rubygems/lib/rubygems/version.rb,
 * https://github.com/rubygems/rubygems/blob/master/lib/rubygems/version.rb).
 *
 * - `-` means pre-release: it is rewritten to `.pre.` (`1.0-1` → `1.0.pre.1`).
 * - Segments are runs of digits or of letters (`1.0.a10` → 1, 0, "a", 10; so `1.0.a10` = `1.0.a.10`).
 * - Canonical segments: trailing zeros are dropped from the numeric run and from the rest
 *   (`1.0.0` = `1`, `1.a.0` = `1.a`).
 * - Compared pairwise, a missing segment counting as 0; a string sorts before a number, so any letter
 *   segment makes a pre-release (`1.2.4.beta` < `1.2.4`); strings compare by byte (case-sensitive).
 * - Numbers are compared exactly, whatever their length.
 *
 * @renovatebot/ruby-semver is not used: it rejects `1beta` and collapses 30-digit numbers (fails 4 of the
 * shared osv-scalibr vectors). Like osv-scalibr we accept letters glued to the first number (`1beta`),
 * which Gem::Version itself rejects; everything else follows Gem::Version::ANCHORED_VERSION_PATTERN.
 */
import type { VersionScheme } from '../types.js';
import { compareDigits } from '../semver/index.js';

/** Digit strings (no leading zeros) and letter strings. */
type Segment = string;

const VALID = /^\s*[0-9][0-9A-Za-z]*(?:\.[0-9A-Za-z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?\s*$/;
const DIGIT = /^[0-9]/;

function isNumber(s: Segment): boolean {
  return DIGIT.test(s);
}

function isZero(s: Segment): boolean {
  return s === '0';
}

/** Gem::Version#canonical_segments, or undefined for an invalid version. */
function canonicalSegments(version: string): Segment[] | undefined {
  if (!VALID.test(version)) return undefined;
  const segments = (
    version
      .trim()
      .replace(/-/g, '.pre.')
      .match(/[0-9]+|[a-z]+/gi) ?? []
  ).map((s) => (isNumber(s) ? s.replace(/^0+(?=.)/, '') : s));
  const firstString = segments.findIndex((s) => !isNumber(s));
  const numeric = firstString < 0 ? segments : segments.slice(0, firstString);
  const rest = firstString < 0 ? [] : segments.slice(firstString);
  while (numeric.length > 0 && isZero(numeric[numeric.length - 1])) numeric.pop();
  while (rest.length > 0 && isZero(rest[rest.length - 1])) rest.pop();
  return numeric.concat(rest);
}

function compareSegments(a: Segment[], b: Segment[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const l = a[i] ?? '0';
    const r = b[i] ?? '0';
    if (l === r) continue;
    const ln = isNumber(l);
    const rn = isNumber(r);
    if (!ln && rn) return -1;
    if (ln && !rn) return 1;
    if (ln) return Math.sign(compareDigits(l, r));
    return l < r ? -1 : 1;
  }
  return 0;
}

export const rubygems: VersionScheme = {
  id: 'rubygems',
  compare(a, b) {
    const sa = canonicalSegments(a);
    const sb = canonicalSegments(b);
    // Invalid versions sort below valid ones (the matcher never ranges over them; compare must not throw).
    if (sa === undefined || sb === undefined) {
      if (sa !== undefined) return 1;
      if (sb !== undefined) return -1;
      return a < b ? -1 : a > b ? 1 : 0;
    }
    return compareSegments(sa, sb);
  },
  isValid: (version) => canonicalSegments(version) !== undefined,
};

export default rubygems;
