/**
 * Packagist (Composer) version ordering: PHP's `version_compare()` (php-src ext/standard/versioning.c,
 * https://www.php.net/manual/en/function.version-compare.php), which Composer's Comparator uses, on
 * versions with Composer's leading `v` dropped.
 *
 * Canonicalisation: `-`, `_`, `+` and other symbols separate parts, and a part boundary is inserted
 * wherever digits meet letters (1.0rc1 → 1 0 rc 1). Parts compare pairwise: numbers numerically (any
 * size), words by their special-form rank, and a number against a word as if the number were `#`:
 *   any other word < dev < alpha = a < beta = b < RC = rc < # (a number) < pl = p (patch)
 * Words match by prefix as in PHP (`patch` is `p`, `beta2` never occurs since digits split). When one
 * version runs out, a further number makes the longer one newer, a word is compared against `#`
 * (so 1.0 < 1.0.0, 1.0rc1 < 1.0, 1.0 < 1.0pl1). Composer branch versions (`dev-main`) start with
 * `dev` and therefore sort before every release.
 * Words are case-sensitive as in PHP (only RC/rc are both listed): `BETA` is an unknown word, and the
 * upstream vectors generated with real version_compare() depend on that (v1.9.0-ALPHA.1 = v1.9.0-BETA.1).
 * Differences from PHP kept on purpose (osv-scalibr agrees): numbers never overflow, and a literal `#`
 * part stands for a number.
 */
import type { VersionScheme } from '../types.js';

/** PHP's special forms in lookup order; the first whose name prefixes the part wins. */
const SPECIAL_FORMS: readonly (readonly [string, number])[] = [
  ['dev', 0],
  ['alpha', 1],
  ['a', 1],
  ['beta', 2],
  ['b', 2],
  ['RC', 3],
  ['rc', 3],
  ['#', 4],
  ['pl', 5],
  ['p', 5],
];
/** Rank of a word no special form names (PHP returns -6 for it). */
const UNKNOWN_FORM = -6;
const NUMBER_FORM = 4;

function formRank(part: string): number {
  for (const [name, rank] of SPECIAL_FORMS) if (part.startsWith(name)) return rank;
  return UNKNOWN_FORM;
}

const isNumber = (part: string): boolean =>
  part.length > 0 && part.charCodeAt(0) >= 48 && part.charCodeAt(0) <= 57;

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The canonical parts: runs of digits, and runs of letters/`#`; anything else only separates. */
export function packagistParts(version: string): string[] {
  return (
    version
      .trim()
      .replace(/^[vV]+/, '')
      .match(/\d+|[A-Za-z#]+/g) ?? []
  );
}

function comparePart(a: string, b: string): number {
  const an = isNumber(a);
  const bn = isNumber(b);
  if (an && bn) return compareDigits(a, b);
  const ra = an ? NUMBER_FORM : formRank(a);
  const rb = bn ? NUMBER_FORM : formRank(b);
  return Math.sign(ra - rb);
}

function compareParts(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = comparePart(a[i], b[i]);
    if (d !== 0) return d;
  }
  if (a.length > n) return isNumber(a[n]) ? 1 : compareParts(a.slice(n), ['#']);
  if (b.length > n) return isNumber(b[n]) ? -1 : compareParts(['#'], b.slice(n));
  return 0;
}

export function comparePackagist(a: string, b: string): number {
  if (a === b) return 0;
  return compareParts(packagistParts(a), packagistParts(b));
}

/** version_compare orders any string; reject only what cannot be a version (empty, spaces, no digit and not a branch). */
export function isValidPackagist(version: string): boolean {
  if (version.length === 0 || /\s/.test(version)) return false;
  return /\d/.test(version) || /^dev-/i.test(version);
}

export const packagist: VersionScheme = {
  id: 'packagist',
  compare: comparePackagist,
  isValid: isValidPackagist,
};
