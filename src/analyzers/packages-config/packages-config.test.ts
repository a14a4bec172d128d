import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { packagesConfig } from './index.js';
import { parsePackagesConfig } from './parse.js';

describeAnalyzerCases(packagesConfig, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parsePackagesConfig', () => {
  it.each([
    ['<packages><package id="a" version="1"></packages>', /not well-formed/],
    ['<configuration><appSettings /></configuration>', /expected <packages>/],
  ])('rejects %s', (text, message) => {
    expect(() => parsePackagesConfig(text, 'packages.config', 't')).toThrow(message);
  });
  it('decodes entities and reports entries without a version as skipped', () => {
    const out = parsePackagesConfig(
      '<packages><package id="A&amp;B" version="1.0.0"/><package id="NoVersion"/></packages>',
      'packages.config',
      't',
    );
    expect(out.packages.map((p) => p.name)).toEqual(['A&B']);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['incomplete-entry']);
  });
});
