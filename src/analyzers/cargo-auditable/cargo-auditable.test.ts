import { zlibSync } from 'fflate';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeAnalyzerCases } from '../../../test/harness/analyzer-cases.js';
import { PE_IMAGE_BASE, syntheticElf64, syntheticMachO64, syntheticPe64 } from '../shared/synthetic-executables.js';
import { cargoAuditable } from './index.js';
import { auditablePackages, findDepSection, inflateCapped } from './parse.js';

describeAnalyzerCases(cargoAuditable, path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases'));

const json = JSON.stringify({
  packages: [
    { name: 'app', version: '0.1.0', source: 'local', dependencies: [1, 2], root: true },
    { name: 'itoa', version: '1.0.9', source: 'crates.io' },
    { name: 'build-helper', version: '0.2.0', source: 'crates.io', kind: 'build', dependencies: [1, 99] },
  ],
});
const payload = zlibSync(new TextEncoder().encode(json));

async function run(bytes: Uint8Array) {
  return cargoAuditable.analyze({ path: 'bin/app', bytes, text: () => '', siblings: { readFile: async () => undefined } });
}

describe('cargo-auditable', () => {
  it.each([
    ['Mach-O', syntheticMachO64([{ name: '.dep-v0', data: payload, addr: 0x100008000 }])],
    ['PE', syntheticPe64([{ name: '.dep-v0', data: payload, addr: PE_IMAGE_BASE + 0x3000 }])],
    ['ELF', syntheticElf64([{ name: '.dep-v0', data: payload, addr: 0 }])],
  ])('reads the section from %s', async (_f, bytes) => {
    const out = await run(bytes);
    expect(out.packages!.map((p) => [p.name, p.direct, p.dev, p.dependsOn])).toEqual([
      ['app', undefined, false, ['pkg:cargo/build-helper@0.2.0', 'pkg:cargo/itoa@1.0.9']],
      ['itoa', true, false, undefined],
      ['build-helper', true, true, ['pkg:cargo/itoa@1.0.9']],
    ]);
  });
  it('ignores a Mach-O .dep-v0 outside __DATA only when a __DATA one exists', () => {
    const bin = syntheticMachO64([
      { name: '.dep-v0', segment: '__TEXT', data: new Uint8Array([1]), addr: 0x1000 },
      { name: '.dep-v0', data: payload, addr: 0x2000 },
    ]);
    expect(findDepSection(bin)).toEqual(payload);
  });
  it('returns nothing for an executable without the section', async () => {
    expect((await run(syntheticElf64([{ name: '.data', data: new Uint8Array(8), addr: 0 }]))).packages).toEqual([]);
  });
  it('refuses a zip bomb past the size cap', () => {
    const bomb = zlibSync(new Uint8Array(4 * 1024 * 1024));
    expect(() => inflateCapped(bomb, 1024 * 1024)).toThrow(/more than/);
  });
  it.each([
    ['not zlib', new Uint8Array([1, 2, 3, 4])],
    ['truncated', payload.subarray(0, payload.length - 6)],
  ])('rejects data that is %s', (_n, data) => {
    expect(() => inflateCapped(data)).toThrow(/\.dep-v0/);
  });
  it('rejects JSON without a packages array', () => {
    expect(() => auditablePackages('{"format":1}', 'x', 't')).toThrow(/packages/);
  });
});
