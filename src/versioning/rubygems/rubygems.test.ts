import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failuresIn, parseVectorFile } from '../vector-file.js';
import { rubygems } from './index.js';

const cases = readFileSync(new URL('./cases.txt', import.meta.url), 'utf8');

describe('rubygems scheme', () => {
  it('holds every hand-written vector in cases.txt both ways', () => {
    expect(parseVectorFile(cases)).toEqual(expect.objectContaining({ malformed: [] }));
    expect(parseVectorFile(cases).vectors).toHaveLength(20);
    expect(failuresIn(rubygems, cases)).toEqual([]);
  });

  it('accepts Gem::Version strings (and letters glued to the first number, as osv-scalibr does)', () => {
    for (const v of ['1', '1.0', '1.0.0.rc1', '1.0-rc1', '3.2.0.beta2', '1beta', ' 1.2 ']) {
      expect(rubygems.isValid(v), v).toBe(true);
    }
  });

  it('rejects what Gem::Version rejects', () => {
    for (const v of ['', 'beta', '.1', '1..2', '1.0_1', '1.0 1', '>= 1.0', '1.0-']) {
      expect(rubygems.isValid(v), v).toBe(false);
    }
  });

  it('orders invalid strings below valid ones without throwing', () => {
    expect(rubygems.compare('beta', '0')).toBeLessThan(0);
    expect(rubygems.compare('0', 'beta')).toBeGreaterThan(0);
    expect(rubygems.compare('beta', 'beta')).toBe(0);
  });
});
