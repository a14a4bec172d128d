import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { pipRequirements } from './index.js';
import { isDevRequirementsFile, parseRequirements } from './parse.js';

describeAnalyzerCases(pipRequirements, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

const siblingsOf = (files: Record<string, string>) => ({
  readFile: async (p: string) => (p in files ? new TextEncoder().encode(files[p]) : undefined),
});

describe('parseRequirements', () => {
  it.each([
    ['flask==2.3.3', 'flask', '2.3.3'],
    ['yolo===1.0', 'yolo', '1.0'],
    ['Flask (==2.0.1)', 'Flask', '2.0.1'],
    ['pyjwt [crypto] == 2.1.0', 'pyjwt', '2.1.0'],
    ['a==1.0 --hash=sha256:abc --config-settings=x=y', 'a', '1.0'],
    ['pkg1==1.0 \\', 'pkg1', '1.0'],
  ])('pins %s', (line, name, version) => {
    const [r] = parseRequirements(line).requirements;
    expect(r).toMatchObject({ name, version });
  });

  it.each([
    ['flask==2.*', '==2.*'],
    ['flask>=2,<3', '>=2,<3'],
    ['flask==${FLASK_VERSION}', '==${FLASK_VERSION}'],
    ['flask==1.0,!=1.1', '==1.0,!=1.1'],
    ['flask', ''],
  ])('leaves %s unpinned', (line, specifier) => {
    const [r] = parseRequirements(line).requirements;
    expect(r).toEqual({ name: 'flask', specifier, line: 1, endLine: 1 });
  });

  it('joins continuation lines and keeps the first line of the entry', () => {
    const { requirements } = parseRequirements('# c\nqwerty \\\n  == 0.1\nnext==2 # trailing\n');
    expect(requirements.map((r) => [r.name, r.version, r.line, r.endLine])).toEqual([
      ['qwerty', '0.1', 2, 3],
      ['next', '2', 4, 4],
    ]);
  });

  it('reads every include spelling', () => {
    const { includes } = parseRequirements(
      '-r a.txt\n--requirement=b.txt\n-rc.txt\n-c d.txt\n--constraint e.txt\n',
    );
    expect(includes.map((i) => [i.kind, i.target])).toEqual([
      ['requirement', 'a.txt'],
      ['requirement', 'b.txt'],
      ['requirement', 'c.txt'],
      ['constraint', 'd.txt'],
      ['constraint', 'e.txt'],
    ]);
  });

  it('names URL and path requirements from the egg fragment or file name', () => {
    const names = parseRequirements(
      './dist/my_lib-1.2.0.tar.gz\nhttps://x.example/foo-1.0-py3-none-any.whl\n-e git+https://x.example/r.git#egg=bar\n-e .\n',
    ).requirements.map((r) => [r.name, r.version]);
    expect(names).toEqual([
      ['my_lib', undefined],
      ['foo', undefined],
      ['bar', undefined],
      ['.', undefined],
    ]);
  });
});

describe('isDevRequirementsFile', () => {
  it.each([
    ['requirements-dev.txt', true],
    ['dev-requirements.txt', true],
    ['requirements_test.txt', true],
    ['test-requirements.txt', true],
    ['requirements/tests.txt', true],
    ['requirements.txt', false],
    ['requirements/prod.txt', false],
    ['latest-requirements.txt', false],
  ])('%s → %s', (p, dev) => expect(isDevRequirementsFile(p)).toBe(dev));
});

describe('includes', () => {
  it('follows a cycle once and reports each file at its own path', async () => {
    const out = await pipRequirements.analyze({
      path: 'svc/requirements.txt',
      bytes: new Uint8Array(),
      text: () => '-r lib/a.txt\nx==1\n',
      siblings: siblingsOf({
        'svc/lib/a.txt': '-r b.txt\na==1\n',
        'svc/lib/b.txt': '-r a.txt\n-r ../requirements.txt\nb==2\n',
      }),
    });
    expect(out.packages!.map((p) => `${p.locations[0]!.path}:${p.name}`)).toEqual([
      'svc/requirements.txt:x',
      'svc/lib/a.txt:a',
      'svc/lib/b.txt:b',
    ]);
  });

  it('does not read includes outside the target', async () => {
    const read: string[] = [];
    await pipRequirements.analyze({
      path: 'requirements-base.txt',
      bytes: new Uint8Array(),
      text: () => '-r ../../etc/passwd\n-r /etc/passwd\n-r https://x.example/r.txt\n',
      siblings: { readFile: async (p) => (read.push(p), undefined) },
    });
    expect(read).toEqual([]);
  });
});
