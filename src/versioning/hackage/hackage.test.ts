import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failuresIn, parseVectorFile } from '../vector-file.js';
import { hackage } from './index.js';

const cases = readFileSync(new URL('./cases.txt', import.meta.url), 'utf8');

describe('hackage version scheme', () => {
  it('has the folder name as id', () => {
    expect(hackage.id).toBe('hackage');
  });

  it('holds every hand-written vector in cases.txt both ways', () => {
    expect(parseVectorFile(cases).malformed).toEqual([]);
    expect(parseVectorFile(cases).vectors).toHaveLength(6);
    expect(failuresIn(hackage, cases)).toEqual([]);
  });

  it('accepts well-formed versions and rejects malformed ones', () => {
    for (const v of ['0.1.0.0', '2']) expect(hackage.isValid(v), v).toBe(true);
    for (const v of ['', '1.0-1', '1.', 'v1.0']) expect(hackage.isValid(v), v).toBe(false);
  });
});
