import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../core/fingerprint.js';
import type { Finding } from '../../core/model.js';
import { sampleReport } from '../../../test/fixtures/sample-report.js';
import { ciReport } from '../testing/ci-report.js';
import { validateSarif as validate } from '../testing/validators.js';
import { GITHUB_MAX_RESULTS_PER_RUN, sarifWriter } from './writer.js';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[]; 'security-severity': string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: object } }[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
  suppressions?: {
    kind: string;
    status: string;
    justification: string;
    properties: Record<string, string>;
  }[];
}

const KIND_TAGS = ['vulnerability', 'secret', 'misconfiguration', 'sast', 'license'];

describe('sarif writer', () => {
  const sarif = JSON.parse(sarifWriter.write(sampleReport()));
  const run = sarif.runs[0];

  it('is valid SARIF 2.1.0', () => {
    expect(validate(sarif), validate.errors()).toBe(true);
    expect(validate({ ...sarif, version: '2.0.0' })).toBe(false);
  });
  it('has one rule per ruleId with exactly one kind tag and a security-severity', () => {
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'GHSA-hrpp-h998-j3pp',
      'PAL-DF-001',
      'aws-access-key-id',
      'license-forbidden',
    ]);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(rule.properties.tags.filter((t: string) => KIND_TAGS.includes(t))).toHaveLength(1);
      expect(Number(rule.properties['security-severity'])).not.toBeNaN();
    }
    const vuln = run.tool.driver.rules[0];
    expect(vuln.properties.tags).toContain('vulnerability');
    // No CVSS vector in this finding: the "high" band value.
    expect(vuln.properties['security-severity']).toBe('8.0');
    expect(vuln.properties.tags).toContain('external/cwe/cwe-1321');
  });
  it('points results at relative, URI-encoded paths with a region and a stable fingerprint', () => {
    const secret = run.results.find((r: { ruleId: string }) => r.ruleId === 'aws-access-key-id');
    expect(secret.level).toBe('error');
    expect(secret.locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'config/dev%20env.sh',
      uriBaseId: '%SRCROOT%',
    });
    expect(secret.locations[0].physicalLocation.region).toEqual({ startLine: 3, endLine: 3 });
    expect(secret.partialFingerprints['palisade/v1']).toMatch(/^[0-9a-f]{32}$/);
    const misconfig = run.results.find((r: { ruleId: string }) => r.ruleId === 'PAL-DF-001');
    expect(misconfig.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
    expect(misconfig.level).toBe('warning');
  });
  it('fingerprints do not depend on line numbers', () => {
    const moved = sampleReport();
    moved.findings = moved.findings.map((f) => ({
      ...f,
      location: { ...f.location, startLine: (f.location.startLine ?? 1) + 10 },
    }));
    const a = run.results.map((r: { partialFingerprints: object }) => r.partialFingerprints);
    const b = JSON.parse(sarifWriter.write(moved)).runs[0].results.map(
      (r: { partialFingerprints: object }) => r.partialFingerprints,
    );
    expect(b).toEqual(a);
  });
  it('is empty but valid when there are no findings', () => {
    const empty = JSON.parse(sarifWriter.write(sampleReport({ findings: [] })));
    expect(validate(empty)).toBe(true);
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver.rules).toEqual([]);
  });
});

