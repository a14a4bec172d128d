import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failuresIn, parseVectorFile } from '../vector-file.js';
import { legacyKey, pep440 } from './index.js';

const cases = readFileSync(new URL('./cases.txt', import.meta.url), 'utf8');

describe('pep440 scheme', () => {
  it('holds every hand-written vector in cases.txt both ways', () => {
    expect(parseVectorFile(cases)).toEqual(expect.objectContaining({ malformed: [] }));
    expect(parseVectorFile(cases).vectors).toHaveLength(27);
    expect(failuresIn(pep440, cases)).toEqual([]);
  });

  it('builds packaging LegacyVersion keys', () => {
    // Worked by hand from packaging 21.3 _legacy_cmpkey: numbers zero-padded to 8, words prefixed with '*',
    // '-' becomes 'final-', dropped before any word that sorts below 'final' ('doduo'), kept before 'post';
    // 'rc'/'pre' become 'c'; trailing zeros of a numeric run dropped.
    expect(legacyKey('0.9-doduo')).toEqual(['00000000', '00000009', '*doduo', '*final']);
    expect(legacyKey('1.0-post')).toEqual(['00000001', '*final-', '*post', '*final']);
    expect(legacyKey('1.0-rc1')).toEqual(['00000001', '*c', '00000001', '*final']);
    expect(legacyKey('2.0.0.x')).toEqual(['00000002', '*x', '*final']);
  });

  it('treats PEP 440 versions and legacy versions that start with a digit as valid', () => {
    for (const v of [
      '1.0',
      '1!2.0.post1.dev3+local.7',
      'v1.0',
      '1.0-1',
      '0.9-doduo',
      '2013-01-21T20:33:09+0100',
    ]) {
      expect(pep440.isValid(v), v).toBe(true);
    }
    for (const v of ['', 'latest', 'dev', '-class.-jw.util.version.version-pre']) {
      expect(pep440.isValid(v), v).toBe(false);
    }
  });
});
