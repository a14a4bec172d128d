/**
 * Maven ordering, written from the POM reference's "Version Order Specification"
 * (https://maven.apache.org/pom.html#version-order-specification), which is what osv.dev and osv-scalibr
 * implement and what the shared vectors encode:
 *
 * - Case-insensitive. The version is split into tokens at `.` and `-` and at every digit/letter transition;
 *   each token remembers its separator, and a transition counts as `-` (`1a1` = `1-a-1`). Empty tokens are 0.
 * - `a`, `b`, `m` directly followed by a digit mean alpha, beta, milestone (`1m3` = `1-milestone-3`);
 *   `cr` = `rc`; `ga`, `final`, `release` = "" (the release itself).
 * - Trailing "null" tokens (0 and "") are trimmed, then again before each remaining `-` from the end
 *   (`1.0.0-foo.0.0` = `1-foo`, `1-ga-1` = `1-1`, `1.0` = `1`).
 * - Tokens compare pairwise. Same separator: numbers numerically (any length, MNG-6572), numbers after
 *   qualifiers, qualifiers alpha < beta < milestone < rc < snapshot < "" < sp < any other word (words
 *   alphabetically). Different separators: `.qualifier` < `-qualifier` < `-number` < `.number`.
 * - A missing token (the shorter version) is a null of the other's kind: a number is above it unless 0;
 *   a qualifier compares against "" (so `1-rc` < `1` < `1-sp`, `1.foo` > `1`).
 *
 * This differs from org.apache.maven.artifact.versioning.ComparableVersion (Maven 3.x) in one known corner:
 * ComparableVersion keeps `1-ga-1` below `1-1`, the specification (and the vectors) make them equal.
 */
import type { VersionScheme } from '../types.js';
import { compareDigits } from '../semver/index.js';

interface Token {
  /** Separator before the token: '' for the first, '.' or '-' (also for a digit/letter transition). */
  sep: '' | '.' | '-';
  num: boolean;
  /** Digits without leading zeros, or a lower-case qualifier with aliases applied. */
  value: string;
}

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const RELEASE = QUALIFIERS.indexOf('');
const ALIASES: Record<string, string> = { cr: 'rc', ga: '', final: '', release: '' };
const SHORT: Record<string, string> = { a: 'alpha', b: 'beta', m: 'milestone' };

/** The version's tokens after trimming. */
export function mavenTokens(version: string): Token[] {
  const v = version.toLowerCase();
  const tokens: Token[] = [];
  // Split at separators; inside a part, at digit/letter transitions ("any non-digit is a character").
  const parts = v.split(/([.-])/);
  for (let p = 0; p < parts.length; p += 2) {
    const part = parts[p];
    let sep: Token['sep'] = p === 0 ? '' : (parts[p - 1] as '.' | '-');
    const pieces = part === '' ? [''] : (part.match(/[0-9]+|[^0-9]+/g) ?? ['']);
    for (let i = 0; i < pieces.length; i++) {
      if (i > 0) sep = '-';
      let piece = pieces[i] === '' ? '0' : pieces[i];
      const num = piece.charCodeAt(0) >= 48 && piece.charCodeAt(0) <= 57;
      if (num) piece = piece.replace(/^0+(?=.)/, '');
      else {
        if (i + 1 < pieces.length) piece = SHORT[piece] ?? piece; // followed by a digit
        piece = ALIASES[piece] ?? piece;
      }
      tokens.push({ sep, num, value: piece });
    }
  }
  // Trim trailing nulls, then the nulls before each remaining hyphen, from the end (the first token stays).
  let i = tokens.length - 1;
  while (i > 0) {
    if (isNull(tokens[i])) {
      tokens.splice(i, 1);
      i--;
      continue;
    }
    while (i >= 0 && tokens[i].sep !== '-') i--;
    i--;
  }
  return tokens;
}

function isNull(t: Token): boolean {
  return t.value === (t.num ? '0' : '');
}

function qualifierRank(q: string): number {
  const i = QUALIFIERS.indexOf(q);
  return i < 0 ? QUALIFIERS.length : i;
}

function compareQualifiers(a: string, b: string): number {
  const ra = qualifierRank(a);
  const rb = qualifierRank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (ra === QUALIFIERS.length) return a < b ? -1 : a > b ? 1 : 0;
  return 0;
}

/** A token against the missing token of a shorter version. */
function compareToNull(t: Token): number {
  if (t.num) return t.value === '0' ? 0 : 1;
  const r = qualifierRank(t.value);
  return r < RELEASE ? -1 : r > RELEASE ? 1 : 0;
}

/** `.qualifier` < `-qualifier` < `-number` < `.number` (the first token's '' counts as '.'). */
function kindOrder(t: Token): number {
  if (t.num) return t.sep === '-' ? 2 : 3;
  return t.sep === '-' ? 1 : 0;
}

function compareTokens(a: Token, b: Token): number {
  const sameSep = a.sep === b.sep || (a.sep !== '-' && b.sep !== '-');
  if (!sameSep) return Math.sign(kindOrder(a) - kindOrder(b));
  if (a.num && b.num) return Math.sign(compareDigits(a.value, b.value));
  if (a.num) return 1;
  if (b.num) return -1;
  return compareQualifiers(a.value, b.value);
}

function compareMaven(a: string, b: string): number {
  const ta = mavenTokens(a);
  const tb = mavenTokens(b);
  const n = Math.max(ta.length, tb.length);
  for (let i = 0; i < n; i++) {
    const l = ta[i];
    const r = tb[i];
    const c = l === undefined ? -compareToNull(r) : r === undefined ? compareToNull(l) : compareTokens(l, r);
    if (c !== 0) return c;
  }
  return 0;
}

export const maven: VersionScheme = {
  id: 'maven',
  compare: compareMaven,
  /** Maven orders any string; we only refuse blanks and whitespace, which no Maven version has. */
  isValid: (version) => version.length > 0 && !/\s/.test(version),
};

export default maven;
