/**
 * Test helper: a report whose vulnerability findings carry every kind of triage decision the VEX
 * writers export, plus the round trip (write → --vex → same suppressions) both writer tests check.
 */
import { fingerprint } from '../../../core/fingerprint.js';
import type { Finding, Report, Suppression } from '../../../core/model.js';
import { applyVex, parseVex } from '../../../policy/vex.js';

function vuln(
  id: string,
  aliases: string[],
  name: string,
  version: string,
  path: string,
  extra: Partial<Finding> = {},
): Finding {
  const purl = name.startsWith('@') ? `pkg:npm/%40${name.slice(1)}@${version}` : `pkg:npm/${name}@${version}`;
  return {
    kind: 'vulnerability',
    ruleId: id,
    title: `${name} is vulnerable`,
    severity: 'high',
    message: `${name}@${version} is vulnerable`,
    location: { path, startLine: 3 },
    fingerprint: fingerprint(id, path, purl),
    package: { name, version, ecosystem: 'npm', purl },
    aliases,
    ...extra,
  } as Finding;
}

/**
 * qs (unsuppressed, fixed in 6.7.3), a secret (never in a VEX), plus: lodash accepted in an ignore file,
 * minimist fixed per OpenVEX, @babel/traverse not_affected per CycloneDX (code_not_reachable), semver
 * not_affected per CycloneDX with a justification OpenVEX lacks (requires_environment), and tar found in
 * two files, suppressed in only one (so the package is affected).
 */
export function triagedReport(): Report {
  const ignore: Suppression = {
    kind: 'ignore-file',
    reason: 'only used in build scripts',
    owner: 'web-team',
    expires: '2026-06-30',
    source: '.palisadeignore.yaml',
  };
  const findings: Finding[] = [
    vuln('GHSA-hrpp-h998-j3pp', ['CVE-2022-24999'], 'qs', '6.7.0', 'web/package-lock.json', {
      fixedIn: ['6.7.3'],
    }),
    {
      kind: 'secret',
      ruleId: 'aws-access-key-id',
      title: 'AWS access key ID',
      severity: 'critical',
      message: 'AWS access key ID found',
      location: { path: 'config/env.sh', startLine: 3 },
      fingerprint: fingerprint('aws-access-key-id', 'config/env.sh', 'hash'),
      redacted: 'AKIA****',
    },
    vuln('GHSA-p6mc-m468-83gw', ['CVE-2020-8203'], 'lodash', '4.17.15', 'web/package-lock.json', {
      suppressed: ignore,
      fixedIn: ['4.17.19'],
    }),
    vuln('GHSA-xvch-5gv4-984h', ['CVE-2021-44906'], 'minimist', '1.2.5', 'web/package-lock.json', {
      suppressed: { kind: 'vex', status: 'fixed', source: 'vendor.openvex.json' },
    }),
    vuln('GHSA-67hx-6x53-jw92', ['CVE-2023-45133'], '@babel/traverse', '7.22.0', 'web/package-lock.json', {
      suppressed: {
        kind: 'vex',
        status: 'not_affected',
        justification: 'code_not_reachable',
        reason: 'only used at build time',
        source: 'triage.cdx.json',
      },
    }),
    vuln('GHSA-c2qf-rxjj-qqgw', ['CVE-2022-25883'], 'semver', '5.7.1', 'web/package-lock.json', {
      suppressed: {
        kind: 'vex',
        status: 'false_positive',
        justification: 'requires_environment',
        source: 'triage.cdx.json',
      },
    }),
    vuln('GHSA-r628-mhmh-qjhw', ['CVE-2021-32803'], 'tar', '4.4.13', 'api/package-lock.json', {
      suppressed: ignore,
      fixedIn: ['4.4.15'],
    }),
    vuln('GHSA-r628-mhmh-qjhw', ['CVE-2021-32803'], 'tar', '4.4.13', 'web/package-lock.json', {
      fixedIn: ['4.4.15'],
    }),
  ];
  return {
    schemaVersion: '1.0.0',
    tool: { name: 'palisade', version: '0.1.0' },
    target: { type: 'filesystem', name: 'shop' },
    createdAt: '2026-01-02T03:04:05.000Z',
    scanners: ['vuln', 'secret'],
    packages: [],
    unpinned: [],
    findings,
    diagnostics: [],
    stats: { filesWalked: 3, filesAnalyzed: 3, bytesRead: 100 },
  };
}

/** Feed an exported VEX document back through --vex: which fingerprints does it suppress? */
export function roundTrip(
  report: Report,
  exported: string,
  source: string,
): { suppressed: string[]; expected: string[] } {
  const fresh = report.findings.map((f) => ({ ...f, suppressed: undefined }));
  const out = applyVex(fresh, [parseVex(exported, source)]);
  const expected = report.findings.filter((f) => f.kind === 'vulnerability' && f.suppressed);
  // tar is suppressed in one file only: VEX speaks per package, so the export says affected for both.
  return {
    suppressed: out.findings
      .filter((f) => f.suppressed)
      .map((f) => f.fingerprint)
      .sort(),
    expected: expected
      .filter((f) => f.ruleId !== 'GHSA-r628-mhmh-qjhw')
      .map((f) => f.fingerprint)
      .sort(),
  };
}
