import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failuresIn, parseVectorFile } from '../vector-file.js';
import { apk } from './index.js';

// Upstream data lives outside the repo (../shared/testdata/versions from the repo root; see its README).
// Its comparison files are checked for every registered scheme by ../versioning.test.ts.
const SHARED = new URL('../../../../shared/testdata/versions/', import.meta.url);
const INDEX = JSON.parse(readFileSync(new URL('index.json', SHARED), 'utf8')) as {
  files: { file: string; vectors: number }[];
};
const cases = readFileSync(new URL('./cases.txt', import.meta.url), 'utf8');

describe('apk version scheme', () => {
  it('has the folder name as id', () => {
    expect(apk.id).toBe('apk');
  });

  it('holds every hand-written vector in cases.txt both ways', () => {
    expect(parseVectorFile(cases).malformed).toEqual([]);
    expect(parseVectorFile(cases).vectors).toHaveLength(25);
    expect(failuresIn(apk, cases)).toEqual([]);
  });

  it('accepts well-formed versions and rejects malformed ones', () => {
    for (const v of ['1.2.3-r4', '1.0_rc1_p2-r0', '6.6.2p1-r0', '1.0.r2', '1.2.3~abc123-r1'])
      expect(apk.isValid(v), v).toBe(true);
    for (const v of ['', 'r1', '1.0_foo', '1.0-1', '1.0.', '1.0A']) expect(apk.isValid(v), v).toBe(false);
  });

  it('accepts every published version in alpine-versions-generated.txt', () => {
    const bad: string[] = [];
    for (const line of readFileSync(new URL('alpine-versions-generated.txt', SHARED), 'utf8').split('\n')) {
      if (line === '' || line.startsWith('# ')) continue;
      const [a, , b] = line.split(' ');
      for (const v of [a, b]) if (!apk.isValid(v)) bad.push(v);
    }
    expect(bad).toEqual([]);
  });

  it.each([
    ['osv.dev/alpine_valid_versions.txt', true],
    ['osv.dev/alpine_invalid_versions.txt', false],
  ] as const)('isValid agrees with %s', (file, want) => {
    const lines = readFileSync(new URL(file, SHARED), 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'));
    expect(lines.length).toBe(INDEX.files.find((f) => f.file === file)?.vectors);
    expect(lines.filter((v) => apk.isValid(v) !== want)).toEqual([]);
  });
});
