import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../core/fingerprint.js';
import type { Finding, Package } from '../../core/model.js';
import { NO_SCHEME_CODE, detectVulnerabilities } from './detector.js';
import { readRecords } from './match/fixtures/vulndb.js';
import { memorySource } from './match/memory-source.js';
import type { AdvisorySource, OsvRecord } from './types.js';

type Vuln = Extract<Finding, { kind: 'vulnerability' }>;

function pkg(ecosystem: string, name: string, version: string, opts: Partial<Package> = {}): Package {
  const type = { npm: 'npm', PyPI: 'pypi', SwiftURL: 'swift' }[ecosystem] ?? 'generic';
  return {
    name,
    version,
    ecosystem,
    purl: `pkg:${type}/${name.toLowerCase()}@${version}`,
    locations: [{ path: 'web/package-lock.json', startLine: 10 }],
    foundBy: 'test',
    ...opts,
  };
}
const vulns = (findings: Finding[]): Vuln[] => findings.filter((f): f is Vuln => f.kind === 'vulnerability');

const npmRecords = readRecords('npm', [
  'GHSA-hrpp-h998-j3pp', // qs
  'x_NSWG-ECO-28',
  'x_NSWG-ECO-29',
  'GHSA-qw6h-vgh9-j6wx', // express
  'GHSA-rv95-896h-c2vc',
  'x_NSWG-ECO-8',
  'GHSA-29mw-wpgm-hmr9', // lodash
  'GHSA-35jh-r3h4-6jhm',
  'GHSA-4xc9-xhrj-v574',
  'GHSA-jf85-cpcp-j695',
  'GHSA-p6mc-m468-83gw',
  'x_NSWG-ECO-368',
  'x_NSWG-ECO-493',
  'x_NSWG-ECO-516',
]);
const djangoRecords = readRecords('PyPI', ['PYSEC-2022-190', 'GHSA-2gwj-7jmv-h26r', 'PYSEC-2022-191']);

