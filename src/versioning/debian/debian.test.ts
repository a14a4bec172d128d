import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failuresIn, parseVectorFile } from '../vector-file.js';
import { debian } from './index.js';

// Upstream data lives outside the repo (../shared/testdata/versions from the repo root; see its README).
// Its comparison files are checked for every registered scheme by ../versioning.test.ts.
const SHARED = new URL('../../../../shared/testdata/versions/', import.meta.url);
const cases = readFileSync(new URL('./cases.txt', import.meta.url), 'utf8');

describe('debian version scheme', () => {
  it('has the folder name as id', () => {
    expect(debian.id).toBe('debian');
  });

  it('holds every hand-written vector in cases.txt both ways', () => {
    expect(parseVectorFile(cases).malformed).toEqual([]);
    expect(parseVectorFile(cases).vectors).toHaveLength(18);
    expect(failuresIn(debian, cases)).toEqual([]);
  });

  it('accepts well-formed versions and rejects malformed ones', () => {
    for (const v of ['1:2.30-2+deb12u1', '1.0~rc1', '2.7.4+reloaded2-13ubuntu1', '1.0-beta-1'])
      expect(debian.isValid(v), v).toBe(true);
    for (const v of ['', 'a:1.0', '1:', '1.0-', '1.0 1', '1.0-1_2']) expect(debian.isValid(v), v).toBe(false);
  });

  it('accepts every published version in debian-versions-generated.txt', () => {
    const bad: string[] = [];
    for (const line of readFileSync(new URL('debian-versions-generated.txt', SHARED), 'utf8').split('\n')) {
      if (line === '' || line.startsWith('# ')) continue;
      const [a, , b] = line.split(' ');
      for (const v of [a, b]) if (!debian.isValid(v)) bad.push(v);
    }
    expect(bad).toEqual([]);
  });
});
