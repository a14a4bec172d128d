import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { podfileLock } from './index.js';
import { parsePodfileLock } from './parse.js';

describeAnalyzerCases(podfileLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parsePodfileLock', () => {
  it.each([
    ['PODS: [unclosed', /not valid YAML/],
    ['- a\n', /not a YAML map/],
    ['PODS: {a: b}\n', /PODS is not a list/],
  ])('rejects %j', (text, message) => {
    expect(() => parsePodfileLock(text, 'Podfile.lock', 't')).toThrow(message);
  });
  it('keeps prerelease versions and ignores entries without a version', () => {
    const pkgs = parsePodfileLock('PODS:\n  - Realm (10.42.0-beta.1)\n  - Broken\n', 'Podfile.lock', 't');
    expect(pkgs.map((p) => `${p.name}@${p.version}`)).toEqual(['Realm@10.42.0-beta.1']);
    expect(pkgs[0]!.direct).toBeUndefined();
  });
});
