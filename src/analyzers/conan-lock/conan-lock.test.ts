import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { conanLock } from './index.js';
import { parseConanLock, parseConanRef } from './parse.js';

describeAnalyzerCases(conanLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parseConanRef', () => {
  it.each([
    ['zlib/1.2.13', { name: 'zlib', version: '1.2.13' }],
    ['zlib/1.3#06023034579559bb64357db3a53f88a4%1697030519.158', { name: 'zlib', version: '1.3' }],
    ['poco/1.12.4@acme/stable#rrev', { name: 'poco', version: '1.12.4', user: 'acme', channel: 'stable' }],
    ['zlib/1.2.11@_/_#rrev', { name: 'zlib', version: '1.2.11' }],
    ['zlib/1.2.11:6af9cc7cb931c5ad942174fd7838eb655717c709', { name: 'zlib', version: '1.2.11' }],
    ['1.2.3', undefined],
    ['zlib/', undefined],
  ])('%s', (ref, expected) => {
    expect(parseConanRef(ref)).toEqual(expected);
  });
});

describe('parseConanLock', () => {
  it.each([
    ['{', /not valid JSON/],
    ['{"version": "0.5"}', /neither/],
    ['{"version": "0.5", "requires": "zlib/1.3"}', /not a list/],
  ])('rejects %s', (text, message) => {
    expect(() => parseConanLock(text, 'conan.lock', 't')).toThrow(message);
  });
  it('reads Conan 1.x 0.3 lockfiles that name packages by pref, skipping nameless refs', () => {
    const text = JSON.stringify({
      graph_lock: {
        nodes: {
          '0': { path: 'conanfile.py', requires: ['1', '2'] },
          '1': { pref: 'bzip2/1.0.8:abc' },
          '2': { ref: '1.2.3' },
        },
      },
      version: '0.3',
    });
    const pkgs = parseConanLock(text, 'conan.lock', 't');
    expect(pkgs.map((p) => [p.name, p.version, p.direct, p.dev])).toEqual([['bzip2', '1.0.8', true, false]]);
  });
  it('does not mark a package dev when the product needs it too', () => {
    const pkgs = parseConanLock(
      '{"version": "0.5", "requires": ["zlib/1.3"], "build_requires": ["zlib/1.3"]}',
      'conan.lock',
      't',
    );
    expect(pkgs).toHaveLength(1);
    expect(pkgs[0]!.dev).toBe(false);
  });
});
