/**
 * Boundary tests per ecosystem, against the registered scheme (schemeFor): versions just below, at and just
 * above `introduced`, `fixed` and `last_affected`, first with real advisories from ../shared/vulndb, then
 * with one hand-built record per ecosystem so every scheme is covered even where the export has no
 * `last_affected` example. A missing scheme fails the test rather than skipping it.
 */
import { describe, expect, it } from 'vitest';
import { schemeFor } from '../../../versioning/index.js';
import type { VersionScheme } from '../../../versioning/types.js';
import type { OsvRecord } from '../types.js';
import { affects } from './affects.js';
import { readRecords } from './fixtures/vulndb.js';

function scheme(ecosystem: string): VersionScheme {
  const s = schemeFor(ecosystem);
  if (!s) throw new Error(`no version scheme registered for ${ecosystem}`);
  return s;
}

const [qs, lodashTrim] = readRecords('npm', ['GHSA-hrpp-h998-j3pp', 'GHSA-29mw-wpgm-hmr9']);
const [django, py] = readRecords('PyPI', ['PYSEC-2022-190', 'PYSEC-2022-42969']);
const [hyper] = readRecords('crates.io', ['RUSTSEC-2017-0002']);
const [nanoauth] = readRecords('Go', ['GO-2020-0004']);
const [log4shell, log4j1] = readRecords('Maven', ['GHSA-jfh8-c2jp-5v3q', 'GHSA-2qrg-x229-3v8q']);
const [airbrake] = readRecords('RubyGems', ['x_RUBYSEC-airbrake-ruby-CVE-2019-16060']);
const [amphp] = readRecords('Packagist', ['x_FRIENDSOFPHP-amphp-http-CVE-2024-2653']);

