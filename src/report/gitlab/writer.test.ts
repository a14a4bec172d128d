import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/model.js';
import { ciReport } from '../testing/ci-report.js';
import { GITLAB_SCHEMAS, type JsonValidator } from '../testing/validators.js';
import {
  GITLAB_SCHEMA_VERSION,
  NO_COMMIT_SHA,
  gitlabDependencyScanningWriter,
  gitlabSastWriter,
  gitlabSecretDetectionWriter,
} from './writer.js';

interface GlVulnerability {
  id: string;
  name: string;
  description: string;
  severity: string;
  solution?: string;
  identifiers: { type: string; name: string; value: string; url?: string }[];
  links: { url: string }[];
  location: Record<string, unknown> & { file: string };
  cvss_vectors?: { vendor: string; vector: string }[];
  raw_source_code_extract?: string;
}
interface GlReport {
  version: string;
  schema: string;
  scan: {
    type: string;
    start_time: string;
    end_time: string;
    status: string;
    analyzer: { id: string; version: string };
    messages?: { level: string; value: string }[];
  };
  vulnerabilities: GlVulnerability[];
  dependency_files?: {
    path: string;
    package_manager: string;
    dependencies: { package: { name: string }; version: string; iid: number; direct?: boolean }[];
  }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function valid(v: JsonValidator, doc: unknown): void {
  expect(v(doc), v.errors()).toBe(true);
}

describe('gitlab security reports', () => {
  const sast = JSON.parse(gitlabSastWriter.write(ciReport())) as GlReport;
  const secrets = JSON.parse(gitlabSecretDetectionWriter.write(ciReport())) as GlReport;
  const deps = JSON.parse(gitlabDependencyScanningWriter.write(ciReport())) as GlReport;

  it('are valid against the vendored official 15.0.7 schemas, and declare that version', () => {
    valid(GITLAB_SCHEMAS.sast, sast);
    valid(GITLAB_SCHEMAS.secret, secrets);
    valid(GITLAB_SCHEMAS.dependency, deps);
    for (const [doc, v, type] of [
      [sast, GITLAB_SCHEMAS.sast, 'sast'],
      [secrets, GITLAB_SCHEMAS.secret, 'secret_detection'],
      [deps, GITLAB_SCHEMAS.dependency, 'dependency_scanning'],
    ] as const) {
      expect(v.schema.self!.version).toBe(GITLAB_SCHEMA_VERSION);
      expect(doc.version).toBe(GITLAB_SCHEMA_VERSION);
      expect(doc.scan.type).toBe(type);
      expect(doc.schema).toBe(
        `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v15.0.7/dist/${v.schema.$id!.split('/').pop()}`,
      );
      // The report's time, without milliseconds or zone (the schema's pattern); the writer never reads the clock.
      expect([doc.scan.start_time, doc.scan.end_time]).toEqual([
        '2026-01-02T03:04:05',
        '2026-01-02T03:04:05',
      ]);
      expect(doc.scan.analyzer).toMatchObject({ id: 'palisade', version: '0.1.0' });
      for (const vuln of doc.vulnerabilities) expect(vuln.id).toMatch(UUID);
    }
  });

  it('the schemas reject what GitLab would reject', () => {
    const noCommit = structuredClone(secrets);
    delete noCommit.vulnerabilities[0]!.location.commit;
    expect(GITLAB_SCHEMAS.secret(noCommit)).toBe(false);
    expect(
      GITLAB_SCHEMAS.sast({ ...sast, scan: { ...sast.scan, end_time: '2026-01-02T03:04:05.678Z' } }),
    ).toBe(false);
    expect(GITLAB_SCHEMAS.dependency({ ...deps, dependency_files: undefined })).toBe(false);
    expect(GITLAB_SCHEMAS.sast({ ...sast, scan: { ...sast.scan, type: 'secret_detection' } })).toBe(false);
  });

  it('gitlab-sast holds the open misconfigurations and SAST findings, nothing else', () => {
    expect(sast.vulnerabilities.map((v) => [v.identifiers[0]!.value, v.severity, v.location])).toEqual([
      ['ACME-001', 'Low', { file: 'k8s/web|app.yaml', start_line: 5, end_line: 5 }],
      ['PAL-DF-002', 'Medium', { file: 'Dockerfile', start_line: 1, end_line: 9 }],
      ['js-sql-injection', 'High', { file: 'web/src/db.js', start_line: 42, end_line: 42 }],
    ]);
    const df = sast.vulnerabilities[1]!;
    expect(df.name).toBe('No USER instruction: the image runs as root');
    expect(df.description).toBe(
      "Stage 'node:20' never sets USER: the container runs as root\n\nThe final stage never sets USER, so the container runs as root by default (CIS Docker Benchmark 4.1).",
    );
    expect(df.solution).toBe('Create an unprivileged user and add `USER <name>` to the final stage.');
    expect(df.identifiers).toEqual([
      {
        type: 'palisade_rule_id',
        name: 'Palisade PAL-DF-002',
        value: 'PAL-DF-002',
        url: 'https://github.com/palisade-security/palisade/blob/main/docs/checks.md#pal-df-002',
      },
    ]);
    expect(df.links.map((l) => l.url)).toEqual([
      'https://github.com/palisade-security/palisade/blob/main/docs/checks.md#pal-df-002',
      'https://docs.docker.com/reference/dockerfile/#user',
    ]);
    const sql = sast.vulnerabilities[2]!;
    expect(sql.identifiers[1]).toEqual({
      type: 'cwe',
      name: 'CWE-89',
      value: '89',
      url: 'https://cwe.mitre.org/data/definitions/89.html',
    });
    expect(sql.raw_source_code_extract).toBe('db.query("SELECT * FROM users WHERE id = " + req.query.id)');
  });

  it('lists suppressed findings in scan.messages with their reason instead of as vulnerabilities', () => {
    expect(sast.scan.messages).toEqual([
      { level: 'warn', value: 'broken/package-lock.json: npm-lock: Unexpected token' },
      {
        level: 'info',
        value:
          'suppressed PAL-DF-007 at tools/Dockerfile:1, ignore-file (owner platform-team, until 2026-06-30, from .palisadeignore.yaml): tooling image, rebuilt nightly',
      },
      {
        level: 'info',
        value:
          'suppressed PAL-K8S-001 at k8s/node-agent.yaml:21, annotation: annotation palisade.dev/ignore on DaemonSet/node-agent',
      },
    ]);
    expect(secrets.scan.messages).toContainEqual({
      level: 'info',
      value:
        'suppressed github-pat at test/fixtures/token.txt:1, inline: revoked token kept as a test fixture',
    });
    expect(deps.vulnerabilities.some((v) => v.identifiers[0]!.value === 'GHSA-8q59-q68h-6hv4')).toBe(false);
  });

  it('gitlab-secret-detection names the commit of a history finding and the zero sha otherwise, and never the secret', () => {
    expect(secrets.vulnerabilities.map((v) => v.location)).toEqual([
      { file: 'config/dev env.sh', start_line: 3, end_line: 3, commit: { sha: NO_COMMIT_SHA } },
      {
        file: 'deploy/env.sh',
        start_line: 2,
        end_line: 2,
        commit: {
          sha: '3f5e2a1c9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f',
          author: 'Mallory',
          date: '2022-02-03T04:05:06Z',
        },
      },
    ]);
    const aws = secrets.vulnerabilities[0]!;
    expect(aws.severity).toBe('Critical');
    expect(aws.solution).toMatch(/^Deactivate the key in IAM, rotate it/);
    expect(aws.identifiers[0]).toMatchObject({ type: 'palisade_rule_id', value: 'aws-access-key-id' });
    expect(JSON.stringify(secrets)).not.toContain('AKIA2');
    expect(aws.raw_source_code_extract).toBeUndefined();
  });

  it('gitlab-dependency-scanning locates each vulnerable package in its dependency file, with its path', () => {
    expect(
      deps.vulnerabilities.map((v) => [
        v.identifiers.map((i) => `${i.type}:${i.value}`),
        v.severity,
        v.location,
      ]),
    ).toEqual([
      [
        ['ghsa:GHSA-hrpp-h998-j3pp', 'cve:CVE-2022-24999', 'cwe:1321'],
        'High',
        {
          file: 'web/package-lock.json',
          dependency: {
            package: { name: 'qs' },
            version: '6.7.0',
            iid: 3,
            direct: false,
            dependency_path: [{ iid: 2 }, { iid: 1 }],
          },
        },
      ],
      [
        ['ghsa:GHSA-jfh8-c2jp-5v3q', 'cve:CVE-2021-44228', 'cwe:502', 'cwe:917'],
        'Critical',
        {
          file: 'billing/pom.xml',
          dependency: {
            package: { name: 'org.apache.logging.log4j:log4j-core' },
            version: '2.14.1',
            iid: 1,
            direct: true,
          },
        },
      ],
    ]);
    const log4j = deps.vulnerabilities[1]!;
    expect(log4j.name).toBe('Remote code injection in Log4j');
    expect(log4j.solution).toBe('Upgrade org.apache.logging.log4j:log4j-core@2.14.1 to 2.15.0 or later.');
    expect(log4j.cvss_vectors).toEqual([
      { vendor: 'unknown', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H' },
      { vendor: 'unknown', vector: 'AV:N/AC:M/Au:N/C:C/I:C/A:C' },
    ]);
    expect(log4j.identifiers[0]!.url).toBe('https://osv.dev/vulnerability/GHSA-jfh8-c2jp-5v3q');
    expect(deps.dependency_files).toEqual([
      {
        path: 'api/requirements.txt',
        package_manager: 'pip',
        dependencies: [{ package: { name: 'pyyaml' }, version: '5.3.1', iid: 1, direct: true }],
      },
      {
        path: 'billing/pom.xml',
        package_manager: 'maven',
        dependencies: [
          {
            package: { name: 'org.apache.logging.log4j:log4j-core' },
            version: '2.14.1',
            iid: 1,
            direct: true,
          },
        ],
      },
      {
        path: 'web/package-lock.json',
        package_manager: 'npm',
        dependencies: [
          { package: { name: 'body-parser' }, version: '1.19.0', iid: 1, direct: false },
          { package: { name: 'express' }, version: '4.17.1', iid: 2, direct: true },
          { package: { name: 'qs' }, version: '6.7.0', iid: 3, direct: false },
        ],
      },
    ]);
  });

  it('keeps vulnerability ids when lines move, and is deterministic and order-independent', () => {
    const moved = ciReport();
    moved.findings.reverse();
    for (const f of moved.findings)
      f.location = { ...f.location, startLine: (f.location.startLine ?? 1) + 5 };
    const ids = (doc: GlReport) => doc.vulnerabilities.map((v) => v.id).sort();
    expect(ids(JSON.parse(gitlabSastWriter.write(moved)))).toEqual(ids(sast));
    expect(ids(JSON.parse(gitlabSecretDetectionWriter.write(moved)))).toEqual(ids(secrets));
    expect(ids(JSON.parse(gitlabDependencyScanningWriter.write(moved)))).toEqual(ids(deps));
    const reversed = ciReport();
    reversed.findings.reverse();
    expect(gitlabSastWriter.write(reversed)).toBe(gitlabSastWriter.write(ciReport()));
    expect(gitlabDependencyScanningWriter.write(reversed)).toBe(
      gitlabDependencyScanningWriter.write(ciReport()),
    );
  });

  it('stays valid on edge cases: no findings, long titles, a package without a file, a bad vector, a bad timestamp', () => {
    const empty = ciReport({ findings: [], packages: [], diagnostics: [] });
    for (const [w, v] of [
      [gitlabSastWriter, GITLAB_SCHEMAS.sast],
      [gitlabSecretDetectionWriter, GITLAB_SCHEMAS.secret],
      [gitlabDependencyScanningWriter, GITLAB_SCHEMAS.dependency],
    ] as const) {
      const doc = JSON.parse(w.write(empty)) as GlReport;
      valid(v, doc);
      expect(doc.vulnerabilities).toEqual([]);
      expect(doc.scan.messages).toBeUndefined();
    }

    const report = ciReport({ createdAt: 'not a date' });
    const qs = report.findings.find((f) => f.ruleId === 'GHSA-hrpp-h998-j3pp') as Extract<
      Finding,
      { kind: 'vulnerability' }
    >;
    qs.title = 'x'.repeat(400);
    qs.cvss = [{ version: '3.1', vector: 'CVSS:3.1/garbage', score: 5 }];
    const log4j = report.findings.find((f) => f.ruleId === 'GHSA-jfh8-c2jp-5v3q')!;
    log4j.location = { path: '' };
    const doc = JSON.parse(gitlabDependencyScanningWriter.write(report)) as GlReport;
    valid(GITLAB_SCHEMAS.dependency, doc);
    expect(doc.scan.start_time).toBe('1970-01-01T00:00:00');
    expect(doc.vulnerabilities).toHaveLength(1);
    expect(doc.vulnerabilities[0]!.name).toHaveLength(255);
    expect(doc.vulnerabilities[0]!.cvss_vectors).toBeUndefined();
    expect(doc.scan.messages!.at(-1)!.value).toMatch(/^GHSA-jfh8-c2jp-5v3q: .*no dependency file known/);
  });
});
