/**
 * Pub (Dart) version ordering, as package:pub_semver's `Version.compareTo`:
 * https://github.com/dart-lang/pub_semver/blob/master/lib/src/version.dart
 * Like SemVer 2.0, except that build metadata is NOT ignored: a version with a build sorts after the
 * same version without one (1.0.0 < 1.0.0+build), and builds compare like pre-release identifiers.
 * Pre-release / build identifiers: split on `.`, numbers before strings, numbers numerically,
 * strings by ASCII; a shorter list that is a prefix sorts first.
 * Lenient like osv-scalibr: a `v` prefix is ignored, missing minor/patch are 0, components after the
 * third are treated as build identifiers.
 */
import type { VersionScheme } from '../types.js';

interface PubVersion {
  /** major, minor, patch as digit strings (any length). */
  release: [string, string, string];
  pre: string[];
  build: string[];
}

const PARSE = /^[vV]?(\d+)(?:\.(\d+))?(?:\.(\d+))?((?:\.\d+)*)(?:-([^+]*))?(?:\+(.*))?$/;
const VALID =
  /^[vV]?\d+(?:\.\d+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

function parse(version: string): PubVersion | undefined {
  const m = PARSE.exec(version.trim());
  if (m === null) return undefined;
  const extra = m[4] ? m[4].slice(1).split('.') : [];
  const build = m[6] !== undefined ? m[6].split('.') : [];
  return {
    release: [m[1], m[2] ?? '0', m[3] ?? '0'],
    pre: m[5] !== undefined ? m[5].split('.') : [],
    build: [...extra, ...build],
  };
}

/** pub_semver `_compareLists`: numbers < strings, shorter prefix first. */
function compareIdentifiers(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const an = /^\d+$/.test(a[i]);
    const bn = /^\d+$/.test(b[i]);
    let d: number;
    if (an && bn) d = compareDigits(a[i], b[i]);
    else if (an !== bn) d = an ? -1 : 1;
    else d = a[i] < b[i] ? -1 : a[i] > b[i] ? 1 : 0;
    if (d !== 0) return d;
  }
  return Math.sign(a.length - b.length);
}

export function comparePub(a: string, b: string): number {
  if (a === b) return 0;
  const x = parse(a);
  const y = parse(b);
  // Unparseable strings are never range-matched (isValid); order them after valid ones, by text, to stay total.
  if (x === undefined || y === undefined) {
    if (x !== undefined) return -1;
    if (y !== undefined) return 1;
    return a < b ? -1 : 1;
  }
  for (let i = 0; i < 3; i++) {
    const d = compareDigits(x.release[i], y.release[i]);
    if (d !== 0) return d;
  }
  // A pre-release sorts before the release itself.
  if (x.pre.length === 0 || y.pre.length === 0) {
    if (x.pre.length !== y.pre.length) return x.pre.length === 0 ? 1 : -1;
  } else {
    const d = compareIdentifiers(x.pre, y.pre);
    if (d !== 0) return d;
  }
  // A build sorts after the plain version.
  if (x.build.length === 0 || y.build.length === 0) return Math.sign(x.build.length - y.build.length);
  return compareIdentifiers(x.build, y.build);
}

export const pub: VersionScheme = {
  id: 'pub',
  compare: comparePub,
  isValid: (version) => VALID.test(version.trim()),
};
