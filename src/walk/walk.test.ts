import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../core/model.js';
import { globMatcher, walk } from './walk.js';

let root: string;
let outside: string;

function touch(rel: string, content = 'x') {
  const abs = path.join(root, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

async function collect(options: Parameters<typeof walk>[1] = {}) {
  const diagnostics: Diagnostic[] = [];
  const paths: string[] = [];
  for await (const item of walk(root, { ...options, onDiagnostic: (d) => diagnostics.push(d) })) paths.push(item.path);
  return { paths, diagnostics };
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'palisade-walk-'));
  outside = mkdtempSync(path.join(os.tmpdir(), 'palisade-outside-'));
  writeFileSync(path.join(outside, 'secret.txt'), 'outside');
  touch('b.txt');
  touch('a/one.json');
  touch('a/two.json');
  touch('.git/config');
  touch('.git/objects/ab/cdef');
  touch('node_modules/left-pad/package.json');
  touch('vendor/lib/x.go');
  touch('test/fixtures/package-lock.json');
  touch('docs/site.min.js');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'link-outside.txt'));
  symlinkSync(outside, path.join(root, 'dir-outside'));
  symlinkSync(path.join(root, 'nowhere'), path.join(root, 'broken-link'));
  symlinkSync(root, path.join(root, 'a', 'loop-to-root'));
  symlinkSync(path.join(root, 'b.txt'), path.join(root, 'c-link-inside.txt'));
  symlinkSync(path.join(root, 'self-a'), path.join(root, 'self-b'));
  symlinkSync(path.join(root, 'self-b'), path.join(root, 'self-a'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('walk', () => {
  it('yields the files of a directory (sorted) before its subdirectories, skips .git, follows only in-target symlinks', async () => {
    const { paths } = await collect();
    expect(paths).toEqual([
      'b.txt',
      'c-link-inside.txt',
      'a/one.json',
      'a/two.json',
      'docs/site.min.js',
      'node_modules/left-pad/package.json',
      'test/fixtures/package-lock.json',
      'vendor/lib/x.go',
    ]);
  });

  it('reports broken links, loops and links leaving the target as diagnostics', async () => {
    const { diagnostics } = await collect();
    const byPath = Object.fromEntries(diagnostics.map((d) => [d.path, d.code]));
    expect(byPath).toEqual({
      'a/loop-to-root': 'symlink-loop',
      'broken-link': 'broken-symlink',
      'dir-outside': 'symlink-outside-target',
      'link-outside.txt': 'symlink-outside-target',
      'self-a': 'symlink-loop',
      'self-b': 'symlink-loop',
    });
  });

  it('honours skip-dirs and skip-files globs', async () => {
    const { paths } = await collect({ skipDirs: ['vendor', 'test/fixtures'], skipFiles: ['**/*.min.js', 'b.txt'] });
    expect(paths).toEqual(['c-link-inside.txt', 'a/one.json', 'a/two.json', 'node_modules/left-pad/package.json']);
  });
});

describe('globMatcher', () => {
  it.each([
    [['vendor'], 'a/b/vendor', true],
    [['vendor'], 'vendors', false],
    [['test/**'], 'test/fixtures', true],
    [['test/**'], 'src/test/x', false],
    [['**/*.min.js'], 'a/b/c.min.js', true],
    [['*.lock'], 'deep/yarn.lock', true],
    [['./build/'], 'build', true],
  ])('%j matches %s: %s', (globs, p, want) => {
    expect(globMatcher(globs)(p)).toBe(want);
  });
});
