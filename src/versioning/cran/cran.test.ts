import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failuresIn, parseVectorFile } from '../vector-file.js';
import { cran } from './index.js';

const cases = readFileSync(new URL('./cases.txt', import.meta.url), 'utf8');

describe('cran version scheme', () => {
  it('has the folder name as id', () => {
    expect(cran.id).toBe('cran');
  });

  it('holds every hand-written vector in cases.txt both ways', () => {
    expect(parseVectorFile(cases).malformed).toEqual([]);
    expect(parseVectorFile(cases).vectors).toHaveLength(7);
    expect(failuresIn(cran, cases)).toEqual([]);
  });

  it('accepts well-formed versions and rejects malformed ones', () => {
    for (const v of ['1.0-1', '0.9.12', '2']) expect(cran.isValid(v), v).toBe(true);
    for (const v of ['', '1.0a', '1..0', '1.0-']) expect(cran.isValid(v), v).toBe(false);
  });
});
