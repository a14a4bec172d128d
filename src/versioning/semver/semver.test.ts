import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failuresIn, parseVectorFile } from '../vector-file.js';
import { semver } from './index.js';

const cases = readFileSync(new URL('./cases.txt', import.meta.url), 'utf8');

describe('semver scheme', () => {
  it('holds every hand-written vector in cases.txt both ways', () => {
    expect(parseVectorFile(cases)).toEqual(expect.objectContaining({ malformed: [] }));
    expect(parseVectorFile(cases).vectors).toHaveLength(37);
    expect(failuresIn(semver, cases)).toEqual([]);
  });

  it('accepts SemVer, Go and coercible versions', () => {
    for (const v of [
      '1.2.3',
      'v1.2.3',
      '1.2',
      '1',
      '1.2.3.4',
      '1.0.0-rc.1+build.5',
      '2.0.0+incompatible',
      'v0.0.0-20200823014737-9f7001d12a5f',
      '1.0.0beta1',
      ' 1.2.3 ',
    ]) {
      expect(semver.isValid(v), v).toBe(true);
    }
  });

  it('rejects what cannot be ordered', () => {
    for (const v of [
      '',
      'latest',
      'abc',
      '*',
      '1.x',
      '1.2.x',
      '>=1.0.0',
      '1.2.3-',
      '1.2.3-beta..1',
      '1.2.3-be ta',
      '1.2.3_4',
      'vv1.2.3',
    ]) {
      expect(semver.isValid(v), v).toBe(false);
    }
  });

  it('orders invalid strings below valid ones without throwing', () => {
    expect(semver.compare('latest', '0.0.0-0')).toBeLessThan(0);
    expect(semver.compare('0.0.0-0', 'latest')).toBeGreaterThan(0);
    expect(semver.compare('latest', 'latest')).toBe(0);
    expect(semver.compare('abc', 'abd')).toBeLessThan(0);
  });
});
