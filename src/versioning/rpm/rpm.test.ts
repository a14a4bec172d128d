import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failuresIn, parseVectorFile } from '../vector-file.js';
import { rpm } from './index.js';

const cases = readFileSync(new URL('./cases.txt', import.meta.url), 'utf8');

describe('rpm version scheme', () => {
  it('has the folder name as id', () => {
    expect(rpm.id).toBe('rpm');
  });

  it('holds every hand-written vector in cases.txt both ways', () => {
    expect(parseVectorFile(cases).malformed).toEqual([]);
    expect(parseVectorFile(cases).vectors).toHaveLength(17);
    expect(failuresIn(rpm, cases)).toEqual([]);
  });

  it('accepts well-formed versions and rejects malformed ones', () => {
    for (const v of ['1:2.3-4.el9', '1.0^git1', '1.0~rc1-1.fc40']) expect(rpm.isValid(v), v).toBe(true);
    for (const v of ['', '1.0 1']) expect(rpm.isValid(v), v).toBe(false);
  });
});
