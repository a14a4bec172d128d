import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { pdmLock } from './index.js';
import { parsePdmLock } from './parse.js';

describeAnalyzerCases(pdmLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parsePdmLock', () => {
  it('throws a clear error on malformed TOML', () => {
    expect(() => parsePdmLock('this is not toml', 'pdm.lock', 't')).toThrow(/invalid TOML in pdm.lock/);
  });
  it('without a manifest, a package outside the default group is dev and direct is unknown', () => {
    const text =
      '[[package]]\nname = "a"\nversion = "1"\ngroups = ["default"]\n\n[[package]]\nname = "b"\nversion = "2"\ngroups = ["tmp"]\n';
    expect(
      parsePdmLock(text, 'pdm.lock', 't').map((p) => [p.name, p.dev, p.direct, p.locations[0]!.startLine]),
    ).toEqual([
      ['a', false, undefined, 1],
      ['b', true, undefined, 6],
    ]);
  });
  it('keeps git dependencies that carry a version', () => {
    const text =
      '[[package]]\nname = "toml"\nversion = "0.10.2"\ngit = "https://github.com/uiri/toml.git"\nrevision = "65bab75"\ngroups = ["default"]\n';
    expect(parsePdmLock(text, 'pdm.lock', 't').map((p) => p.purl)).toEqual(['pkg:pypi/toml@0.10.2']);
  });
});
