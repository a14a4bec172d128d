import { describe, expect, it } from 'vitest';
import type { OsvRecord, OsvRange } from '../types.js';
import type { VersionScheme } from '../../../versioning/types.js';
import { affects, matchRecord } from './affects.js';

/** A toy scheme for the evaluation rules alone: dot-separated integers, missing parts are 0. */
const dotted: VersionScheme = {
  id: 'test-dotted',
  isValid: (v) => /^\d+(\.\d+)*$/.test(v),
  compare(a, b) {
    const x = a.split('.').map(Number);
    const y = b.split('.').map(Number);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const d = (x[i] ?? 0) - (y[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  },
};

function record(ranges: OsvRange[], extra: Partial<OsvRecord> = {}, versions?: string[]): OsvRecord {
  return {
    id: 'TEST-1',
    modified: '2024-01-01T00:00:00Z',
    affected: [{ package: { ecosystem: 'npm', name: 'pkg' }, ranges, ...(versions ? { versions } : {}) }],
    ...extra,
  };
}
const eco = (events: OsvRange['events']): OsvRange => ({ type: 'ECOSYSTEM', events });
const pkg = (version: string, name = 'pkg', ecosystem = 'npm') => ({ ecosystem, name, version });

describe('affects: range events', () => {
  // introduced 1.2, fixed 1.4, introduced 2.0, last_affected 2.0.5 — given out of order on purpose: the
  // spec sorts events before evaluating them.
  const r = record([
    eco([{ last_affected: '2.0.5' }, { fixed: '1.4' }, { introduced: '2.0' }, { introduced: '1.2' }]),
  ]);
  it.each([
    ['1.1.9', false], // below introduced
    ['1.2', true], // at introduced
    ['1.2.0', true], // equal under the scheme
    ['1.2.1', true], // above introduced
    ['1.3.99', true], // below fixed
    ['1.4', false], // at fixed
    ['1.4.1', false], // above fixed
    ['1.9', false], // between the two ranges
    ['2.0', true],
    ['2.0.4', true], // below last_affected
    ['2.0.5', true], // at last_affected: inclusive
    ['2.0.6', false], // above last_affected
  ])('%s → %s', (version, expected) => {
    expect(affects(r, pkg(version), dotted)).toBe(expected);
  });

  it('introduced "0" means from the first version', () => {
    const zero = record([eco([{ introduced: '0' }, { fixed: '3' }])]);
    expect(affects(zero, pkg('0.0.1'), dotted)).toBe(true);
    expect(affects(zero, pkg('2.9'), dotted)).toBe(true);
    expect(affects(zero, pkg('3'), dotted)).toBe(false);
  });

  it('an introduced event alone affects every later version', () => {
    const open = record([eco([{ introduced: '5.1' }])]);
    expect(affects(open, pkg('5.0'), dotted)).toBe(false);
    expect(affects(open, pkg('5.1'), dotted)).toBe(true);
    expect(affects(open, pkg('99'), dotted)).toBe(true);
  });

  it('limit caps the range (exclusive); * is no limit', () => {
    const limited = record([eco([{ introduced: '0' }, { limit: '2.0' }])]);
    expect(affects(limited, pkg('1.9'), dotted)).toBe(true);
    expect(affects(limited, pkg('2.0'), dotted)).toBe(false);
    expect(affects(limited, pkg('2.1'), dotted)).toBe(false);
    const star = record([eco([{ introduced: '0' }, { limit: '*' }])]);
    expect(affects(star, pkg('2.1'), dotted)).toBe(true);
  });

  it('any of several ranges matches; SEMVER ranges count, GIT ranges do not', () => {
    const r2 = record([
      { type: 'GIT', repo: 'https://example.com/x', events: [{ introduced: '0' }, { fixed: 'abc123' }] },
      eco([{ introduced: '1' }, { fixed: '2' }]),
      { type: 'SEMVER', events: [{ introduced: '3' }, { fixed: '4' }] },
    ]);
    expect(affects(r2, pkg('1.5'), dotted)).toBe(true);
    expect(affects(r2, pkg('3.5'), dotted)).toBe(true);
    expect(affects(r2, pkg('2.5'), dotted)).toBe(false);
    const gitOnly = record([{ type: 'GIT', repo: 'x', events: [{ introduced: '0' }] }]);
    expect(affects(gitOnly, pkg('1'), dotted)).toBe(false);
  });

  it('reports the fixed versions above the installed one from the ranges containing it', () => {
    const r3 = record([
      eco([{ introduced: '0' }, { fixed: '1.5' }, { introduced: '2' }, { fixed: '2.3' }]),
      eco([{ introduced: '1' }, { fixed: '1.7' }]),
      eco([{ introduced: '5' }, { fixed: '5.1' }]),
    ]);
    expect(matchRecord(r3, pkg('1.2'), dotted)?.fixes.sort()).toEqual(['1.5', '1.7', '2.3']);
    expect(matchRecord(r3, pkg('2.1'), dotted)?.fixes).toEqual(['2.3']);
    expect(matchRecord(r3, pkg('1.6'), dotted)?.fixes).toEqual(['1.7']);
    expect(matchRecord(r3, pkg('3'), dotted)).toBeUndefined();
  });

  it('skips a range whose bounds the scheme cannot read, but ignores an empty event value', () => {
    const bad = record([eco([{ introduced: '0' }, { fixed: 'not-a-version' }])]);
    expect(affects(bad, pkg('1'), dotted)).toBe(false);
    // GHSA-mh6f-8j2x-4483 (flatmap-stream) has `"fixed": ""`: every version is malicious.
    const empty = record([eco([{ introduced: '0' }, { fixed: '' }])]);
    expect(affects(empty, pkg('0.1.1'), dotted)).toBe(true);
  });
});

describe('affects: versions[], validity and schemes', () => {
  const listed = record([eco([{ introduced: '3' }, { fixed: '4' }])], {}, ['1.0', '1.1', 'weird-1']);
  // An entry whose only range is GIT: versions[] is all there is to go by.
  const gitOnly: OsvRecord = {
    id: 'TEST-GIT',
    modified: '2024-01-01T00:00:00Z',
    affected: [
      {
        package: { ecosystem: 'npm', name: 'pkg' },
        ranges: [
          { type: 'GIT', repo: 'https://example.com/r', events: [{ introduced: '0' }, { fixed: 'abc' }] },
        ],
        versions: ['1.0', '2.5'],
      },
    ],
  };
  it.each([
    ['exact', listed, '1.0', dotted, true],
    ['exact', listed, '1.1', dotted, true],
    ['not listed', listed, '1.2', dotted, false],
    // With an evaluable range, the list is only checked for the exact string (see listed() in affects.ts).
    ['equal under the scheme, beside a range', listed, '1.0.0', dotted, false],
    ['via the range', listed, '3.5', dotted, true],
    ['invalid under the scheme: exact hit', listed, 'weird-1', dotted, true],
    ['invalid under the scheme, not listed', listed, 'weird-2', dotted, false],
    ['no scheme: exact', listed, '1.0', undefined, true],
    ['no scheme: not exact', listed, '1.0.0', undefined, false],
    ['no scheme: ranges never evaluated', listed, '3.5', undefined, false],
    ['empty version', listed, '', dotted, false],
    ['versions-only entry: exact', gitOnly, '2.5', dotted, true],
    ['versions-only entry: equal under the scheme', gitOnly, '2.5.0', dotted, true],
    ['versions-only entry: not listed', gitOnly, '2.6', dotted, false],
  ] as const)('%s', (_what, r, version, scheme, expected) => {
    expect(affects(r, pkg(version), scheme)).toBe(expected);
  });

  it('an invalid installed version never range-matches', () => {
    const all = record([eco([{ introduced: '0' }])]);
    expect(affects(all, pkg('latest'), dotted)).toBe(false);
    expect(affects(all, pkg(''), dotted)).toBe(false);
  });

  it('withdrawn records never match', () => {
    const w = record([eco([{ introduced: '0' }])], { withdrawn: '2024-02-01T00:00:00Z' }, ['1']);
    expect(affects(w, pkg('1'), dotted)).toBe(false);
  });
});

describe('affects: which package an entry is about', () => {
  const multi: OsvRecord = {
    id: 'TEST-2',
    modified: '2024-01-01T00:00:00Z',
    affected: [
      { package: { ecosystem: 'PyPI', name: 'Django_REST.framework' }, ranges: [eco([{ introduced: '0' }])] },
      { package: { ecosystem: 'Debian:12', name: 'openssl' }, ranges: [eco([{ introduced: '0' }])] },
      { package: { ecosystem: 'Alpine:v3.20', name: 'musl' }, ranges: [eco([{ introduced: '0' }])] },
      { package: { ecosystem: 'npm', name: '@scope/Pkg' }, ranges: [eco([{ introduced: '0' }])] },
      { ranges: [eco([{ introduced: '0' }])] },
    ],
  };
  it.each([
    ['PyPI', 'django-rest-framework', true], // PEP 503
    ['PyPI', 'django_rest_framework', true],
    ['PyPI', 'djangorestframework', false],
    ['npm', 'django-rest-framework', false], // other ecosystem
    ['Debian:12', 'openssl', true],
    ['Debian:11', 'openssl', false], // another release
    ['Debian', 'openssl', false],
    ['Alpine:v3.20', 'musl', true],
    ['Alpine:v3.19', 'musl', false],
    ['npm', '@scope/Pkg', true],
    ['npm', '@scope/pkg', false], // npm names are case-sensitive
  ])('%s %s → %s', (ecosystem, name, expected) => {
    expect(affects(multi, pkg('1', name, ecosystem), dotted)).toBe(expected);
  });

  it('an entry without a release suffix applies to every release of the distro', () => {
    const generic: OsvRecord = {
      id: 'TEST-3',
      modified: '2024-01-01T00:00:00Z',
      affected: [{ package: { ecosystem: 'Debian', name: 'curl' }, ranges: [eco([{ introduced: '0' }])] }],
    };
    expect(affects(generic, pkg('1', 'curl', 'Debian:12'), dotted)).toBe(true);
  });

  it('collects only the matching entries', () => {
    const m = matchRecord(multi, pkg('1', 'openssl', 'Debian:12'), dotted);
    expect(m?.entries.map((e) => e.package?.ecosystem)).toEqual(['Debian:12']);
  });
});
