import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failuresIn, parseVectorFile } from '../vector-file.js';
import { nuget } from './index.js';

const cases = readFileSync(new URL('./cases.txt', import.meta.url), 'utf8');

describe('nuget scheme', () => {
  it('holds every hand-written vector in cases.txt both ways', () => {
    expect(parseVectorFile(cases)).toEqual(expect.objectContaining({ malformed: [] }));
    expect(parseVectorFile(cases).vectors).toHaveLength(16);
    expect(failuresIn(nuget, cases)).toEqual([]);
  });

  it('accepts 1 to 4 numeric parts with labels and metadata', () => {
    for (const v of ['1', '1.0', '1.0.0', '1.0.0.0', '1.0.0-beta.1+meta', '1.0.0.1-RC']) {
      expect(nuget.isValid(v), v).toBe(true);
    }
  });

  it('rejects what NuGet does not parse', () => {
    for (const v of ['', '1.0.0.0.0', 'v1.0.0', '1.0.0beta', '[1.0,2.0)', '1.0.0-', 'latest']) {
      expect(nuget.isValid(v), v).toBe(false);
    }
  });
});
