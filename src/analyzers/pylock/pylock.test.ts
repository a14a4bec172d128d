import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { pylock } from './index.js';
import { parsePylock } from './parse.js';

describeAnalyzerCases(pylock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parsePylock', () => {
  it('throws a clear error on malformed TOML', () => {
    expect(() => parsePylock('lock-version = ', 'pylock.toml', 't')).toThrow(/invalid TOML in pylock.toml/);
  });
  it('places each package at its own [[packages]] header even when a string mentions another name', () => {
    const text =
      "[[packages]]\nname = 'a'\nversion = '1'\ndescription = '''\nname = 'b'\n'''\n\n[[packages]]\nname = 'b'\nversion = '2'\n";
    expect(
      parsePylock(text, 'pylock.toml', 't').map((p) => [
        p.name,
        p.locations[0]!.startLine,
        p.locations[0]!.endLine,
      ]),
    ).toEqual([
      ['a', 1, 6],
      ['b', 8, 10],
    ]);
  });
  it('locates entries of the inline array form', () => {
    const text =
      'lock-version = "1.0"\npackages = [\n  { name = "x", version = "1.0" },\n  { name = "y", version = "2.0" },\n]\n';
    expect(parsePylock(text, 'pylock.toml', 't').map((p) => [p.name, p.locations[0]!.startLine])).toEqual([
      ['x', 3],
      ['y', 4],
    ]);
  });
  it.each([
    ['pylock.toml', true],
    ['sub/pylock.docs.toml', true],
    ['pylock.a.b.toml', false],
    ['mypylock.toml', false],
  ])('claims %s: %s', (p, claimed) => {
    expect(pylock.claims.patterns!.some((re) => re.test(p))).toBe(claimed);
  });
});
