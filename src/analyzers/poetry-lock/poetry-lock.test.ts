import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { poetryLock } from './index.js';
import { parsePoetryLock } from './parse.js';

describeAnalyzerCases(poetryLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parsePoetryLock', () => {
  it('throws a clear error on malformed TOML', () => {
    expect(() => parsePoetryLock('[[package]\nname = ', 'poetry.lock', 't')).toThrow(
      /invalid TOML in poetry.lock/,
    );
  });
  it('returns nothing for an empty file', () => {
    expect(parsePoetryLock('', 'poetry.lock', 't')).toEqual([]);
  });
  it('skips entries without a version and leaves direct/dev unknown without a manifest', () => {
    const pkgs = parsePoetryLock(
      '[[package]]\nname = "a"\n\n[[package]]\nname = "b"\nversion = "1.0"\n',
      'poetry.lock',
      't',
    );
    expect(pkgs).toEqual([
      {
        name: 'b',
        version: '1.0',
        ecosystem: 'PyPI',
        purl: 'pkg:pypi/b@1.0',
        locations: [{ path: 'poetry.lock', startLine: 4, endLine: 6 }],
        foundBy: 't',
      },
    ]);
  });
  it('survives a dependency cycle', () => {
    const text =
      '[[package]]\nname = "a"\nversion = "1"\n[package.dependencies]\nb = "*"\n[[package]]\nname = "b"\nversion = "1"\n[package.dependencies]\na = "*"\n';
    const pkgs = parsePoetryLock(text, 'poetry.lock', 't', {
      prod: new Set(['a']),
      dev: new Set(),
      groups: new Map(),
      devGroups: new Set(),
      optionalGroups: new Set(),
    });
    expect(pkgs.map((p) => [p.name, p.direct, p.dev])).toEqual([
      ['a', true, false],
      ['b', false, false],
    ]);
  });
});
