/**
 * PyPI ordering: PEP 440 (https://packaging.python.org/en/latest/specifications/version-specifiers/) via
 * @renovatebot/pep440 — epochs (`1!1.0`), pre/post/dev releases (`1.0.dev0` < `1.0a0` < `1.0` <
 * `1.0.post1`), implicit post releases (`1.0-1`), local versions (`1.0+local` > `1.0`), normalisation
 * (`1.2b3.DEV4` = `1.2b3.dev4`).
 *
 * Strings that are not PEP 440 (`0.9-doduo`, `2013-01-21T20:33:09+0100`, `0.7.10p1`) still exist on PyPI
 * and in advisories' `versions` lists. Like osv.dev and osv-scalibr, we order them as packaging's
 * LegacyVersion did (packaging < 22, `packaging/version.py`): they sort before every PEP 440 version
 * (legacy epoch -1) and among themselves by their legacy key.
 */
import { compare as pep440Compare, valid as pep440Valid } from '@renovatebot/pep440';
import type { VersionScheme } from '../types.js';

const LEGACY_COMPONENT = /(\d+|[a-z]+|\.|-)/;
const LEGACY_REPLACEMENTS: Record<string, string> = {
  pre: 'c',
  preview: 'c',
  '-': 'final-',
  rc: 'c',
  dev: '@',
};

/** packaging's `_legacy_cmpkey` without the epoch (always -1): a tuple of strings compared in order. */
export function legacyKey(version: string): string[] {
  const parts: string[] = [];
  for (let part of version.toLowerCase().split(LEGACY_COMPONENT)) {
    part = LEGACY_REPLACEMENTS[part] ?? part;
    if (part === '' || part === '.') continue;
    // Numbers are zero-padded to 8 so that string order is numeric order (up to 8 digits, as upstream).
    const item = /^[0-9]/.test(part) ? part.padStart(8, '0') : `*${part}`;
    if (item.startsWith('*')) {
      // A '-' before a pre-release tag does not count; trailing zeros of a numeric run do not count.
      if (item < '*final') while (parts.length > 0 && parts[parts.length - 1] === '*final-') parts.pop();
      while (parts.length > 0 && parts[parts.length - 1] === '00000000') parts.pop();
    }
    parts.push(item);
  }
  // "*final" closes the key so that alpha/beta/candidate tags sort before the plain version.
  while (parts.length > 0 && parts[parts.length - 1] === '00000000') parts.pop();
  parts.push('*final');
  return parts;
}

function compareKeys(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return Math.sign(a.length - b.length);
}

function isPep440(version: string): boolean {
  return pep440Valid(version) !== null;
}

export const pep440: VersionScheme = {
  id: 'pep440',
  compare(a, b) {
    const va = isPep440(a);
    const vb = isPep440(b);
    if (va && vb) return Math.sign(pep440Compare(a, b));
    if (va) return 1;
    if (vb) return -1;
    return compareKeys(legacyKey(a), legacyKey(b));
  },
  /**
   * PEP 440 versions, plus legacy ones that start with a digit (real releases such as `0.9-doduo`). Other
   * strings (`latest`, `-class.-jw…`) are still ordered by compare, but never range-matched.
   */
  isValid: (version) => isPep440(version) || /^\s*[0-9]/.test(version),
};

export default pep440;
