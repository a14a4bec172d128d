import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { describe, expect, it } from 'vitest';
import { mavenPom } from './index.js';
import { exactVersion, parentPath } from './parse.js';

describeAnalyzerCases(mavenPom, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

const enc = (s: string) => new TextEncoder().encode(s);

function run(files: Record<string, string>, at = 'pom.xml') {
  return mavenPom.analyze({
    path: at,
    bytes: enc(files[at]!),
    text: () => files[at]!,
    siblings: { readFile: async (p: string) => (files[p] === undefined ? undefined : enc(files[p]!)) },
  });
}

const pom = (inner: string) => `<?xml version="1.0"?>\n<project>\n${inner}\n</project>\n`;
const dep = (g: string, a: string, v?: string) =>
  `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${v === undefined ? '' : `<version>${v}</version>`}</dependency>`;

describe('exactVersion', () => {
  it.each([
    ['1.2.3', '1.2.3'],
    [' 4.1.42.Final ', '4.1.42.Final'],
    ['[2.2.224]', '2.2.224'],
    ['[1.0,2.0)', undefined],
    ['(,1.0],[1.2,)', undefined],
    ['[1.5,)', undefined],
    ['${missing}', undefined],
    ['1.0-${suffix}', undefined],
    ['', undefined],
  ])('%j → %j', (spec, want) => {
    expect(exactVersion(spec)).toBe(want);
  });
});

describe('parentPath', () => {
  it.each([
    ['mod', {}, 'pom.xml'],
    ['a/b', { relativePath: '../../parent' }, 'parent/pom.xml'],
    ['a', { relativePath: '../base/pom-parent.xml' }, 'base/pom-parent.xml'],
    ['a', { relativePath: '' }, undefined],
    ['', {}, undefined],
  ])('%s + %j → %s', (dir, parent, want) => {
    expect(parentPath(dir, parent)).toBe(want);
  });
});

describe('maven-pom analyze', () => {
  it('keeps plugin dependencies from taking the line of the project dependency', async () => {
    const text = pom(
      [
        '<build><plugins><plugin><artifactId>p</artifactId><dependencies>',
        dep('g', 'a', '1'),
        '</dependencies></plugin></plugins></build>',
        '<dependencies>',
        dep('g', 'a', '1'),
        '</dependencies>',
      ].join('\n'),
    );
    const out = await run({ 'pom.xml': text });
    expect(out.packages!.map((p) => [p.name, p.locations[0]!.startLine])).toEqual([['g:a', 7]]);
  });

  it('stops on a parent cycle and still reports the POM', async () => {
    const a =
      pom(`<parent><groupId>g</groupId><artifactId>b</artifactId><version>1</version><relativePath>b/pom.xml</relativePath></parent>
<artifactId>a</artifactId><dependencies>${dep('x', 'y', '${v}')}</dependencies>`);
    const b =
      pom(`<parent><groupId>g</groupId><artifactId>a</artifactId><version>1</version><relativePath>../pom.xml</relativePath></parent>
<artifactId>b</artifactId><properties><v>2.0</v></properties>`);
    const out = await run({ 'pom.xml': a, 'b/pom.xml': b });
    expect(out.packages!.map((p) => `${p.name}@${p.version}`)).toEqual(['x:y@2.0']);
  });

  it('ignores a POM at relativePath whose coordinates are not the declared parent', async () => {
    const child =
      pom(`<parent><groupId>g</groupId><artifactId>expected</artifactId><version>1</version></parent>
<artifactId>c</artifactId><dependencies>${dep('x', 'y', '${v}')}</dependencies>`);
    const other = pom('<groupId>g</groupId><artifactId>other</artifactId><properties><v>9</v></properties>');
    const out = await run({ 'm/pom.xml': child, 'pom.xml': other }, 'm/pom.xml');
    expect(out.packages).toEqual([]);
    expect(out.unpinned!.map((u) => u.specifier)).toEqual(['${v}']);
    expect(out.diagnostics!.map((d) => d.code)).toEqual(['parent-mismatch']);
  });

  it('does not loop on self-referencing properties', async () => {
    const out = await run({
      'pom.xml': pom(
        `<properties><a>\${b}</a><b>\${a}</b></properties><dependencies>${dep('x', 'y', '${a}')}</dependencies>`,
      ),
    });
    expect(out.packages).toEqual([]);
    expect(out.unpinned).toHaveLength(1);
  });

  it('warns about a dependency without groupId and keeps the others', async () => {
    const out = await run({
      'pom.xml': pom(
        `<dependencies><dependency><artifactId>lone</artifactId></dependency>${dep('x', 'y', '1')}</dependencies>`,
      ),
    });
    expect(out.packages!.map((p) => p.name)).toEqual(['x:y']);
    expect(out.diagnostics!.map((d) => d.code)).toEqual(['incomplete-dependency']);
  });

  it.each([
    ['plain text', 'this is not a pom'],
    [
      'another XML document',
      '<?xml version="1.0"?><settings><localRepository>/m2</localRepository></settings>',
    ],
    [
      'an entity expansion bomb',
      `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "${'x'.repeat(2000)}">]><project><name>&a;&a;</name></project>`,
    ],
    ['absurd nesting', `<project>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</project>`],
  ])('throws a clear error on %s', async (_label, text) => {
    await expect(run({ 'pom.xml': text })).rejects.toThrow(
      /not a Maven POM|not well-formed|nested deeper|entit/i,
    );
  });
});
