import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { gradleVersionCatalog } from './index.js';
import { exactVersion, parseVersionCatalog } from './parse.js';

describeAnalyzerCases(gradleVersionCatalog, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('exactVersion', () => {
  it.each([
    ['1.2.3', '1.2.3'],
    ['33.2.0-jre', '33.2.0-jre'],
    ['[1.0, 2.0[', undefined],
    ['1.+', undefined],
    ['latest.release', undefined],
    ['', undefined],
  ])('%j → %j', (v, want) => {
    expect(exactVersion(v)).toBe(want);
  });
});

describe('parseVersionCatalog', () => {
  it('flattens dotted aliases and keeps their lines', () => {
    const text = '[libraries]\na.b.c = "g:x:1"\n\n[libraries.d.e]\nmodule = "g:y"\nversion = "2"\n';
    const out = parseVersionCatalog(text, 'gradle/libs.versions.toml', 't');
    expect(out.packages.map((p) => [p.name, p.version, p.locations[0]!.startLine])).toEqual([
      ['g:x', '1', 2],
      ['g:y', '2', 4],
    ]);
  });
  it('reports a version.ref to a missing version as unpinned', () => {
    const out = parseVersionCatalog(
      '[libraries]\nx = { module = "g:x", version.ref = "nope" }\n',
      'v.toml',
      't',
    );
    expect(out.packages).toEqual([]);
    expect(out.unpinned.map((u) => [u.name, u.specifier])).toEqual([['g:x', '']]);
  });
  it('throws on text that is not TOML', () => {
    expect(() => parseVersionCatalog('<xml/>', 'v.toml', 't')).toThrow();
  });
});
