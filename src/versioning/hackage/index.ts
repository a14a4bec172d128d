/**
 * Hackage (Haskell) version ordering per the Package Versioning Policy: dot-separated non-negative
 * integers compared lexicographically as integer lists, so a prefix sorts first (1.0 < 1.0.0).
 * https://pvp.haskell.org/ and Cabal's `Distribution.Types.Version` (Ord on the component list).
 */
import type { VersionScheme } from '../types.js';

const VALID = /^\d+(\.\d+)*$/;

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function compareHackage(a: string, b: string): number {
  if (a === b) return 0;
  const x = a.trim().split('.');
  const y = b.trim().split('.');
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = compareDigits(x[i], y[i]);
    if (d !== 0) return d;
  }
  return Math.sign(x.length - y.length);
}

export const hackage: VersionScheme = {
  id: 'hackage',
  compare: compareHackage,
  isValid: (version) => VALID.test(version.trim()),
};
