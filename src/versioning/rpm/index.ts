/**
 * RPM version ordering (Red Hat, AlmaLinux, Rocky Linux, openSUSE/SUSE, Mageia): `[epoch:]version[-release]`
 * compared field by field with `rpmvercmp`, including `~` (sorts before anything, even the end) and `^`
 * (sorts after the end but before anything else).
 * Spec: https://rpm-software-management.github.io/rpm/manual/dependencies.html#versioning and
 * rpmvercmp in https://github.com/rpm-software-management/rpm/blob/master/rpmio/rpmver.c
 */
import type { VersionScheme } from '../types.js';

interface Evr {
  epoch: string;
  version: string;
  /** undefined when the string has no `-release`: it then sorts before any release. */
  release: string | undefined;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** rpmvercmp only looks at ASCII alphanumerics, `~` and `^`; everything else (incl. non-ASCII) only separates. */
const isSeparator = (c: number): boolean => !isDigit(c) && !isAlpha(c) && c !== 126 && c !== 94;

/** rpmvercmp(3): segment-by-segment comparison of one field. */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && isSeparator(a.charCodeAt(i))) i++;
    while (j < b.length && isSeparator(b.charCodeAt(j))) j++;

    const ca = i < a.length ? a.charCodeAt(i) : -1;
    const cb = j < b.length ? b.charCodeAt(j) : -1;
    // `~` sorts before everything, including the end of the string (1.0~rc1 < 1.0).
    if (ca === 126 || cb === 126) {
      if (ca !== 126) return 1;
      if (cb !== 126) return -1;
      i++;
      j++;
      continue;
    }
    // `^` sorts after the end of the string but before anything else (1.0 < 1.0^git1 < 1.0.1).
    if (ca === 94 || cb === 94) {
      if (ca === -1) return -1;
      if (cb === -1) return 1;
      if (ca !== 94) return 1;
      if (cb !== 94) return -1;
      i++;
      j++;
      continue;
    }
    if (ca === -1 || cb === -1) break;

    // The segment type is decided by `a`: a run of digits or a run of letters from both strings.
    const numeric = isDigit(ca);
    const same = numeric ? isDigit : isAlpha;
    const si = i;
    const sj = j;
    while (i < a.length && same(a.charCodeAt(i))) i++;
    while (j < b.length && same(b.charCodeAt(j))) j++;
    let sa = a.slice(si, i);
    let sb = b.slice(sj, j);
    // Different segment types: a number is newer than letters.
    if (sb.length === 0) return numeric ? 1 : -1;
    if (numeric) {
      sa = sa.replace(/^0+/, '');
      sb = sb.replace(/^0+/, '');
      if (sa.length !== sb.length) return sa.length > sb.length ? 1 : -1;
    }
    if (sa !== sb) return sa < sb ? -1 : 1;
  }
  // Equal so far: whichever still has characters left wins (after separators were skipped above).
  const restA = i < a.length;
  const restB = j < b.length;
  return restA === restB ? 0 : restA ? 1 : -1;
}

/** Epoch only when the part before the first `:` is all digits (module versions carry other colons). */
function parse(version: string): Evr {
  let rest = version;
  let epoch = '0';
  const colon = version.indexOf(':');
  if (colon >= 0 && /^\d+$/.test(version.slice(0, colon))) {
    epoch = version.slice(0, colon);
    rest = version.slice(colon + 1);
  }
  const hyphen = rest.lastIndexOf('-');
  if (hyphen < 0) return { epoch, version: rest, release: undefined };
  return { epoch, version: rest.slice(0, hyphen), release: rest.slice(hyphen + 1) };
}

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function compareRpm(a: string, b: string): number {
  if (a === b) return 0;
  const x = parse(a);
  const y = parse(b);
  const byEpoch = Math.sign(compareDigits(x.epoch, y.epoch));
  if (byEpoch !== 0) return byEpoch;
  const byVersion = rpmvercmp(x.version, y.version);
  if (byVersion !== 0) return byVersion;
  if (x.release === undefined || y.release === undefined) {
    return x.release === y.release ? 0 : x.release === undefined ? -1 : 1;
  }
  return rpmvercmp(x.release, y.release);
}

/** RPM accepts almost anything; reject only empty strings and whitespace (never part of an EVR). */
export function isValidRpm(version: string): boolean {
  return version.length > 0 && !/\s/.test(version);
}

export const rpm: VersionScheme = {
  id: 'rpm',
  compare: compareRpm,
  isValid: isValidRpm,
};
