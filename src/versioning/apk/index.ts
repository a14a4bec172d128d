/**
 * Alpine (apk-tools) version ordering, also used by Chainguard and Wolfi. Grammar
 * (https://gitlab.alpinelinux.org/alpine/apk-tools/-/blob/master/doc/apk-package.5.scd, "pkgver"):
 *   number{.number}...{letter}{_suffix{number}}...{~hash}{-r#}
 * Compared in that order:
 * - numbers: numerically; except that after the first one, a number with a leading zero is compared
 *   as a string (apk treats it as a decimal fraction: 1.01 < 1.1);
 * - letter: none < a < … < z. apk-tools also accepts digits right after the letter (openssh's
 *   `6.6.2p1`, abuild#10088); they are compared numerically after the letter;
 * - suffixes, position by position: _alpha < _beta < _pre < _rc < (none) < _cvs < _svn < _git < _hg < _p,
 *   then their numbers;
 * - the commit hash is ignored; then -rN (absent is -r0; `.rN`, as some advisories write it, is the same).
 * Strings that do not follow the grammar (e.g. `1.18.-r2`) are invalid, never range-matched, but still
 * ordered totally like osv-scalibr does (its vectors pin this down): the parsed prefix first, then a
 * version with trailing garbage sorts before one without, and two versions that break off before the
 * revision compare as plain strings.
 */
import type { VersionScheme } from '../types.js';

/** Suffix ranks; `''` (no suffix) is the neutral position between pre- and post-release suffixes. */
const SUFFIX_RANK: Readonly<Record<string, number>> = {
  alpha: 0,
  beta: 1,
  pre: 2,
  rc: 3,
  '': 4,
  cvs: 5,
  svn: 6,
  git: 7,
  hg: 8,
  p: 9,
};
const NO_SUFFIX = { rank: 4, number: '0' };

interface ApkVersion {
  original: string;
  numbers: string[];
  letter: string;
  letterNumber: string;
  suffixes: { rank: number; number: string }[];
  revision: string;
  /** Unparsed rest of the string; empty for a valid version. */
  rest: string;
  /** Parsing broke off before the `-r` revision (anything but `-r` followed the recognised parts). */
  broken: boolean;
}

const NUMBERS = /^\d+(?:\.\d+)*/;
const LETTER = /^([a-z])(\d*)/;
const SUFFIX = /^_(alpha|beta|pre|rc|cvs|svn|git|hg|p)(\d*)/;
const HASH = /^~[0-9a-f]+/;
/** `-rN`; advisories also write `.rN` (osv.dev's Alpine converter accepts both). */
const REVISION = /^(?:-r(\d*)|\.r(\d+))/;

function parse(original: string): ApkVersion {
  const v: ApkVersion = {
    original,
    numbers: [],
    letter: '',
    letterNumber: '',
    suffixes: [],
    revision: '0',
    rest: '',
    broken: false,
  };
  let s = original;
  const numbers = NUMBERS.exec(s);
  if (numbers !== null) {
    v.numbers = numbers[0].split('.');
    s = s.slice(numbers[0].length);
  }
  const letter = LETTER.exec(s);
  if (letter !== null) {
    v.letter = letter[1];
    v.letterNumber = letter[2];
    s = s.slice(letter[0].length);
  }
  for (let m = SUFFIX.exec(s); m !== null; m = SUFFIX.exec(s)) {
    v.suffixes.push({ rank: SUFFIX_RANK[m[1]], number: m[2] || '0' });
    s = s.slice(m[0].length);
  }
  const hash = HASH.exec(s);
  if (hash !== null) s = s.slice(hash[0].length);
  if (s.length > 0) {
    const revision = REVISION.exec(s);
    if (revision === null) {
      v.broken = true;
    } else {
      v.revision = revision[1] || revision[2] || '0';
      s = s.slice(revision[0].length);
    }
  }
  v.rest = s;
  return v;
}

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareNumbers(a: string[], b: string[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? '0';
    const y = b[i] ?? '0';
    // apk: after the first component a leading zero makes it a fraction, compared digit by digit.
    const d = i > 0 && (x.startsWith('0') || y.startsWith('0')) ? compareStrings(x, y) : compareDigits(x, y);
    if (d !== 0) return d;
  }
  return 0;
}

function compareParsed(a: ApkVersion, b: ApkVersion): number {
  if (a.broken && b.broken) return compareStrings(a.original, b.original);
  let d = compareNumbers(a.numbers, b.numbers);
  if (d !== 0) return d;
  if (a.letter !== b.letter)
    return a.letter === '' ? -1 : b.letter === '' ? 1 : compareStrings(a.letter, b.letter);
  d = compareDigits(a.letterNumber, b.letterNumber);
  if (d !== 0) return d;
  const n = Math.max(a.suffixes.length, b.suffixes.length);
  for (let i = 0; i < n; i++) {
    const x = a.suffixes[i] ?? NO_SUFFIX;
    const y = b.suffixes[i] ?? NO_SUFFIX;
    if (x.rank !== y.rank) return x.rank < y.rank ? -1 : 1;
    d = compareDigits(x.number, y.number);
    if (d !== 0) return d;
  }
  d = compareDigits(a.revision, b.revision);
  if (d !== 0) return d;
  // Trailing garbage makes a version older than the same version without it.
  if ((a.rest === '') !== (b.rest === '')) return a.rest === '' ? 1 : -1;
  return 0;
}

export function compareApk(a: string, b: string): number {
  if (a === b) return 0;
  return compareParsed(parse(a.trim()), parse(b.trim()));
}

export function isValidApk(version: string): boolean {
  const v = parse(version);
  return v.numbers.length > 0 && !v.broken && v.rest === '';
}

export const apk: VersionScheme = {
  id: 'apk',
  compare: compareApk,
  isValid: isValidApk,
};
