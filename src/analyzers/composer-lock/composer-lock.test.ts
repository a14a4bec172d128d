import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { composerLock } from './index.js';
import { normalizeComposerVersion, parseComposerLock, readComposerManifest } from './parse.js';

describeAnalyzerCases(composerLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parseComposerLock', () => {
  it.each([
    ['{', /not valid JSON/],
    ['[]', /not a JSON object/],
    ['{"content-hash": "x"}', /neither/],
    ['{"packages": {"a/b": "1"}}', /not an array/],
  ])('rejects %s', (text, message) => {
    expect(() => parseComposerLock(text, 'composer.lock', 't')).toThrow(message);
  });
  it('skips entries without a name or version instead of failing the file', () => {
    const pkgs = parseComposerLock(
      '{"packages": [{"name": "a/b"}, {"name": "c/d", "version": "1.0.0"}, 7]}',
      'composer.lock',
      't',
    );
    expect(pkgs.map((p) => p.name)).toEqual(['c/d']);
  });
  it('matches requirements case-insensitively', () => {
    const pkgs = parseComposerLock(
      '{"packages": [{"name": "A/B", "version": "1.0.0", "require": {"c/d": "*"}}, {"name": "C/D", "version": "2.0.0"}]}',
      'composer.lock',
      't',
      readComposerManifest('{"require": {"a/b": "^1"}}'),
    );
    expect(pkgs[0]!.dependsOn).toEqual(['pkg:composer/C/D@2.0.0']);
    expect(pkgs.map((p) => p.direct)).toEqual([true, false]);
  });
});

describe('normalizeComposerVersion', () => {
  it.each([
    ['v6.3.2', '6.3.2'],
    ['6.3.2', '6.3.2'],
    ['dev-main', 'dev-main'],
    ['v', 'v'],
  ])('%s → %s', (input, output) => {
    expect(normalizeComposerVersion(input)).toBe(output);
  });
});
