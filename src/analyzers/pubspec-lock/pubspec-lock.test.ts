import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { pubspecLock } from './index.js';
import { parsePubspecLock } from './parse.js';

describeAnalyzerCases(pubspecLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parsePubspecLock', () => {
  it.each([
    ['packages: [unclosed', /not valid YAML/],
    ['- a\n- b\n', /not a YAML map/],
    ['packages: [a, b]\n', /"packages" is not a map/],
  ])('rejects %j', (text, message) => {
    expect(() => parsePubspecLock(text, 'pubspec.lock', 't')).toThrow(message);
  });
  it('fails fast on an alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'packages: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    expect(() => parsePubspecLock(bomb, 'pubspec.lock', 't')).toThrow(/not valid YAML/);
  });
  it('skips an entry without a version with an info note', () => {
    const out = parsePubspecLock(
      'packages:\n  foo:\n    dependency: transitive\n    source: hosted\n',
      'pubspec.lock',
      't',
    );
    expect(out.packages).toEqual([]);
    expect(out.diagnostics).toEqual([expect.objectContaining({ level: 'info', code: 'no-version' })]);
  });
  it('returns nothing for an empty file', () => {
    expect(parsePubspecLock('', 'pubspec.lock', 't').packages).toEqual([]);
  });
});
