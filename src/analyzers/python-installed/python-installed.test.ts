import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { pythonInstalled } from './index.js';
import { parseDistMetadata } from './parse.js';

describeAnalyzerCases(pythonInstalled, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

const noSiblings = { readFile: async () => undefined };

describe('parseDistMetadata', () => {
  it('reads header names case-insensitively and keeps odd names as written', () => {
    expect(
      parseDistMetadata('Metadata-Version: 2.1\nname: backports.ssl_match_hostname\nversion: 3.5.0.1\n'),
    ).toEqual({
      name: 'backports.ssl_match_hostname',
      version: '3.5.0.1',
      nameLine: 2,
      licenses: [],
    });
  });
  it('stops at the body and skips unindented junk lines in the headers', () => {
    const m = parseDistMetadata(
      'Name: passlib\nKeywords: password\ncrypt md5-crypt\nVersion: 1.7.4\n\nName: not-this\n',
    );
    expect(m).toMatchObject({ name: 'passlib', version: '1.7.4' });
  });
  it.each([
    [
      'License-Expression: Apache-2.0 OR MIT\nClassifier: License :: OSI Approved :: MIT License\n',
      ['Apache-2.0 OR MIT'],
    ],
    [
      'License: BSD\nClassifier: License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)\n',
      ['LGPL-3.0-or-later'],
    ],
    [
      'License: Apache License, Version 2.0\nClassifier: License :: OSI Approved :: Apache Software License\n',
      ['Apache-2.0'],
    ],
    ['License: BSD\n', ['BSD']],
    ['License: UNKNOWN\n', []],
    ['License: Copyright (c) 2010 Someone\n Permission is hereby granted, free of charge\n', []],
  ])('licenses from %j', (headers, licenses) => {
    expect(parseDistMetadata(`Name: x\nVersion: 1\n${headers}`)!.licenses).toEqual(licenses);
  });
  it('needs both Name and Version', () => {
    expect(parseDistMetadata('Name: x\n')).toBeUndefined();
    expect(parseDistMetadata('')).toBeUndefined();
  });
});

describe('pythonInstalled', () => {
  it('throws on a metadata file without Name/Version', () => {
    expect(() =>
      pythonInstalled.analyze({
        path: 'x.egg-info/PKG-INFO',
        bytes: new Uint8Array(),
        text: () => 'garbage',
        siblings: noSiblings,
      }),
    ).toThrow(/not Python distribution metadata/);
  });
  it('reports nothing for an .egg without EGG-INFO/PKG-INFO and throws on a corrupt one', () => {
    const egg = zipSync({ 'mod.py': new TextEncoder().encode('x = 1\n') });
    expect(
      pythonInstalled.analyze({ path: 'a.egg', bytes: egg, text: () => '', siblings: noSiblings }),
    ).toEqual({});
    expect(() =>
      pythonInstalled.analyze({
        path: 'b.egg',
        bytes: new Uint8Array([1, 2, 3]),
        text: () => '',
        siblings: noSiblings,
      }),
    ).toThrow(/not a readable .egg archive/);
  });
});
