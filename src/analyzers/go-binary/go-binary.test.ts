import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { PE_IMAGE_BASE, syntheticElf64, syntheticMachO64, syntheticPe64 } from '../shared/synthetic-executables.js';
import { goBinary } from './index.js';
import { goBinaryPackages, readGoBuildInfo } from './parse.js';

describeAnalyzerCases(goBinary, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

const enc = new TextEncoder();
const START = '0w\xaf\x0c\x92t\x08\x02A\xe1\xc1\x07\xe6\xd6\x18\xe6';
const END = '\xf92C1\x86\x18 r\x00\x82B\x10A\x16\xd8\xf2';
const MODINFO =
  START +
  'path\texample.com/cmd/app\nmod\texample.com/cmd\tv1.4.0\th1:abc=\ndep\tgolang.org/x/text\tv0.14.0\th1:def=\n' +
  'dep\tgithub.com/old/lib\tv1.0.0\n=>\tgithub.com/new/lib\tv1.0.1\th1:ghi=\ndep\texample.com/local\tv0.0.0\n=>\t../local\t\t\nbuild\tGOOS=linux\n' +
  END;

function header(ptrSize: number, flags: number): Uint8Array {
  const h = new Uint8Array(32);
  h.set([0xff, ...enc.encode(' Go buildinf:')]);
  h[14] = ptrSize;
  h[15] = flags;
  return h;
}

function varintString(s: string): Uint8Array {
  const b = enc.encode(s);
  const len: number[] = [];
  let n = b.length;
  while (n >= 0x80) {
    len.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  len.push(n);
  return Uint8Array.from([...len, ...b]);
}

function inlineBlob(goVersion: string, modinfo: string): Uint8Array {
  return Uint8Array.from([...header(8, 2), ...varintString(goVersion), ...varintString(modinfo)]);
}

const expected = [
  'example.com/cmd@1.4.0 pkg:golang/example.com/cmd@v1.4.0',
  'golang.org/x/text@0.14.0 pkg:golang/golang.org/x/text@v0.14.0',
  'github.com/new/lib@1.0.1 pkg:golang/github.com/new/lib@v1.0.1',
  'stdlib@1.21.5 pkg:golang/stdlib@1.21.5',
];
const summary = (bytes: Uint8Array) => {
  const info = readGoBuildInfo(bytes);
  return info && goBinaryPackages(info, 'app', 't').map((p) => `${p.name}@${p.version} ${p.purl}`);
};

describe('readGoBuildInfo', () => {
  it('reads the Go 1.18+ inline format from a Mach-O __go_buildinfo section', () => {
    const bin = syntheticMachO64([{ name: '__go_buildinfo', data: inlineBlob('go1.21.5', MODINFO), addr: 0x100004000 }]);
    expect(summary(bin)).toEqual(expected);
  });
  it('finds the header by scanning a PE .data section', () => {
    const data = new Uint8Array(4096);
    data.set(inlineBlob('go1.21.5', MODINFO), 1024);
    const bin = syntheticPe64([{ name: '.data', data, addr: PE_IMAGE_BASE + 0x2000 }]);
    expect(summary(bin)).toEqual(expected);
  });
  it('follows the pre-1.18 pointers through the loaded segments', () => {
    const dataAddr = 0x600000;
    const version = enc.encode('go1.16.15');
    const mod = enc.encode(MODINFO.replace(/[\x80-\xff]/g, 'x'));
    const rodata = Uint8Array.from([...version, ...mod]);
    const bi = new Uint8Array(64);
    bi.set(header(8, 0));
    const dv = new DataView(bi.buffer);
    dv.setBigUint64(16, 0x500020n, true); // &runtime.buildVersion
    dv.setBigUint64(24, 0x500030n, true); // &runtime.modinfo
    dv.setBigUint64(32, BigInt(dataAddr), true);
    dv.setBigUint64(40, BigInt(version.length), true);
    dv.setBigUint64(48, BigInt(dataAddr + version.length), true);
    dv.setBigUint64(56, BigInt(mod.length), true);
    const bin = syntheticElf64([
      { name: '.go.buildinfo', data: bi, addr: 0x500000 },
      { name: '.rodata', data: rodata, addr: dataAddr },
    ]);
    expect(summary(bin)).toEqual([...expected.slice(0, 3), 'stdlib@1.16.15 pkg:golang/stdlib@1.16.15']);
  });
  it('leaves out a "(devel)" main module and a devel toolchain', () => {
    const bin = syntheticElf64([{ name: '.go.buildinfo', data: inlineBlob('devel go1.23-abcdef', START + 'mod\tapp\t(devel)\t\n' + END), addr: 0x1000 }]);
    expect(summary(bin)).toEqual([]);
  });
  it('returns nothing for an executable without Go build info', () => {
    expect(readGoBuildInfo(syntheticElf64([{ name: '.data', data: new Uint8Array(256), addr: 0x1000 }]))).toBeUndefined();
  });
  it('rejects a truncated header instead of reading past the end', () => {
    const blob = inlineBlob('go1.21.5', MODINFO).subarray(0, 60);
    expect(() => readGoBuildInfo(syntheticElf64([{ name: '.go.buildinfo', data: blob, addr: 0x1000 }]))).toThrow(/truncated/);
  });
  it('survives garbage after a valid magic number', () => {
    const bytes = syntheticElf64([{ name: '.data', data: Uint8Array.from([...header(8, 0), ...new Uint8Array(32).fill(0xff)]), addr: 0x1000 }]);
    expect(() => readGoBuildInfo(bytes)).toThrow(/outside the loaded segments/);
  });
});
