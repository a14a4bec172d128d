/**
 * CRAN (R) version ordering, as R's `package_version()` / `compareVersion()`: non-negative integers
 * separated by `.` or `-`, compared numerically one by one; when one is a prefix of the other the
 * longer is greater (1.8 < 1.8.0). https://stat.ethz.ch/R-manual/R-devel/library/base/html/numeric_version.html
 * R requires at least two components for a package; advisories also use single numbers, so one is accepted.
 */
import type { VersionScheme } from '../types.js';

const VALID = /^\d+([.-]\d+)*$/;

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function compareCran(a: string, b: string): number {
  if (a === b) return 0;
  const x = a.trim().split(/[.-]/);
  const y = b.trim().split(/[.-]/);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = compareDigits(x[i], y[i]);
    if (d !== 0) return d;
  }
  return Math.sign(x.length - y.length);
}

export const cran: VersionScheme = {
  id: 'cran',
  compare: compareCran,
  isValid: (version) => VALID.test(version.trim()),
};