type Row = [record: OsvRecord, ecosystem: string, name: string, version: string, affected: boolean];
const real: Row[] = [
  // qs: one range per minor line, e.g. introduced 6.7.0 / fixed 6.7.3; and introduced 0 / fixed 6.2.4.
  [qs!, 'npm', 'qs', '6.7.0-0', false],
  [qs!, 'npm', 'qs', '6.7.0', true],
  [qs!, 'npm', 'qs', '6.7.1', true],
  [qs!, 'npm', 'qs', '6.7.2', true],
  [qs!, 'npm', 'qs', '6.7.3', false],
  [qs!, 'npm', 'qs', '6.7.4', false],
  [qs!, 'npm', 'qs', '6.6.1', false],
  [qs!, 'npm', 'qs', '6.2.3', true],
  [qs!, 'npm', 'qs', '6.2.4', false],
  [qs!, 'npm', 'qs', '6.11.0', false],
  // lodash.trim: introduced 0, last_affected 4.5.1.
  [lodashTrim!, 'npm', 'lodash.trim', '4.5.0', true],
  [lodashTrim!, 'npm', 'lodash.trim', '4.5.1', true],
  [lodashTrim!, 'npm', 'lodash.trim', '4.5.2-0', false],
  [lodashTrim!, 'npm', 'lodash.trim', '4.5.2', false],
  [lodashTrim!, 'npm', 'lodash', '4.17.20', true], // another entry of the same record: fixed 4.17.21
  [lodashTrim!, 'npm', 'lodash', '4.17.21', false],
  // django (PYSEC, events listed 4.0 → 3.2 → 2.2): 2.2–2.2.28, 3.2–3.2.13, 4.0–4.0.4.
  [django!, 'PyPI', 'Django', '2.1.15', false],
  [django!, 'PyPI', 'Django', '2.2', true],
  [django!, 'PyPI', 'django', '2.2.0', true],
  [django!, 'PyPI', 'Django', '2.2.27', true],
  [django!, 'PyPI', 'Django', '2.2.28', false],
  [django!, 'PyPI', 'Django', '3.0', false],
  [django!, 'PyPI', 'Django', '3.2.12', true],
  [django!, 'PyPI', 'Django', '3.2.13', false],
  [django!, 'PyPI', 'Django', '4.0rc1', false],
  [django!, 'PyPI', 'Django', '4.0', true],
  [django!, 'PyPI', 'Django', '4.0.4', false],
  // py: introduced 0, last_affected 1.11.0.
  [py!, 'PyPI', 'py', '1.10.0', true],
  [py!, 'PyPI', 'py', '1.11.0', true],
  [py!, 'PyPI', 'py', '1.11.0.post1', false],
  [py!, 'PyPI', 'py', '1.11.1', false],
  // hyper: introduced 0.0.0-0 / fixed 0.9.18, introduced 0.10.0 / fixed 0.10.2.
  [hyper!, 'crates.io', 'hyper', '0.9.17', true],
  [hyper!, 'crates.io', 'hyper', '0.9.18', false],
  [hyper!, 'crates.io', 'hyper', '0.9.19', false],
  [hyper!, 'crates.io', 'hyper', '0.10.0-rc.1', false],
  [hyper!, 'crates.io', 'hyper', '0.10.0', true],
  [hyper!, 'crates.io', 'hyper', '0.10.1', true],
  [hyper!, 'crates.io', 'hyper', '0.10.2', false],
  // Go pseudo-versions: introduced 0.0.0-20160722212129-ac0cc4484ad4, fixed 0.0.0-20200131131040-063a3fb69896;
  // the inventory writes them with go.mod's `v`.
  [nanoauth!, 'Go', 'github.com/nanobox-io/golang-nanoauth', 'v0.0.0-20160722212128-000000000000', false],
  [nanoauth!, 'Go', 'github.com/nanobox-io/golang-nanoauth', 'v0.0.0-20160722212129-ac0cc4484ad4', true],
  [nanoauth!, 'Go', 'github.com/nanobox-io/golang-nanoauth', 'v0.0.0-20200131131039-ffffffffffff', true],
  [nanoauth!, 'Go', 'github.com/nanobox-io/golang-nanoauth', 'v0.0.0-20200131131040-063a3fb69896', false],
  [nanoauth!, 'Go', 'github.com/nanobox-io/golang-nanoauth', 'v0.0.1', false],
  // log4j-core (CVE-2021-44228): 2.0-beta9–2.3.1, 2.4–2.12.2, 2.13.0–2.15.0.
  [log4shell!, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.0-beta8', false],
  [log4shell!, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.0-beta9', true],
  [log4shell!, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.0', true],
  [log4shell!, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.3.0', true],
  [log4shell!, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.3.1', false],
  [log4shell!, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.4', true],
  [log4shell!, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.12.2', false],
  [log4shell!, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.14.1', true],
  [log4shell!, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.15.0-rc1', true],
  [log4shell!, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.15.0', false],
  [log4shell!, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.17.1', false],
  // log4j 1.x: introduced 1.2, last_affected 1.2.17.
  [log4j1!, 'Maven', 'log4j:log4j', '1.1.3', false],
  [log4j1!, 'Maven', 'log4j:log4j', '1.2', true],
  [log4j1!, 'Maven', 'log4j:log4j', '1.2.17', true],
  [log4j1!, 'Maven', 'log4j:log4j', '1.2.17.1', false],
  [log4j1!, 'Maven', 'log4j:log4j', '1.2.18', false],
  // airbrake-ruby: introduced 4.2.3, last_affected 4.2.3 (one version).
  [airbrake!, 'RubyGems', 'airbrake-ruby', '4.2.2', false],
  [airbrake!, 'RubyGems', 'airbrake-ruby', '4.2.3.pre', false],
  [airbrake!, 'RubyGems', 'airbrake-ruby', '4.2.3', true],
  [airbrake!, 'RubyGems', 'airbrake-ruby', '4.2.3.1', false],
  [airbrake!, 'RubyGems', 'airbrake-ruby', '4.2.4', false],
  // amphp/http: introduced 2.0.0 / last_affected 2.1.0 and introduced 0 / last_affected 1.7.2.
  [amphp!, 'Packagist', 'amphp/http', '1.7.2', true],
  [amphp!, 'Packagist', 'amphp/http', '1.7.3', false],
  [amphp!, 'Packagist', 'amphp/http', '2.0.0-RC1', false],
  [amphp!, 'Packagist', 'amphp/http', '2.0.0', true],
  [amphp!, 'Packagist', 'amphp/http', '2.1.0', true],
  [amphp!, 'Packagist', 'amphp/http', '2.1.1', false],
];

describe('real advisories', () => {
  it.each(real.map(([r, ...rest]) => [r.id, ...rest] as const))(
    '%s: %s %s@%s → %s',
    (id, ecosystem, name, version, expected) => {
      const record = real.find(([r]) => r.id === id)![0];
      expect(affects(record, { ecosystem, name, version }, scheme(ecosystem))).toBe(expected);
    },
  );
});

/**
 * Per ecosystem: the bounds of a range `introduced I, fixed F, introduced R, last_affected L` and, for each
 * bound, a version just below and just above it in that ecosystem's own syntax.
 */
interface Bounds {
  name: string;
  introduced: [below: string, at: string, above: string];
  fixed: [below: string, at: string, above: string];
  reintroduced: string;
  lastAffected: [below: string, at: string, above: string];
}
const BOUNDS: Record<string, Bounds> = {
  npm: {
    name: 'left-pad',
    introduced: ['1.2.0-rc.1', '1.2.0', '1.2.1'],
    fixed: ['1.3.9', '1.4.0', '1.4.1'],
    reintroduced: '2.0.0',
    lastAffected: ['2.0.5-beta.1', '2.0.5', '2.0.6-0'],
  },
  'crates.io': {
    name: 'tokio',
    introduced: ['1.2.0-alpha.1', '1.2.0', '1.2.1'],
    fixed: ['1.3.9', '1.4.0', '1.4.1'],
    reintroduced: '2.0.0',
    lastAffected: ['2.0.4', '2.0.5', '2.0.6'],
  },
  Go: {
    name: 'github.com/gin-gonic/gin',
    introduced: ['v1.2.0-rc.1', 'v1.2.0', 'v1.2.1'],
    fixed: ['v1.4.0-0.20200101000000-abcdefabcdef', 'v1.4.0', 'v1.4.1'],
    reintroduced: '2.0.0',
    lastAffected: ['v2.0.4+incompatible', 'v2.0.5+incompatible', 'v2.0.6+incompatible'],
  },
  Hex: {
    name: 'plug',
    introduced: ['1.2.0-rc.0', '1.2.0', '1.2.1'],
    fixed: ['1.3.9', '1.4.0', '1.4.1'],
    reintroduced: '2.0.0',
    lastAffected: ['2.0.4', '2.0.5', '2.0.6'],
  },
  PyPI: {
    name: 'Requests',
    introduced: ['1.2rc1', '1.2', '1.2.post1'],
    fixed: ['1.4.dev0', '1.4', '1.4.post1'],
    reintroduced: '2.0',
    lastAffected: ['2.0.4', '2.0.5', '2.0.5.post1'],
  },
  Maven: {
    name: 'com.example:lib',
    introduced: ['1.2.0-beta1', '1.2.0', '1.2.0.1'],
    fixed: ['1.4.0-RC1', '1.4.0', '1.4.1'],
    reintroduced: '2.0.0',
    lastAffected: ['2.0.5-SNAPSHOT', '2.0.5', '2.0.6'],
  },
  RubyGems: {
    name: 'rack',
    introduced: ['1.2.0.rc1', '1.2.0', '1.2.0.1'],
    fixed: ['1.3.99', '1.4.0', '1.4.0.1'],
    reintroduced: '2.0.0',
    lastAffected: ['2.0.5.pre', '2.0.5', '2.0.5.1'],
  },
  NuGet: {
    name: 'Newtonsoft.Json',
    introduced: ['1.2.0-rc.1', '1.2.0', '1.2.0.1'],
    fixed: ['1.3.9', '1.4.0', '1.4.1'],
    reintroduced: '2.0.0',
    lastAffected: ['2.0.5-beta', '2.0.5', '2.0.6'],
  },
  Packagist: {
    name: 'symfony/http-kernel',
    introduced: ['1.2.0-RC1', '1.2.0', '1.2.1'],
    fixed: ['1.3.9', '1.4.0', '1.4.1'],
    reintroduced: '2.0.0',
    lastAffected: ['2.0.5-beta1', '2.0.5', '2.0.6'],
  },
  Pub: {
    name: 'http',
    introduced: ['1.2.0-dev', '1.2.0', '1.2.1'],
    fixed: ['1.3.9', '1.4.0', '1.4.1'],
    reintroduced: '2.0.0',
    lastAffected: ['2.0.4', '2.0.5', '2.0.6'],
  },
  'Debian:12': {
    name: 'openssl',
    introduced: ['1.2~rc1-1', '1.2-1', '1.2-1+deb12u1'],
    fixed: ['1.4-1', '1.4-2', '1.4-2+deb12u1'],
    reintroduced: '2.0-1',
    lastAffected: ['2.0.5~beta-1', '2.0.5-1', '2.0.5-1.1'],
  },
  'Alpine:v3.20': {
    name: 'musl',
    introduced: ['1.2.0_rc1-r0', '1.2.0-r0', '1.2.0-r1'],
    fixed: ['1.4.0-r1', '1.4.0-r2', '1.4.0-r3'],
    reintroduced: '2.0.0-r0',
    lastAffected: ['2.0.4-r9', '2.0.5-r0', '2.0.5-r1'],
  },
  'AlmaLinux:9': {
    name: 'openssl',
    introduced: ['1:1.2.0~rc1-1.el9', '1:1.2.0-1.el9', '1:1.2.0-1.el9_1'],
    fixed: ['1:1.4.0-1.el9', '1:1.4.0-2.el9', '1:1.4.0-2.el9_0.1'],
    reintroduced: '1:2.0.0-1.el9',
    lastAffected: ['1:2.0.4-9.el9', '1:2.0.5-1.el9', '1:2.0.5-1.el9_2'],
  },
  CRAN: {
    name: 'jsonlite',
    introduced: ['1.1-9', '1.2-0', '1.2-1'],
    fixed: ['1.3-9', '1.4-0', '1.4-1'],
    reintroduced: '2.0-0',
    lastAffected: ['2.0-4', '2.0-5', '2.0-6'],
  },
  Hackage: {
    name: 'aeson',
    introduced: ['1.1.9', '1.2', '1.2.0.1'],
    fixed: ['1.3.9', '1.4', '1.4.1'],
    reintroduced: '2.0',
    lastAffected: ['2.0.4', '2.0.5', '2.0.5.1'],
  },
};

function boundsRecord(ecosystem: string, b: Bounds): OsvRecord {
  const go = ecosystem === 'Go'; // OSV's Go records write versions without go.mod's `v`
  const v = (s: string): string => (go ? s.replace(/^v/, '') : s);
  return {
    id: `TEST-${ecosystem}`,
    modified: '2024-01-01T00:00:00Z',
    affected: [
      {
        package: { ecosystem, name: b.name },
        ranges: [
          {
            type: go ? 'SEMVER' : 'ECOSYSTEM',
            events: [
              { introduced: v(b.introduced[1]) },
              { fixed: v(b.fixed[1]) },
              { introduced: v(b.reintroduced) },
              { last_affected: v(b.lastAffected[1]).replace(/\+incompatible$/, '') },
            ],
          },
        ],
      },
    ],
  };
}

const boundaryRows: [string, string, string, boolean][] = Object.entries(BOUNDS).flatMap(([ecosystem, b]) => [
  [ecosystem, 'below introduced', b.introduced[0], false],
  [ecosystem, 'at introduced', b.introduced[1], true],
  [ecosystem, 'above introduced', b.introduced[2], true],
  [ecosystem, 'below fixed', b.fixed[0], true],
  [ecosystem, 'at fixed', b.fixed[1], false],
  [ecosystem, 'above fixed', b.fixed[2], false],
  [ecosystem, 'at re-introduced', b.reintroduced, true],
  [ecosystem, 'below last_affected', b.lastAffected[0], true],
  [ecosystem, 'at last_affected', b.lastAffected[1], true],
  [ecosystem, 'above last_affected', b.lastAffected[2], false],
]);

describe('boundaries per ecosystem (hand-built ranges)', () => {
  it.each(boundaryRows)('%s: %s (%s) → %s', (ecosystem, _what, version, expected) => {
    const b = BOUNDS[ecosystem]!;
    const record = boundsRecord(ecosystem, b);
    const s = scheme(ecosystem);
    // The versions themselves must be valid for the scheme, or the row would pass for the wrong reason.
    expect(s.isValid(version), `${version} valid for ${ecosystem}`).toBe(true);
    expect(affects(record, { ecosystem, name: b.name, version }, s)).toBe(expected);
  });
});
