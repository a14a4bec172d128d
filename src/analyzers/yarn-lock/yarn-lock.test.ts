import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { yarnLock } from './index.js';
import { buildPackages, parseYarnLock } from './parse.js';

describeAnalyzerCases(yarnLock, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

const ctx = { path: 'yarn.lock', foundBy: 'yarn-lock' };
const pkgs = (text: string) => buildPackages(parseYarnLock(text), ctx);

describe('yarn.lock classic', () => {
  it('reports one package for several ranges and leaves direct/dev unknown without package.json', () => {
    const text = [
      '# yarn lockfile v1',
      '',
      '"ms@^2.0.0", ms@^2.1.1, "ms@~2.1.3":',
      '  version "2.1.3"',
      '',
      'ms@2.0.0:',
      '  version "2.0.0"',
      '',
    ].join('\n');
    const out = pkgs(text);
    expect(out.map((p) => `${p.name}@${p.version}:${p.locations[0]!.startLine}-${p.locations[0]!.endLine}`)).toEqual(['ms@2.1.3:3-4', 'ms@2.0.0:6-7']);
    expect(out.every((p) => p.direct === undefined && p.dev === undefined)).toBe(true);
  });
  it('reports the real name of an alias and merges it with the unaliased entry', () => {
    const text = 'lodash@^4.17.0:\n  version "4.17.21"\n\n"old-lodash@npm:lodash@4.17.21":\n  version "4.17.21"\n';
    expect(pkgs(text).map((p) => p.purl)).toEqual(['pkg:npm/lodash@4.17.21']);
  });
  it('keeps git and tarball entries with the version they record', () => {
    const text = '"is-number@github:jonschlinkert/is-number#master":\n  version "7.0.0"\n  resolved "https://codeload.github.com/jonschlinkert/is-number/tar.gz/98e8ff1"\n';
    expect(pkgs(text).map((p) => `${p.name}@${p.version}`)).toEqual(['is-number@7.0.0']);
  });
  it('skips an entry without a version with a diagnostic', () => {
    const lock = parseYarnLock('a@^1:\n  resolved "x"\n\nb@^1:\n  version "1.0.0"\n');
    expect(lock.entries.map((e) => e.name)).toEqual(['b']);
    expect(lock.diagnostics).toHaveLength(1);
  });
  it('throws on text that is not a lockfile', () => {
    expect(() => parseYarnLock('this is not\na lockfile at all\n')).toThrow(/not a yarn.lock/);
  });
  it('handles classic workspaces whose globs cannot be expanded: direct stays unknown for the rest', async () => {
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ workspaces: ['packages/*'], devDependencies: { ms: '^2.1.3' } }),
    };
    const out = await yarnLock.analyze({
      path: 'yarn.lock',
      bytes: new Uint8Array(),
      text: () => 'ms@^2.1.3:\n  version "2.1.3"\n\nleft-pad@^1.3.0:\n  version "1.3.0"\n',
      siblings: { readFile: async (p) => (files[p] ? new TextEncoder().encode(files[p]) : undefined) },
    });
    expect(out.packages!.map((p) => [p.name, p.direct, p.dev])).toEqual([
      ['ms', true, true],
      ['left-pad', undefined, undefined],
    ]);
  });
});

describe('yarn.lock berry', () => {
  it('skips workspace, link and portal entries and reports the package under a patch', () => {
    const text = [
      '__metadata:',
      '  version: 8',
      '',
      '"app@workspace:.":',
      '  version: 0.0.0-use.local',
      '  resolution: "app@workspace:."',
      '  dependencies:',
      '    local: "link:./local"',
      '    resolve: "patch:resolve@npm%3A^1.22.0#~builtin<compat/resolve>"',
      '  languageName: unknown',
      '  linkType: soft',
      '',
      '"local@link:./local::locator=app%40workspace%3A.":',
      '  version: 0.0.0-use.local',
      '  resolution: "local@link:./local::locator=app%40workspace%3A."',
      '  languageName: node',
      '  linkType: soft',
      '',
      '"resolve@patch:resolve@npm%3A^1.22.0#~builtin<compat/resolve>":',
      '  version: 1.22.8',
      '  resolution: "resolve@patch:resolve@npm%3A1.22.8#~builtin<compat/resolve>::version=1.22.8&hash=c3c19d"',
      '  languageName: node',
      '  linkType: hard',
      '',
    ].join('\n');
    const out = pkgs(text);
    expect(out.map((p) => [p.purl, p.direct, p.locations[0]!.startLine])).toEqual([['pkg:npm/resolve@1.22.8', true, 19]]);
    // No package.json was given, so dev is unknown even though direct is known from the lockfile.
    expect(out[0]!.dev).toBeUndefined();
  });
  it('resolves plain ranges of metadata-v4 lockfiles against npm: keys', () => {
    const text = '__metadata:\n  version: 4\n\n"a@npm:^1.0.0":\n  version: 1.0.0\n  resolution: "a@npm:1.0.0"\n  dependencies:\n    b: ^2.0.0\n\n"b@npm:^2.0.0":\n  version: 2.1.0\n  resolution: "b@npm:2.1.0"\n';
    expect(pkgs(text)[0]!.dependsOn).toEqual(['pkg:npm/b@2.1.0']);
  });
  it('fails fast on an alias bomb', () => {
    const bomb = ['__metadata:', '  version: 6', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]', ''].join('\n');
    expect(() => parseYarnLock(bomb)).toThrow(/invalid yarn.lock/);
  });
});
