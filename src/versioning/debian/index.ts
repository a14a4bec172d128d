/**
 * Debian (dpkg) version ordering, as `dpkg --compare-versions` does it; also used for Ubuntu.
 * Format `[epoch:]upstream_version[-debian_revision]`:
 * https://www.debian.org/doc/debian-policy/ch-controlfields.html#version
 * Algorithm: `verrevcmp` in dpkg's lib/dpkg/version.c (https://git.dpkg.org/cgit/dpkg/dpkg.git/tree/lib/dpkg/version.c).
 */
import type { VersionScheme } from '../types.js';

interface DebianVersion {
  /** Digits only, `0` when absent. */
  epoch: string;
  upstream: string;
  /** `''` when absent, which dpkg orders exactly like `0`. */
  revision: string;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Weight of the character at `i` in dpkg's `order()`: `~` before end-of-string before letters before other symbols. */
function order(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (isDigit(c)) return 0;
  if (isAlpha(c)) return c;
  if (c === 126 /* ~ */) return -1;
  return c + 256;
}

/** dpkg's verrevcmp: alternate non-digit runs (compared by `order`) and digit runs (compared numerically). */
function verrevcmp(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigit(a.charCodeAt(i))) || (j < b.length && !isDigit(b.charCodeAt(j)))) {
      const d = order(a, i) - order(b, j);
      if (d !== 0) return d;
      i++;
      j++;
    }
    while (a.charCodeAt(i) === 48) i++;
    while (b.charCodeAt(j) === 48) j++;
    // Digit runs of any length (no overflow): the longer run wins, else the first differing digit.
    let firstDiff = 0;
    while (i < a.length && j < b.length && isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      if (firstDiff === 0) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (i < a.length && isDigit(a.charCodeAt(i))) return 1;
    if (j < b.length && isDigit(b.charCodeAt(j))) return -1;
    if (firstDiff !== 0) return firstDiff;
  }
  return 0;
}

/** Compares two digit strings of any length as integers. */
function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Splits like dpkg's parseversion: epoch before the first `:`, revision after the last `-`. */
function parse(version: string): DebianVersion {
  let rest = version.trim();
  let epoch = '0';
  const colon = rest.indexOf(':');
  if (colon >= 0 && /^\d+$/.test(rest.slice(0, colon))) {
    epoch = rest.slice(0, colon);
    rest = rest.slice(colon + 1);
  }
  const hyphen = rest.lastIndexOf('-');
  if (hyphen < 0) return { epoch, upstream: rest, revision: '' };
  return { epoch, upstream: rest.slice(0, hyphen), revision: rest.slice(hyphen + 1) };
}

export function compareDebian(a: string, b: string): number {
  if (a === b) return 0;
  const x = parse(a);
  const y = parse(b);
  return (
    Math.sign(compareDigits(x.epoch, y.epoch)) ||
    Math.sign(verrevcmp(x.upstream, y.upstream)) ||
    Math.sign(verrevcmp(x.revision, y.revision))
  );
}

/**
 * dpkg's parseversion rules: numeric epoch, non-empty upstream made of alphanumerics and `.+~-:`
 * (`-` only when a revision follows), non-empty revision made of alphanumerics and `.+~`.
 * dpkg only warns when upstream does not start with a digit, so that is accepted.
 */
export function isValidDebian(version: string): boolean {
  if (version.length === 0 || /\s/.test(version)) return false;
  let rest = version;
  const colon = version.indexOf(':');
  if (colon >= 0) {
    if (!/^\d+$/.test(version.slice(0, colon))) return false;
    rest = version.slice(colon + 1);
  }
  const hyphen = rest.lastIndexOf('-');
  const upstream = hyphen < 0 ? rest : rest.slice(0, hyphen);
  if (!/^[A-Za-z0-9.+~:-]+$/.test(upstream)) return false;
  if (hyphen >= 0 && !/^[A-Za-z0-9.+~]+$/.test(rest.slice(hyphen + 1))) return false;
  return true;
}

export const debian: VersionScheme = {
  id: 'debian',
  compare: compareDebian,
  isValid: isValidDebian,
};
