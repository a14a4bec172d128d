import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failuresIn, parseVectorFile } from '../vector-file.js';
import { packagist } from './index.js';

const cases = readFileSync(new URL('./cases.txt', import.meta.url), 'utf8');

describe('packagist version scheme', () => {
  it('has the folder name as id', () => {
    expect(packagist.id).toBe('packagist');
  });

  it('holds every hand-written vector in cases.txt both ways', () => {
    expect(parseVectorFile(cases).malformed).toEqual([]);
    expect(parseVectorFile(cases).vectors).toHaveLength(26);
    expect(failuresIn(packagist, cases)).toEqual([]);
  });

  it('accepts well-formed versions and rejects malformed ones', () => {
    for (const v of ['1.0.0', 'v2.3.4-beta1', 'dev-main', '1.0.0-p1'])
      expect(packagist.isValid(v), v).toBe(true);
    for (const v of ['', '1.0 beta', 'latest']) expect(packagist.isValid(v), v).toBe(false);
  });
});
