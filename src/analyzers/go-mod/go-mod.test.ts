import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { compareGoVersions, goToolchainVersion } from '../shared/golang.js';
import { goMod } from './index.js';
import { parseGoMod, parseGoModFile } from './parse.js';

describeAnalyzerCases(goMod, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

const names = (text: string) => parseGoMod(text, 'go.mod', 't').packages.map((p) => `${p.name}@${p.version}`);

describe('parseGoMod', () => {
  it('applies a version-specific replace only to that version', () => {
    const text = 'require (\n  golang.org/x/net v1.2.3\n  golang.org/x/net v0.5.6\n)\nreplace golang.org/x/net v1.2.3 => example.com/fork/net v1.4.5\n';
    expect(names(text)).toEqual(['example.com/fork/net@1.4.5', 'golang.org/x/net@0.5.6']);
  });
  it('prefers a version-specific replace over a wildcard one', () => {
    const text = 'require a.example/m v1.0.0\nreplace a.example/m => b.example/m v2.0.0\nreplace a.example/m v1.0.0 => c.example/m v3.0.0\n';
    expect(names(text)).toEqual(['c.example/m@3.0.0']);
  });
  it('reports the go version as written when there is no toolchain line', () => {
    expect(names('module m\n\ngo 1.23\n')).toEqual(['stdlib@1.23']);
  });
  it('strips the suffix of a custom toolchain name', () => {
    expect(names('go 1.23.5\ntoolchain go1.23.6-xyz\n')).toEqual(['stdlib@1.23.6']);
  });
  it('accepts an empty block and a trailing comment on the opening line', () => {
    expect(names('require ()\nrequire ( // deps\n  x.example/y v0.1.0\n)\n')).toEqual(['x.example/y@0.1.0']);
  });
  it('keeps "//" inside a quoted path', () => {
    expect(parseGoModFile('require "x.example/a//b" v1.0.0 // indirect\n').requires[0]).toMatchObject({ path: 'x.example/a//b', indirect: true });
  });
  it('warns about unknown directives and malformed entries without failing', () => {
    const r = parseGoMod('frobnicate x\nrequire onlyapath\nrequire ok.example/m v1.0.0\n', 'go.mod', 't');
    expect(r.packages.map((p) => p.name)).toEqual(['ok.example/m']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['unknown-directive', 'malformed-entry']);
  });
  it.each([['require (\n a v1\n'], [')\n'], ['module "unterminated\n'], ['require ( x\n']])('throws on structural error %#', (text) => {
    expect(() => parseGoMod(text, 'go.mod', 't')).toThrow(/line \d+/);
  });
  it('parses a large file in linear time', () => {
    const lines = Array.from({ length: 50000 }, (_, i) => `\tgithub.com/o/m${i} v1.0.${i}`);
    const start = performance.now();
    const r = parseGoMod(`go 1.22\nrequire (\n${lines.join('\n')}\n)\n`, 'go.mod', 't');
    expect(r.packages).toHaveLength(50001);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe('Go version helpers', () => {
  it.each([
    ['v1.2.3', 'v1.2.10', -1],
    ['v0.0.0-20191026070338-33540a1f6037', 'v0.0.0-20181116152217-5ac8a444bdc5', 1],
    ['v1.0.0-rc.1', 'v1.0.0', -1],
    ['v1.0.0-alpha.2', 'v1.0.0-alpha.10', -1],
    ['v2.0.0+incompatible', 'v2.0.0', 0],
  ])('%s vs %s', (a, b, want) => {
    expect(compareGoVersions(a, b)).toBe(want);
  });
  it.each([
    ['go1.22.5', '1.22.5'],
    ['go1.21rc2', '1.21rc2'],
    ['go1.20.1 X:boringcrypto', '1.20.1'],
    ['default', undefined],
  ])('toolchain %s', (name, want) => {
    expect(goToolchainVersion(name)).toBe(want);
  });
});
