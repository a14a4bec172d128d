import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { uvLock } from './index.js';
import { parseUvLock } from './parse.js';

describeAnalyzerCases(uvLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parseUvLock', () => {
  it('throws a clear error on malformed TOML', () => {
    expect(() => parseUvLock('version = 1\n[[package]\n', 'uv.lock', 't')).toThrow(/invalid TOML in uv.lock/);
  });
  it('returns nothing for an empty file', () => {
    expect(parseUvLock('', 'uv.lock', 't')).toEqual([]);
  });
  it('leaves direct and dev unknown when the lock has no project root', () => {
    const [p] = parseUvLock(
      'version = 1\n[[package]]\nname = "six"\nversion = "1.17.0"\nsource = { registry = "https://pypi.org/simple" }\n',
      'uv.lock',
      't',
    );
    expect(p).toMatchObject({ name: 'six', version: '1.17.0' });
    expect(p!.direct).toBeUndefined();
    expect(p!.dev).toBeUndefined();
  });
  it('follows an extra only when a dependency activates it', () => {
    const text = [
      '[[package]]\nname = "app"\nversion = "1"\nsource = { virtual = "." }\ndependencies = [{ name = "lib" }]',
      '[[package]]\nname = "lib"\nversion = "1"\nsource = { registry = "r" }\n[package.optional-dependencies]\nfast = [{ name = "speedups" }]',
      '[[package]]\nname = "speedups"\nversion = "1"\nsource = { registry = "r" }',
    ].join('\n');
    const pkgs = parseUvLock(text, 'uv.lock', 't');
    expect(pkgs.map((p) => [p.name, p.dev])).toEqual([
      ['lib', false],
      ['speedups', undefined],
    ]);
  });
});