describe('detectVulnerabilities on real npm advisories', () => {
  const express = pkg('npm', 'express', '4.17.1', { direct: true, dependsOn: ['pkg:npm/qs@6.7.0'] });
  const qs = pkg('npm', 'qs', '6.7.0', {
    direct: false,
    locations: [{ path: 'web/package-lock.json', startLine: 40 }],
  });
  const lodash = pkg('npm', 'lodash', '4.17.15', { direct: true });
  const { findings, diagnostics } = detectVulnerabilities([lodash, qs, express], memorySource(npmRecords));
  const byPkg = (name: string) => vulns(findings).filter((f) => f.package.name === name);

  it('reports exactly the advisories whose ranges contain the installed versions, sorted', () => {
    expect(vulns(findings).map((f) => `${f.package.name}@${f.package.version} ${f.ruleId}`)).toEqual([
      'express@4.17.1 GHSA-qw6h-vgh9-j6wx', // fixed 4.20.0
      'express@4.17.1 GHSA-rv95-896h-c2vc', // fixed 4.19.2 (x_NSWG-ECO-8 stops at 4.5.0)
      'lodash@4.17.15 GHSA-29mw-wpgm-hmr9', // fixed 4.17.21
      'lodash@4.17.15 GHSA-35jh-r3h4-6jhm', // fixed 4.17.21
      'lodash@4.17.15 GHSA-p6mc-m468-83gw', // 3.7.0 – 4.17.19
      'lodash@4.17.15 x_NSWG-ECO-516', // 4.17.15 – 4.17.19, no aliases to merge on
      'qs@6.7.0 GHSA-hrpp-h998-j3pp', // 6.7.0 – 6.7.3
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('fills the finding from the advisory', () => {
    const [f] = byPkg('qs');
    expect(f).toEqual({
      kind: 'vulnerability',
      ruleId: 'GHSA-hrpp-h998-j3pp',
      title: 'qs vulnerable to Prototype Pollution',
      severity: 'high', // CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H = 7.5
      message: 'qs@6.7.0 is affected by GHSA-hrpp-h998-j3pp (CVE-2022-24999); fixed in 6.7.3',
      location: { path: 'web/package-lock.json', startLine: 40 },
      fingerprint: fingerprint('GHSA-hrpp-h998-j3pp', 'web/package-lock.json', 'npm', 'qs'),
      references: expect.arrayContaining(['https://osv.dev/vulnerability/GHSA-hrpp-h998-j3pp']),
      package: { name: 'qs', version: '6.7.0', ecosystem: 'npm', purl: 'pkg:npm/qs@6.7.0' },
      aliases: ['CVE-2022-24999'],
      fixedIn: ['6.7.3'],
      cwe: expect.arrayContaining(['CWE-1321']),
      cvss: [{ version: '3.1', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', score: 7.5 }],
      dependencyPaths: [['express@4.17.1', 'qs@6.7.0']],
      published: expect.stringMatching(/^2022-/),
      modified: expect.any(String),
    });
    expect(f!.references![0]).toBe('https://osv.dev/vulnerability/GHSA-hrpp-h998-j3pp');
  });

  it('rates by the highest CVSS score across v3.1 and v4.0 vectors', () => {
    const f = byPkg('express').find((x) => x.ruleId === 'GHSA-qw6h-vgh9-j6wx')!;
    // v3.1 5.0 (medium), v4.0 2.3 (low): the highest wins.
    expect(f.cvss!.map((c) => [c.version, c.score])).toEqual([
      ['3.1', 5.0],
      ['4.0', 2.3],
    ]);
    expect(f.severity).toBe('medium');
    expect(f.fixedIn).toEqual(['4.20.0']);
    expect(f.dependencyPaths).toBeUndefined(); // direct
  });

  it('merges a GHSA and the NSWG record that share its CVE into one finding', () => {
    const old = pkg('npm', 'lodash', '4.17.10', { direct: true });
    const got = vulns(detectVulnerabilities([old], memorySource(npmRecords)).findings);
    const merged = got.find((f) => f.ruleId === 'GHSA-4xc9-xhrj-v574')!;
    expect(merged.aliases).toEqual(['CVE-2018-16487', 'x_NSWG-ECO-493']);
    expect(got.some((f) => f.ruleId === 'x_NSWG-ECO-493' || f.aliases.includes('GHSA-4xc9-xhrj-v574'))).toBe(
      false,
    );
    // CVSS first: NSWG's CVSS:3.0/AV:L/AC:L/PR:N/UI:N/S:C/C:L/I:L/A:N is 5.7 (worked by hand), over GitHub's HIGH label.
    expect(merged.cvss).toEqual([
      { version: '3.0', vector: 'CVSS:3.0/AV:L/AC:L/PR:N/UI:N/S:C/C:L/I:L/A:N', score: 5.7 },
    ]);
    expect(merged.severity).toBe('medium');
    // Both say fixed in 4.17.11.
    expect(merged.fixedIn).toEqual(['4.17.11']);
  });
});

describe('detectVulnerabilities on a real PYSEC + GHSA pair', () => {
  it('reports one finding under the GHSA id with every other id as an alias', () => {
    const django = pkg('PyPI', 'Django', '3.2.12', {
      locations: [{ path: 'requirements.txt', startLine: 3 }],
    });
    const { findings } = detectVulnerabilities([django], memorySource(djangoRecords));
    const got = vulns(findings);
    // PYSEC-2022-191 is alone in the source, yet reported under the GHSA id it names (stable ruleId).
    expect(got.map((f) => f.ruleId)).toEqual(['GHSA-2gwj-7jmv-h26r', 'GHSA-w24h-v9qh-8gxj']);
    const f = got[0]!;
    expect(f.aliases).toEqual(['BIT-django-2022-28346', 'CVE-2022-28346', 'PYSEC-2022-190']);
    expect(f.title).toBe('SQL Injection in Django');
    expect(f.severity).toBe('critical'); // 9.8
    expect(f.fixedIn).toEqual(['3.2.13']);
    expect(f.message).toBe(
      'Django@3.2.12 is affected by GHSA-2gwj-7jmv-h26r (BIT-django-2022-28346, CVE-2022-28346, PYSEC-2022-190); fixed in 3.2.13',
    );
    expect(f.cwe).toEqual(['CWE-89']);
    expect(f.published).toBe('2022-04-12T05:15:00Z'); // PYSEC's, the earlier
    expect(f.modified).toBe('2024-02-18T05:31:29Z'); // GHSA's, the newer
    expect(f.references!.slice(0, 2)).toEqual([
      'https://osv.dev/vulnerability/GHSA-2gwj-7jmv-h26r',
      'https://nvd.nist.gov/vuln/detail/CVE-2022-28346',
    ]);
    expect(new Set(f.references).size).toBe(f.references!.length);
    // PYSEC-2022-191 has no summary and no severity: first line of details, unknown severity.
    expect(got[1]!.title).toMatch(/^A SQL injection issue was discovered in QuerySet\.explain\(\)/);
    expect(got[1]!.severity).toBe('unknown');
    expect(got[1]!.aliases).toEqual(['CVE-2022-28347', 'PYSEC-2022-191']);
  });

  it('does not report the fixed version', () => {
    const django = pkg('PyPI', 'django', '3.2.13');
    expect(detectVulnerabilities([django], memorySource(djangoRecords)).findings).toEqual([]);
  });
});

function rec(
  id: string,
  events: Record<string, string>[],
  extra: Partial<OsvRecord> = {},
  name = 'demo',
): OsvRecord {
  return {
    id,
    modified: '2024-01-01T00:00:00Z',
    affected: [{ package: { ecosystem: 'npm', name }, ranges: [{ type: 'SEMVER', events }] }],
    ...extra,
  };
}

describe('detectVulnerabilities: rules', () => {
  it('names the lowest fix that no merged advisory disputes', () => {
    const records = [
      rec('GHSA-aaaa-bbbb-cccc', [{ introduced: '0' }, { fixed: '1.5.0' }], { aliases: ['CVE-2024-1'] }),
      rec('x_OTHER-1', [{ introduced: '0' }, { fixed: '1.6.0' }], { aliases: ['CVE-2024-1'] }),
    ];
    const [f] = vulns(detectVulnerabilities([pkg('npm', 'demo', '1.4.0')], memorySource(records)).findings);
    expect(f!.fixedIn).toEqual(['1.6.0']);
    expect(f!.aliases).toEqual(['CVE-2024-1', 'x_OTHER-1']);
  });

  it('states when there is no fix, and --ignore-unfixed drops it', () => {
    const records = [
      rec('GHSA-nofx-nofx-nofx', [{ introduced: '0' }, { last_affected: '2.0.0' }], {
        database_specific: { severity: 'LOW' },
      }),
      rec('GHSA-fixd-fixd-fixd', [{ introduced: '0' }, { fixed: '3.0.0' }], {
        affected: [
          {
            package: { ecosystem: 'npm', name: 'demo' },
            ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '3.0.0' }] }],
            ecosystem_specific: { severity: 'HIGH' },
          },
        ],
      }),
    ];
    const input = [pkg('npm', 'demo', '1.0.0')];
    const all = vulns(detectVulnerabilities(input, memorySource(records)).findings);
    expect(all.map((f) => [f.ruleId, f.severity, f.fixedIn, f.message])).toEqual([
      [
        'GHSA-fixd-fixd-fixd',
        'high',
        ['3.0.0'],
        'demo@1.0.0 is affected by GHSA-fixd-fixd-fixd; fixed in 3.0.0',
      ],
      ['GHSA-nofx-nofx-nofx', 'low', [], 'demo@1.0.0 is affected by GHSA-nofx-nofx-nofx; no fix available'],
    ]);
    const fixedOnly = vulns(
      detectVulnerabilities(input, memorySource(records), { ignoreUnfixed: true }).findings,
    );
    expect(fixedOnly.map((f) => f.ruleId)).toEqual(['GHSA-fixd-fixd-fixd']);
  });

  it('matches ecosystems without a scheme on exact versions only, and says so once per ecosystem', () => {
    const swift: OsvRecord = {
      id: 'GHSA-swft-swft-swft',
      modified: '2024-01-01T00:00:00Z',
      affected: [
        {
          package: { ecosystem: 'SwiftURL', name: 'github.com/apple/swift-nio' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0.0' }] }],
          versions: ['1.0.0'],
        },
      ],
    };
    const a = pkg('SwiftURL', 'github.com/apple/swift-nio', '1.0.0');
    const b = pkg('SwiftURL', 'github.com/apple/swift-nio', '1.5.0', {
      locations: [{ path: 'b/Package.resolved' }],
    });
    const { findings, diagnostics } = detectVulnerabilities([a, b], memorySource([swift]));
    expect(vulns(findings).map((f) => f.package.version)).toEqual(['1.0.0']);
    expect(vulns(findings)[0]!.fixedIn).toEqual([]);
    expect(diagnostics).toEqual([
      {
        level: 'info',
        code: NO_SCHEME_CODE,
        message:
          'no version ordering for ecosystem SwiftURL (2 packages): only versions listed explicitly in advisories are matched, version ranges are not evaluated',
      },
    ]);
  });

  it('looks each (ecosystem, name) up once, skips withdrawn records and packages without a version', () => {
    let calls = 0;
    const records = [
      rec('GHSA-live-live-live', [{ introduced: '0' }]),
      rec('GHSA-gone-gone-gone', [{ introduced: '0' }], { withdrawn: '2024-02-01T00:00:00Z' }),
    ];
    const inner = memorySource(records);
    const source: AdvisorySource = {
      lookup(e, n) {
        calls++;
        return inner.lookup(e, n);
      },
    };
    const input = [
      pkg('npm', 'demo', '1.0.0', { locations: [{ path: 'a/package-lock.json' }] }),
      pkg('npm', 'demo', '1.0.0', { locations: [{ path: 'b/package-lock.json' }] }),
      pkg('npm', 'demo', '2.0.0', { locations: [{ path: 'c/package-lock.json' }] }),
      pkg('npm', 'demo', ''),
    ];
    const { findings } = detectVulnerabilities(input, source);
    expect(calls).toBe(1);
    expect(vulns(findings).map((f) => `${f.location.path} ${f.package.version} ${f.ruleId}`)).toEqual([
      'a/package-lock.json 1.0.0 GHSA-live-live-live',
      'b/package-lock.json 1.0.0 GHSA-live-live-live',
      'c/package-lock.json 2.0.0 GHSA-live-live-live',
    ]);
    // Same advisory and package in two files: two fingerprints.
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(3);
  });

  it('keeps the fingerprint when the package moves to another affected version in the same file', () => {
    const source = memorySource([
      rec('GHSA-live-live-live', [{ introduced: '0' }]),
      rec('GHSA-live-live-live', [{ introduced: '0' }], {}, 'other'),
    ]);
    const at = { locations: [{ path: 'a/package-lock.json' }] };
    const [before] = vulns(detectVulnerabilities([pkg('npm', 'demo', '1.0.0', at)], source).findings);
    const [after] = vulns(detectVulnerabilities([pkg('npm', 'demo', '2.0.0', at)], source).findings);
    const [other] = vulns(detectVulnerabilities([pkg('npm', 'other', '1.0.0', at)], source).findings);
    expect(before?.package.version).toBe('1.0.0');
    expect(after?.package.version).toBe('2.0.0');
    expect(after?.fingerprint).toBe(before?.fingerprint);
    expect(other?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(other?.fingerprint).not.toBe(before?.fingerprint);
  });
});
