import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { pnpmLock } from './index.js';
import { parseDepPath, parsePnpmLock } from './parse.js';

describeAnalyzerCases(pnpmLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

const parse = (text: string) => parsePnpmLock(text, 'pnpm-lock.yaml', 'pnpm-lock');

describe('parseDepPath', () => {
  it.each([
    ['/foo/1.0.0', true, 'foo@1.0.0'],
    ['/@foo/bar/1.0.0_react@18.2.0', true, '@foo/bar@1.0.0'],
    ['/foo/1.4.0_@types+babel__core@7.1.14', true, 'foo@1.4.0'],
    ['registry.example.com/@foo/bar/1.1.0', true, '@foo/bar@1.1.0'],
    ['github.com/kevva/is-positive', true, undefined],
    ['/foo/bar', true, undefined],
    ['/@foo/bar@1.0.0(react@18.2.0)(typescript@5.0.0)', false, '@foo/bar@1.0.0'],
    ['/foo@1.0.0-rc.1', false, 'foo@1.0.0-rc.1'],
    ['foo@2.0.0(bar@1.0.0)', false, 'foo@2.0.0'],
    ['foo@https://codeload.github.com/x/y/tar.gz/abc', false, undefined],
  ])('%s', (key, slash, want) => {
    const r = parseDepPath(key, slash);
    expect(r ? `${r.name}@${r.version}` : undefined).toBe(want);
  });
});

describe('parsePnpmLock', () => {
  it('reports non-registry 9.0 packages by the version they record and skips link: importers', () => {
    const text = [
      "lockfileVersion: '9.0'",
      'importers:',
      '  .:',
      '    dependencies:',
      '      is-number:',
      '        specifier: github:jonschlinkert/is-number#master',
      '        version: https://codeload.github.com/jonschlinkert/is-number/tar.gz/98e8ff1',
      '      lib:',
      '        specifier: workspace:*',
      '        version: link:packages/lib',
      'packages:',
      '  is-number@https://codeload.github.com/jonschlinkert/is-number/tar.gz/98e8ff1:',
      '    resolution: {tarball: https://codeload.github.com/jonschlinkert/is-number/tar.gz/98e8ff1}',
      '    version: 7.0.0',
      'snapshots:',
      '  is-number@https://codeload.github.com/jonschlinkert/is-number/tar.gz/98e8ff1: {}',
      '',
    ].join('\n');
    const { packages } = parse(text);
    expect(packages.map((p) => [p.purl, p.direct, p.dev, p.locations[0]!.startLine])).toEqual([['pkg:npm/is-number@7.0.0', true, false, 12]]);
  });
  it('merges one package installed under two peer sets (9.0 snapshots) and unions its edges', () => {
    const text = [
      "lockfileVersion: '9.0'",
      'importers:',
      '  .:',
      '    devDependencies:',
      '      a: {specifier: ^1, version: 1.0.0(x@1.0.0)}',
      '      b: {specifier: ^1, version: 1.0.0}',
      'packages:',
      '  a@1.0.0: {resolution: {integrity: sha512-a}}',
      '  b@1.0.0: {resolution: {integrity: sha512-b}}',
      '  x@1.0.0: {resolution: {integrity: sha512-x}}',
      '  x@2.0.0: {resolution: {integrity: sha512-y}}',
      'snapshots:',
      '  a@1.0.0(x@1.0.0): {dependencies: {x: 1.0.0}}',
      '  a@1.0.0(x@2.0.0): {dependencies: {x: 2.0.0}}',
      '  b@1.0.0: {dependencies: {a: 1.0.0(x@2.0.0)}}',
      '  x@1.0.0: {}',
      '  x@2.0.0: {}',
      '',
    ].join('\n');
    const { packages } = parse(text);
    const a = packages.find((p) => p.name === 'a')!;
    expect(a.dependsOn).toEqual(['pkg:npm/x@1.0.0', 'pkg:npm/x@2.0.0']);
    expect(packages.map((p) => [p.name, p.version, p.direct, p.dev])).toEqual([
      ['a', '1.0.0', true, true],
      ['b', '1.0.0', true, true],
      ['x', '1.0.0', false, true],
      ['x', '2.0.0', false, true],
    ]);
  });
  it('warns about a key it cannot name and keeps the rest', () => {
    const { packages, diagnostics } = parse('lockfileVersion: 5.3\npackages:\n  /acorn/8.7.0:\n    dev: false\n  invalidpath:\n    dev: false\n');
    expect(packages.map((p) => p.purl)).toEqual(['pkg:npm/acorn@8.7.0']);
    expect(diagnostics.map((d) => [d.level, d.code])).toEqual([['warning', 'parse-error']]);
    // No importers recorded at all: direct is unknown, dev comes from the flag.
    expect(packages[0]!.direct).toBeUndefined();
    expect(packages[0]!.dev).toBe(false);
  });
  it('returns nothing for an empty document and throws on non-lockfile YAML', () => {
    expect(parse('').packages).toEqual([]);
    expect(() => parse('just some text')).toThrow(/not a pnpm lockfile/);
    expect(() => parse('lockfileVersion: [')).toThrow(/invalid pnpm-lock.yaml/);
  });
  it('fails fast on an alias bomb', () => {
    const bomb = ["lockfileVersion: '9.0'", 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');
    expect(() => parse(bomb)).toThrow(/invalid pnpm-lock.yaml/);
  });
});
