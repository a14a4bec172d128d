import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { dotnetDeps } from './index.js';
import { parseDepsJson } from './parse.js';

describeAnalyzerCases(dotnetDeps, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

describe('parseDepsJson', () => {
  it.each([
    ['{', /not valid JSON/],
    ['{"targets": {}}', /no "libraries"/],
  ])('rejects %s', (text, message) => {
    expect(() => parseDepsJson(text, 'a.deps.json', 't')).toThrow(message);
  });
  it('skips library keys without a version and leaves direct unknown without projects', () => {
    const pkgs = parseDepsJson(
      JSON.stringify({
        libraries: {
          'NoVersion/': { type: 'package' },
          'Dapper/2.1.24': { type: 'package' },
          'Ref/1.0': { type: 'reference' },
        },
      }),
      'a.deps.json',
      't',
    );
    expect(pkgs.map((p) => `${p.name}@${p.version}`)).toEqual(['Dapper@2.1.24']);
    expect(pkgs[0]!.direct).toBeUndefined();
  });
  it('claims only *.deps.json', () => {
    const claims = (p: string) => dotnetDeps.claims.patterns!.some((re) => re.test(p));
    expect(claims('bin/Debug/net8.0/App.deps.json')).toBe(true);
    expect(claims('deps.json')).toBe(false);
  });
});