describe('sarif writer on a report with every kind and suppressions', () => {
  const text = sarifWriter.write(ciReport());
  const sarif = JSON.parse(text);
  const run = sarif.runs[0];
  const rules = run.tool.driver.rules as SarifRule[];
  const results = run.results as SarifResult[];
  const rule = (id: string) => rules.find((r) => r.id === id)!;
  const resultsOf = (id: string) => results.filter((r) => r.ruleId === id);

  it('is valid SARIF 2.1.0, suppressions included', () => {
    expect(validate(sarif), validate.errors()).toBe(true);
    expect(results.filter((r) => r.suppressions)).toHaveLength(4);
  });

  it('is byte-stable and does not depend on the order of findings', () => {
    expect(sarifWriter.write(ciReport())).toBe(text);
    const shuffled = ciReport();
    shuffled.findings.reverse();
    expect(sarifWriter.write(shuffled)).toBe(text);
  });

  it('has one rule per ruleId, sorted, each with one kind tag, security, help and a severity score', () => {
    expect(rules.map((r) => r.id)).toEqual([
      'ACME-001',
      'GHSA-8q59-q68h-6hv4',
      'GHSA-hrpp-h998-j3pp',
      'GHSA-jfh8-c2jp-5v3q',
      'PAL-DF-002',
      'PAL-DF-007',
      'PAL-K8S-001',
      'aws-access-key-id',
      'github-pat',
      'js-sql-injection',
      'license-forbidden',
    ]);
    const tagOf: Record<string, string> = {
      'ACME-001': 'misconfiguration',
      'GHSA-8q59-q68h-6hv4': 'vulnerability',
      'PAL-K8S-001': 'misconfiguration',
      'aws-access-key-id': 'secret',
      'js-sql-injection': 'sast',
      'license-forbidden': 'license',
    };
    for (const r of rules) {
      expect(
        r.properties.tags.filter((t) => KIND_TAGS.includes(t)),
        r.id,
      ).toHaveLength(1);
      expect(r.properties.tags, r.id).toContain('security');
      expect(r.properties.tags.length).toBeLessThanOrEqual(10);
      expect(r.properties['security-severity'], r.id).toMatch(/^\d+\.\d$/);
      expect(r.help.text.length, r.id).toBeGreaterThan(0);
      expect(r.help.markdown.length, r.id).toBeGreaterThan(0);
      expect(r.fullDescription.text.length, r.id).toBeGreaterThan(0);
      expect(r.helpUri, r.id).toMatch(/^https:\/\/\S+$/);
      if (tagOf[r.id]) expect(r.properties.tags[0]).toBe(tagOf[r.id]);
    }
    // Each result points back at its rule by index.
    for (const res of results) expect(rules[res.ruleIndex]!.id).toBe(res.ruleId);
  });

  it('describes misconfiguration checks from the check registry (what `palisade checks show` prints)', () => {
    const df = rule('PAL-DF-002');
    expect(df.shortDescription.text).toBe('No USER instruction: the image runs as root');
    expect(df.fullDescription.text).toBe(
      'The final stage never sets USER, so the container runs as root by default (CIS Docker Benchmark 4.1).',
    );
    expect(df.helpUri).toBe(
      'https://github.com/palisade-security/palisade/blob/main/docs/checks.md#pal-df-002',
    );
    expect(df.help.markdown).toContain(
      '### Remediation\nCreate an unprivileged user and add `USER <name>` to the final stage.',
    );
    expect(df.help.markdown).toContain('- <https://docs.docker.com/reference/dockerfile/#user>');
    expect(df.defaultConfiguration.level).toBe('warning');
    expect(df.properties['security-severity']).toBe('5.5');
    // A custom check is not in the registry: its own title, resolution and reference.
    const custom = rule('ACME-001');
    expect(custom.fullDescription.text).toBe('Team label missing');
    expect(custom.helpUri).toBe('https://wiki.example.com/k8s-labels');
    expect(custom.help.text).toContain('Remediation:\nAdd a `team` label naming the owning team.');
  });

  it('describes secrets from the secret rule and tells to rotate them', () => {
    const aws = rule('aws-access-key-id');
    expect(aws.shortDescription.text).toBe('AWS access key ID');
    expect(aws.helpUri).toBe(
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    );
    expect(aws.help.text).toContain(
      'Deactivate the key in IAM, rotate it, and review CloudTrail for its use.',
    );
    expect(aws.help.text).toContain('Remove it from the code and from any history or artifacts that hold it');
    // A rule whose own advice does not say to rotate gets the rotation advice too.
    expect(rule('github-pat').help.text).toContain(
      'Revoke the token on GitHub (or via the credential revocation API) and create a new one with least scope. ' +
        'Revoke and rotate the credential: it must be treated as leaked.',
    );
    expect(aws.properties['security-severity']).toBe('9.5');
    expect(resultsOf('aws-access-key-id')).toHaveLength(2);
  });

  it('describes advisories with title, aliases, fixed versions and the highest CVSS score', () => {
    const log4j = rule('GHSA-jfh8-c2jp-5v3q');
    expect(log4j.shortDescription.text).toBe('Remote code injection in Log4j');
    expect(log4j.fullDescription.text).toBe('Remote code injection in Log4j (CVE-2021-44228)');
    expect(log4j.helpUri).toBe('https://osv.dev/vulnerability/GHSA-jfh8-c2jp-5v3q');
    expect(log4j.help.markdown).toContain(
      'Upgrade org.apache.logging.log4j:log4j-core@2.14.1 to 2.15.0 or later.',
    );
    expect(log4j.properties['security-severity']).toBe('10.0');
    expect(log4j.properties.tags).toEqual([
      'vulnerability',
      'security',
      'external/cwe/cwe-502',
      'external/cwe/cwe-917',
    ]);
    expect(rule('GHSA-hrpp-h998-j3pp').properties['security-severity']).toBe('7.5');
    // No CVSS vector: the band value of its severity (critical).
    const pyyaml = rule('GHSA-8q59-q68h-6hv4');
    expect(pyyaml.properties['security-severity']).toBe('9.5');
    expect(pyyaml.fullDescription.text).toBe(
      'Improper Input Validation in PyYAML (CVE-2020-14343, PYSEC-2021-142)',
    );
    expect(pyyaml.help.text).toContain('No fixed version of pyyaml is known');
  });

  it('takes the highest CVSS score among all packages an advisory affects', () => {
    const report = ciReport();
    const log4j = report.findings.find((f) => f.ruleId === 'GHSA-jfh8-c2jp-5v3q') as Extract<
      Finding,
      { kind: 'vulnerability' }
    >;
    const second: Finding = {
      ...log4j,
      location: { path: 'other/pom.xml', startLine: 3 },
      fingerprint: fingerprint('GHSA-jfh8-c2jp-5v3q', 'other/pom.xml'),
      package: { ...log4j.package, version: '2.0.0' },
      cvss: [{ version: '3.1', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', score: 7.5 }],
      fixedIn: ['2.12.2', '2.15.0'],
    };
    log4j.cvss = [{ version: '3.1', vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N', score: 5.9 }];
    report.findings.push(second);
    const r = (JSON.parse(sarifWriter.write(report)).runs[0].tool.driver.rules as SarifRule[]).find(
      (x) => x.id === log4j.ruleId,
    )!;
    expect(r.properties['security-severity']).toBe('7.5');
    expect(r.help.markdown).toContain(
      '- Upgrade org.apache.logging.log4j:log4j-core@2.0.0 to 2.12.2 or 2.15.0 or later.',
    );
    expect(r.help.markdown).toContain(
      '- Upgrade org.apache.logging.log4j:log4j-core@2.14.1 to 2.15.0 or later.',
    );
  });

  it('marks suppressed results: inSource for comments and annotations, external for ignore files and VEX', () => {
    const byRule = (id: string) => resultsOf(id)[0]!.suppressions;
    expect(byRule('github-pat')).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'inline: revoked token kept as a test fixture',
        properties: { palisadeKind: 'inline' },
      },
    ]);
    expect(byRule('PAL-K8S-001')![0]).toMatchObject({
      kind: 'inSource',
      status: 'accepted',
      properties: { palisadeKind: 'annotation' },
    });
    expect(byRule('PAL-DF-007')).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification:
          'ignore-file (owner platform-team, until 2026-06-30, from .palisadeignore.yaml): tooling image, rebuilt nightly',
        properties: {
          palisadeKind: 'ignore-file',
          owner: 'platform-team',
          expires: '2026-06-30',
          source: '.palisadeignore.yaml',
        },
      },
    ]);
    expect(byRule('GHSA-8q59-q68h-6hv4')).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification:
          'vex (VEX not_affected, vulnerable_code_not_present, from .vex/palisade.openvex.json): yaml.load is never called on untrusted input',
        properties: {
          palisadeKind: 'vex',
          source: '.vex/palisade.openvex.json',
          vexStatus: 'not_affected',
          vexJustification: 'vulnerable_code_not_present',
        },
      },
    ]);
    expect(byRule('GHSA-jfh8-c2jp-5v3q')).toBeUndefined();
  });

  it('keeps relative locations, regions, the commit of a history finding and the package of an advisory', () => {
    const history = resultsOf('aws-access-key-id').find(
      (r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'deploy/env.sh',
    )!;
    expect(history.properties.commit).toBe('3f5e2a1c9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f');
    expect(history.locations[0]!.physicalLocation.region).toEqual({ startLine: 2, endLine: 2 });
    expect(resultsOf('ACME-001')[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'k8s/web%7Capp.yaml',
    );
    const log4j = resultsOf('GHSA-jfh8-c2jp-5v3q')[0]!;
    expect(log4j.properties.package).toBe('pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1');
    expect(log4j.locations[0]!.physicalLocation.region).toEqual({ startLine: 18, endLine: 22 });
    expect(log4j.partialFingerprints).toEqual({ 'palisade/v1': ciReport().findings[0]!.fingerprint });
  });

  it('warns inside the run when GitHub would reject it for too many results', () => {
    const base = ciReport().findings[3]!;
    const many: Finding[] = Array.from({ length: GITHUB_MAX_RESULTS_PER_RUN + 1 }, (_, i) => ({
      ...base,
      location: { path: `gen/f${i}.env`, startLine: 1 },
      fingerprint: fingerprint(base.ruleId, `gen/f${i}.env`),
    }));
    const big = JSON.parse(sarifWriter.write(ciReport({ findings: many }))).runs[0];
    expect(big.results).toHaveLength(GITHUB_MAX_RESULTS_PER_RUN + 1);
    expect(big.invocations[0].executionSuccessful).toBe(true);
    expect(big.invocations[0].toolExecutionNotifications[0].message.text).toMatch(
      /^25001 results: GitHub code scanning rejects/,
    );
    expect(run.invocations).toBeUndefined();
  });
});
