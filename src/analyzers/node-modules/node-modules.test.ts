import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { INSTALLED_MANIFEST, nodeModules } from './index.js';
import { parseInstalledManifest } from './parse.js';

describeAnalyzerCases(nodeModules, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('node-modules claims', () => {
  it.each([
    ['node_modules/a/package.json', true],
    ['apps/web/node_modules/@s/b/package.json', true],
    ['node_modules/a/node_modules/@s/b/node_modules/c/package.json', true],
    ['node_modules/.pnpm/a@1.0.0/node_modules/a/package.json', true],
    ['package.json', false],
    ['node_modules/package.json', false],
    ['node_modules/a/lib/package.json', false],
    ['node_modules/a/test/node_modules/b/package.json', false],
    ['node_modules/.cache/x/package.json', false],
    ['node_modules/@s/package.json', false],
  ])('%s → %s', (p, claimed) => {
    expect(INSTALLED_MANIFEST.test(p)).toBe(claimed);
  });
});

describe('parseInstalledManifest', () => {
  const parse = (m: unknown) => parseInstalledManifest(JSON.stringify(m), 'node_modules/x/package.json', 't');
  it('skips manifests without a name or a version', () => {
    expect(parse({ name: 'x', version: '' })).toEqual([]);
    expect(parse({ version: '1.0.0' })).toEqual([]);
  });
  it('skips VS Code extension and Unity package manifests', () => {
    expect(parse({ name: 'pug', version: '1.0.0', contributes: { languages: [] } })).toEqual([]);
    expect(parse({ name: 'x', version: '1.0.0', engines: { vscode: '^1.80.0' } })).toEqual([]);
    expect(parse({ name: 'org.example.tool', version: '1.0.0', unity: '2021.3' })).toEqual([]);
  });
  it('reads legacy licenses arrays and license objects', () => {
    expect(parse({ name: 'x', version: '1.0.0', licenses: [{ type: 'MIT' }, 'Apache-2.0'] })[0]!.licenses).toEqual(['MIT', 'Apache-2.0']);
    expect(parse({ name: 'x', version: '1.0.0', license: { type: 'ISC' } })[0]!.licenses).toEqual(['ISC']);
  });
  it('rejects a manifest that is not an object', () => {
    expect(() => parse(['x'])).toThrow(/not a JSON object/);
  });
});
