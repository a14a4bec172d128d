import { describe, expect, it } from 'vitest';
import type { Package } from '../../core/model.js';
import { sbomReport } from '../../../test/fixtures/sbom-report.js';
import { sbomContent } from './components.js';
import { uuidV5 } from './uuid.js';
import { utcSeconds } from './timestamp.js';

const base = { ecosystem: 'npm', foundBy: 'npm-lock' };
const p = (name: string, extra: Partial<Package> = {}): Package => ({
  ...base,
  name,
  version: '1.0.0',
  purl: `pkg:npm/${name}@1.0.0`,
  locations: [{ path: 'package-lock.json', startLine: 1 }],
  ...extra,
});

describe('sbomContent', () => {
  it('merges occurrences of one purl: direct if any is, dev only if all are', () => {
    const { components } = sbomContent(
      sbomReport({
        packages: [
          p('a', { direct: false, dev: true, locations: [{ path: 'x/package-lock.json', startLine: 3 }] }),
          p('a', { dev: false, locations: [{ path: 'package-lock.json', startLine: 9 }] }),
          p('a', { direct: true, dev: true, locations: [{ path: 'package-lock.json', startLine: 9 }] }),
        ],
      }),
    );
    expect(components).toHaveLength(1);
    expect(components[0]).toMatchObject({
      ref: 'pkg:npm/a@1.0.0',
      direct: true,
      dev: false,
      locations: [
        { path: 'package-lock.json', startLine: 9 },
        { path: 'x/package-lock.json', startLine: 3 },
      ],
    });
  });

  it('treats an unknown dev flag as runtime and leaves unknown directness out', () => {
    const [c] = sbomContent(sbomReport({ packages: [p('a'), p('a', { dev: true })], os: [] })).components;
    expect(c!.dev).toBe(false);
    expect(c!.direct).toBeUndefined();
  });

  it('resolves name@version dependency keys and drops self and dangling edges', () => {
    const { components, rootDependsOn } = sbomContent(
      sbomReport({
        packages: [
          p('a', { direct: true, dependsOn: ['b@1.0.0', 'pkg:npm/a@1.0.0', 'c@9'] }),
          p('b', { direct: false }),
        ],
        os: [],
      }),
    );
    expect(components.find((c) => c.name === 'a')!.dependsOn).toEqual(['pkg:npm/b@1.0.0']);
    expect(rootDependsOn).toEqual(['pkg:npm/a@1.0.0']);
  });

  it('does not promote a known-transitive orphan to a direct dependency', () => {
    const { rootDependsOn } = sbomContent(
      sbomReport({ packages: [p('orphan', { direct: false }), p('unknown')], os: [] }),
    );
    expect(rootDependsOn).toEqual(['pkg:npm/unknown@1.0.0']);
  });

  it('gives packages without a purl a synthetic ref', () => {
    const [c] = sbomContent(sbomReport({ packages: [p('a', { purl: '' })], os: [] })).components;
    expect(c!.ref).toBe('palisade:package:npm/a@1.0.0');
  });

  it('deduplicates operating systems found in several files', () => {
    const { os } = sbomContent(
      sbomReport({
        packages: [],
        os: [
          { family: 'alpine', version: '3.19', location: { path: 'etc/os-release' } },
          { family: 'alpine', version: '3.19', location: { path: 'etc/alpine-release' } },
        ],
      }),
    );
    expect(os).toEqual([
      {
        ref: 'palisade:os:alpine@3.19',
        family: 'alpine',
        version: '3.19',
        locations: [{ path: 'etc/alpine-release' }, { path: 'etc/os-release' }],
      },
    ]);
  });
});

describe('uuidV5', () => {
  it('matches the RFC 4122 test vector (DNS namespace, "python.org")', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });
});

describe('utcSeconds', () => {
  it.each([
    ['2026-01-02T03:04:05.678Z', '2026-01-02T03:04:05Z'],
    ['2026-01-02T05:04:05+02:00', '2026-01-02T03:04:05Z'],
  ])('%s → %s', (input, expected) => {
    expect(utcSeconds(input)).toBe(expected);
  });
  it('refuses a createdAt that is not a date', () => {
    expect(() => utcSeconds('yesterday')).toThrow(/createdAt/);
  });
});
