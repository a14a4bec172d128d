import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { swiftResolved } from './index.js';
import { parsePackageResolved, swiftUrlName } from './parse.js';

describeAnalyzerCases(swiftResolved, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('swiftUrlName', () => {
  it.each([
    ['https://github.com/apple/swift-nio.git', 'github.com/apple/swift-nio'],
    ['https://github.com/vapor/vapor/', 'github.com/vapor/vapor'],
    ['git@github.com:apple/swift-log.git', 'github.com/apple/swift-log'],
    ['ssh://git@gitlab.example.com/team/kit.git', 'gitlab.example.com/team/kit'],
    ['', undefined],
    ['/Users/me/src/LocalKit', undefined],
  ])('%s → %s', (input, output) => {
    expect(swiftUrlName(input)).toBe(output);
  });
});

describe('parsePackageResolved', () => {
  it.each([
    ['{', /not valid JSON/],
    ['{"version": 2}', /no "pins"/],
    ['"pins"', /not a JSON object/],
  ])('rejects %s', (text, message) => {
    expect(() => parsePackageResolved(text, 'Package.resolved', 't')).toThrow(message);
  });
  it('says why a branch pin and a registry pin were skipped', () => {
    const out = parsePackageResolved(
      JSON.stringify({
        pins: [
          {
            identity: 'a',
            kind: 'remoteSourceControl',
            location: 'https://github.com/o/a.git',
            state: { branch: 'main', revision: 'abc' },
          },
          { identity: 'b.c', kind: 'registry', location: '', state: { version: '1.0.0' } },
        ],
        version: 2,
      }),
      'Package.resolved',
      't',
    );
    expect(out.packages).toEqual([]);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['no-version', 'no-repository-url']);
  });
});
