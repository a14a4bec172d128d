import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { mixLock } from './index.js';
import { parseMixLock, tokenize } from './parse.js';

describeAnalyzerCases(mixLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parseMixLock', () => {
  it.each([
    ['[1, 2]', /does not start with a map/],
    ['%{"a": "unterminated}', /unterminated string/],
    ['%{ "a": {:hex, :a, "1.0.0"} ; }', /unexpected character/],
  ])('rejects %s', (text, message) => {
    expect(() => parseMixLock(text, 'mix.lock', 't')).toThrow(message);
  });
  it('reads the pre-0.20 four-element hex tuple and `=>` map syntax', () => {
    const out = parseMixLock('%{"ranch" => {:hex, :ranch, "1.3.2", "abc"}}', 'mix.lock', 't');
    expect(out.packages.map((p) => `${p.name}@${p.version}`)).toEqual(['ranch@1.3.2']);
  });
  it('uses the hex package name when the dependency is renamed', () => {
    const out = parseMixLock(
      '%{\n  "my_json": {:hex, :jason, "1.4.1", "abc", [:mix], [], "hexpm", "def"},\n}\n',
      'mix.lock',
      't',
    );
    expect(out.packages[0]!.name).toBe('jason');
  });
  it('reports git entries without a version, the repository and commit in the purl', () => {
    const out = parseMixLock('%{"foo": {:git, "https://github.com/o/foo.git", "abc", []}}', 'mix.lock', 't');
    expect(out.packages.map((p) => [p.name, p.version, p.purl])).toEqual([
      ['foo', '', 'pkg:hex/foo?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fo%2Ffoo.git%40abc'],
    ]);
    expect(out.diagnostics).toEqual([]);
  });
  it('skips path entries, which record no version, with an info note', () => {
    const out = parseMixLock('%{"foo": {:path, "../foo", []}}', 'mix.lock', 't');
    expect(out.packages).toEqual([]);
    expect(out.diagnostics).toEqual([expect.objectContaining({ level: 'info', code: 'no-version' })]);
  });
  it('fails fast on deep nesting instead of overflowing the stack', () => {
    const deep = '%{"a": ' + '['.repeat(10_000) + ']'.repeat(10_000) + ', "b": {:hex, :b, "1.0.0", "x"}}';
    const out = parseMixLock(deep, 'mix.lock', 't');
    expect(out.packages.map((p) => p.name)).toEqual(['b']);
    expect(out.diagnostics[0]!.message).toMatch(/too deep/);
  });
  it('makes progress past stray closing brackets', () => {
    const out = parseMixLock('%{ ], "b": {:hex, :b, "1.0.0", "x"}}', 'mix.lock', 't');
    expect(out.packages.map((p) => p.name)).toEqual(['b']);
  });
});

describe('tokenize', () => {
  it('reads quoted atoms, keyword keys and comments', () => {
    expect(tokenize('[hex: :"my-atom", repo: "hexpm"] # note').map((t) => `${t.t}:${t.v}`)).toEqual([
      'punct:[',
      'key:hex',
      'atom:my-atom',
      'punct:,',
      'key:repo',
      'string:hexpm',
      'punct:]',
    ]);
  });
});
