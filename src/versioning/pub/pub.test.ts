import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failuresIn, parseVectorFile } from '../vector-file.js';
import { pub } from './index.js';

const cases = readFileSync(new URL('./cases.txt', import.meta.url), 'utf8');

describe('pub version scheme', () => {
  it('has the folder name as id', () => {
    expect(pub.id).toBe('pub');
  });

  it('holds every hand-written vector in cases.txt both ways', () => {
    expect(parseVectorFile(cases).malformed).toEqual([]);
    expect(parseVectorFile(cases).vectors).toHaveLength(17);
    expect(failuresIn(pub, cases)).toEqual([]);
  });

  it('accepts well-formed versions and rejects malformed ones', () => {
    for (const v of ['1.2.3', '1.2.3-dev.1+build.5', 'v1.0.0']) expect(pub.isValid(v), v).toBe(true);
    for (const v of ['', 'abc', '1.2.3-', '1.2.3+', '1.2.x']) expect(pub.isValid(v), v).toBe(false);
  });
});
