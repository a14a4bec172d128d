import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { nugetLock } from './index.js';
import { parseNugetLock } from './parse.js';

describeAnalyzerCases(nugetLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parseNugetLock', () => {
  it.each([
    ['not json', /not valid JSON/],
    ['{"version": 1}', /no "dependencies"/],
    ['{"version": 1, "dependencies": []}', /no "dependencies"/],
  ])('rejects %s', (text, message) => {
    expect(() => parseNugetLock(text, 'packages.lock.json', 't')).toThrow(message);
  });
  it('keeps different resolved versions of one id from different frameworks apart', () => {
    const text = JSON.stringify({
      version: 1,
      dependencies: {
        net48: { 'System.Memory': { type: 'Direct', resolved: '4.5.4' } },
        'net8.0': { 'system.memory': { type: 'Transitive', resolved: '4.5.5' } },
      },
    });
    const pkgs = parseNugetLock(text, 'packages.lock.json', 't');
    expect(pkgs.map((p) => `${p.name}@${p.version}:${p.direct}`)).toEqual([
      'System.Memory@4.5.4:true',
      'system.memory@4.5.5:false',
    ]);
  });
  it('claims per-project lock file names', () => {
    expect(nugetLock.claims.patterns!.some((re) => re.test('src/Api/packages.Api.lock.json'))).toBe(true);
    expect(nugetLock.claims.patterns!.some((re) => re.test('src/Api/packages.json'))).toBe(false);
  });
});
