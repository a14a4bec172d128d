import type { Finding, Package, Report } from '../../core/model.js';
import { compareStrings } from '../../core/sort.js';
import {
  PROJECT_URI,
  describeRules,
  findingRemediation,
  locationText,
  suppressionText,
  type RuleDocs,
} from '../rule-docs.js';
import { uuidV5 } from '../sbom/uuid.js';
import type { ReportWriter } from '../types.js';
import { SEVERITY_LABELS } from '../summary.js';

/**
 * GitLab security reports (https://docs.gitlab.com/ee/development/integrations/secure.md), schema 15.0.7
 * of gitlab-org/security-products/security-report-schemas:
 * - `gitlab-sast` (`artifacts:reports:sast`): misconfigurations and SAST findings;
 * - `gitlab-secret-detection` (`artifacts:reports:secret_detection`): secrets;
 * - `gitlab-dependency-scanning` (`artifacts:reports:dependency_scanning`): vulnerable packages, plus
 *   every dependency file with its packages (`dependency_files`).
 * GitLab takes one report type per artifact and validates each against its own schema (`scan.type` is an
 * enum per type), and it treats secrets apart from SAST (secret-detection widgets, policies and
 * automatic revocation), so each type is its own format rather than one file that guesses.
 *
 * GitLab has no state for an accepted finding in these reports: a suppressed finding would show as a
 * new vulnerability and could block a merge request through an approval policy. Suppressed findings are
 * therefore listed in `scan.messages` with their reason, not in `vulnerabilities`.
 *
 * Vulnerability ids are UUIDs derived from the line-independent fingerprint, so GitLab keeps tracking
 * the same vulnerability when code moves; scan times come from report.createdAt.
 */

export const GITLAB_SCHEMA_VERSION = '15.0.7';
const SCHEMA_BASE = `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist`;

// GitLab does not know whether a secret found in the working tree was committed, but the schema requires
// a commit sha: the all-zero sha, as other scanners write for a scan without history.
export const NO_COMMIT_SHA = '0000000';

const MAX_MESSAGES = 100;
const MAX_NAME = 255;
const MAX_DESCRIPTION = 1_048_576;
const MAX_SOLUTION = 7000;

type ReportType = 'sast' | 'secret_detection' | 'dependency_scanning';

/** The schemas' own patterns for CVSS v2 and v3.x vectors: a vector that fails them would get the whole report rejected. */
const CVSS2 =
  /^((AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))\/)*(AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))$/;
const CVSS3 =
  /^CVSS:3[.][01]\/((AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])\/)*(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])$/;

/** Analyzer id → the package manager GitLab's dependency list names; unknown analyzers fall back to the ecosystem. */
const PACKAGE_MANAGER: Record<string, string> = {
  'npm-lock': 'npm',
  'node-modules': 'npm',
  'yarn-lock': 'yarn',
  'pnpm-lock': 'pnpm',
  'bun-lock': 'bun',
  'pip-requirements': 'pip',
  pylock: 'pip',
  'python-installed': 'pip',
  'pipfile-lock': 'pipenv',
  'poetry-lock': 'poetry',
  'pdm-lock': 'pdm',
  'uv-lock': 'uv',
  'maven-pom': 'maven',
  'java-archive': 'maven',
  'gradle-lockfile': 'gradle',
  'gradle-verification-metadata': 'gradle',
  'gradle-version-catalog': 'gradle',
  'go-mod': 'go',
  'go-binary': 'go',
  'cargo-lock': 'cargo',
  'cargo-auditable': 'cargo',
  'gemfile-lock': 'bundler',
  'composer-lock': 'composer',
  'nuget-lock': 'nuget',
  'packages-config': 'nuget',
  'dotnet-deps': 'nuget',
  'pubspec-lock': 'pub',
  'mix-lock': 'mix',
  'conan-lock': 'conan',
  'podfile-lock': 'cocoapods',
  'swift-resolved': 'swift',
};

/** Cuts to `max` UTF-16 units without splitting a surrogate pair (so never more than `max` code points). */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/** `2026-01-02T03:04:05.678Z` → `2026-01-02T03:04:05` (UTC), the only form the schema takes. */
export function gitlabTime(createdAt: string): string {
  const d = new Date(createdAt);
  return Number.isNaN(d.getTime()) ? '1970-01-01T00:00:00' : d.toISOString().slice(0, 19);
}

function isLink(url: string): boolean {
  return /^(https?|ftp):\/\/\S+$/.test(url);
}

function advisoryIdentifier(id: string) {
  const type = /^CVE-\d+-\d+$/i.test(id) ? 'cve' : /^GHSA-/i.test(id) ? 'ghsa' : 'osv';
  return { type, name: id, value: id, url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` };
}

function cweIdentifiers(cwe: readonly string[]) {
  return cwe
    .map((c) => /^CWE-(\d+)$/i.exec(c)?.[1])
    .filter((n): n is string => n !== undefined)
    .map((n) => ({
      type: 'cwe',
      name: `CWE-${n}`,
      value: n,
      url: `https://cwe.mitre.org/data/definitions/${n}.html`,
    }));
}

function identifiers(f: Finding, docs: RuleDocs) {
  const primary =
    f.kind === 'vulnerability'
      ? [advisoryIdentifier(f.ruleId), ...f.aliases.filter((a) => a !== f.ruleId).map(advisoryIdentifier)]
      : [
          {
            type: 'palisade_rule_id',
            name: `Palisade ${f.ruleId}`,
            value: f.ruleId,
            ...(isLink(docs.helpUri) ? { url: docs.helpUri } : {}),
          },
        ];
  return [...primary, ...cweIdentifiers(f.cwe ?? [])];
}

function links(f: Finding, docs: RuleDocs) {
  return [...new Set([docs.helpUri, ...(f.references ?? [])])].filter(isLink).map((url) => ({ url }));
}

interface DependencyIndex {
  files: { path: string; package_manager: string; dependencies: object[] }[];
  /** path → `name@version` (or name) → iid */
  iids: Map<string, Map<string, number>>;
  /** path → purl → direct */
  direct: Map<string, Map<string, boolean>>;
}

const packageLabel = (name: string, version: string) => (version ? `${name}@${version}` : name);

/** Every dependency file with its packages, each numbered (iid) so a finding can name its dependency path. */
function dependencyIndex(packages: readonly Package[]): DependencyIndex {
  const byPath = new Map<string, Package[]>();
  for (const p of packages) {
    for (const loc of p.locations) {
      if (!loc.path) continue;
      const list = byPath.get(loc.path);
      if (!list) byPath.set(loc.path, [p]);
      else if (!list.includes(p)) list.push(p);
    }
  }
  const index: DependencyIndex = { files: [], iids: new Map(), direct: new Map() };
  for (const path of [...byPath.keys()].sort(compareStrings)) {
    const pkgs = byPath
      .get(path)!
      .slice()
      .sort(
        (a, b) =>
          compareStrings(a.name, b.name) ||
          compareStrings(a.version, b.version) ||
          compareStrings(a.purl, b.purl),
      );
    const iids = new Map<string, number>();
    const direct = new Map<string, boolean>();
    const dependencies = pkgs.map((p, i) => {
      if (!iids.has(packageLabel(p.name, p.version))) iids.set(packageLabel(p.name, p.version), i + 1);
      if (p.direct !== undefined) direct.set(p.purl, p.direct);
      return {
        package: { name: p.name },
        version: p.version,
        iid: i + 1,
        ...(p.direct !== undefined ? { direct: p.direct } : {}),
      };
    });
    const first = pkgs[0]!;
    index.files.push({
      path,
      package_manager: PACKAGE_MANAGER[first.foundBy] ?? (first.ecosystem.toLowerCase() || first.foundBy),
      dependencies,
    });
    index.iids.set(path, iids);
    index.direct.set(path, direct);
  }
  return index;
}

function location(f: Finding, deps: DependencyIndex | undefined) {
  const lines = {
    ...(f.location.startLine ? { start_line: f.location.startLine } : {}),
    ...(f.location.startLine && f.location.endLine
      ? { end_line: Math.max(f.location.endLine, f.location.startLine) }
      : {}),
  };
  if (f.kind === 'secret') {
    const origin = f.location.origin;
    const commit = {
      sha: origin?.commit || NO_COMMIT_SHA,
      ...(origin?.author ? { author: origin.author } : {}),
      ...(origin?.date ? { date: origin.date } : {}),
    };
    return { file: f.location.path, ...lines, commit };
  }
  if (f.kind === 'vulnerability') {
    const iids = deps?.iids.get(f.location.path);
    const iid = iids?.get(packageLabel(f.package.name, f.package.version));
    const direct = deps?.direct.get(f.location.path)?.get(f.package.purl);
    // The first dependency path, without the package itself; only when every ancestor is in the file.
    const ancestors = f.dependencyPaths?.[0]?.slice(0, -1).map((label) => iids?.get(label));
    const path =
      ancestors?.length && ancestors.every((x) => x !== undefined)
        ? ancestors.map((x) => ({ iid: x! }))
        : undefined;
    return {
      file: f.location.path,
      dependency: {
        package: { name: f.package.name },
        version: f.package.version,
        ...(iid !== undefined ? { iid } : {}),
        ...(direct !== undefined ? { direct } : {}),
        ...(path ? { dependency_path: path } : {}),
      },
    };
  }
  return { file: f.location.path, ...lines };
}

function vulnerability(f: Finding, docs: RuleDocs, deps: DependencyIndex | undefined) {
  const description =
    f.message && f.message !== docs.fullDescription
      ? `${f.message}\n\n${docs.fullDescription}`
      : docs.fullDescription;
  const solution = findingRemediation(f) || docs.remediation;
  const out: Record<string, unknown> = {
    id: uuidV5(`palisade:gitlab:${f.fingerprint}`),
    name: truncate(f.title || f.ruleId, MAX_NAME),
    description: truncate(description, MAX_DESCRIPTION),
    severity: SEVERITY_LABELS[f.severity],
    ...(solution ? { solution: truncate(solution, MAX_SOLUTION) } : {}),
    identifiers: identifiers(f, docs),
    links: links(f, docs),
    location: location(f, deps),
  };
  if (f.kind === 'vulnerability') {
    const vectors = (f.cvss ?? [])
      .filter(
        (c) =>
          ((c.version === '3.0' || c.version === '3.1') && CVSS3.test(c.vector)) ||
          (c.version === '2.0' && CVSS2.test(c.vector)),
      )
      .slice(0, 10)
      .map((c) => ({ vendor: 'unknown', vector: c.vector }));
    if (vectors.length) out.cvss_vectors = vectors;
  }
  if (f.kind === 'sast' && f.snippet) out.raw_source_code_extract = f.snippet;
  return out;
}

function messages(report: Report, suppressed: readonly Finding[], leftOut: readonly string[]) {
  const out: { level: 'info' | 'warn'; value: string }[] = [];
  for (const d of report.diagnostics) {
    out.push({
      level: d.level === 'info' ? 'info' : 'warn',
      value: d.path ? `${d.path}: ${d.message}` : d.message || d.code,
    });
  }
  for (const f of suppressed) {
    out.push({
      level: 'info',
      value: `suppressed ${f.ruleId} at ${locationText(f)}, ${suppressionText(f.suppressed!)}`,
    });
  }
  for (const text of leftOut) out.push({ level: 'warn', value: text });
  if (out.length <= MAX_MESSAGES) return out;
  return [
    ...out.slice(0, MAX_MESSAGES - 1),
    { level: 'info' as const, value: `${out.length - MAX_MESSAGES + 1} more messages: see the JSON report` },
  ];
}

function byLocation(a: Finding, b: Finding): number {
  return (
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.location.path, b.location.path) ||
    (a.location.startLine ?? 0) - (b.location.startLine ?? 0) ||
    compareStrings(a.fingerprint, b.fingerprint)
  );
}

const TYPES: Record<ReportType, { kinds: readonly Finding['kind'][]; schemaFile: string }> = {
  sast: { kinds: ['misconfig', 'sast'], schemaFile: 'sast-report-format.json' },
  secret_detection: { kinds: ['secret'], schemaFile: 'secret-detection-report-format.json' },
  dependency_scanning: { kinds: ['vulnerability'], schemaFile: 'dependency-scanning-report-format.json' },
};

export function toGitlab(report: Report, type: ReportType): object {
  const { kinds, schemaFile } = TYPES[type];
  const findings = report.findings.filter((f) => kinds.includes(f.kind)).sort(byLocation);
  const docs = describeRules(findings);
  const deps = type === 'dependency_scanning' ? dependencyIndex(report.packages) : undefined;
  const open = findings.filter((f) => !f.suppressed);
  // The dependency schema requires a file; a vulnerable package without one (rare) cannot be listed.
  const listable = open.filter((f) => type !== 'dependency_scanning' || f.location.path !== '');
  const leftOut = open
    .filter((f) => !listable.includes(f))
    .map(
      (f) =>
        `${f.ruleId}: ${f.message || f.title} (no dependency file known, so not listed as a vulnerability)`,
    );
  const time = gitlabTime(report.createdAt);
  const component = {
    id: 'palisade',
    name: 'Palisade',
    url: PROJECT_URI,
    vendor: { name: 'Palisade' },
    version: report.tool.version || 'unknown',
  };
  const msgs = messages(
    report,
    findings.filter((f) => f.suppressed),
    leftOut,
  );
  return {
    version: GITLAB_SCHEMA_VERSION,
    schema: `${SCHEMA_BASE}/${schemaFile}`,
    scan: {
      analyzer: component,
      scanner: component,
      type,
      start_time: time,
      end_time: time,
      status: 'success',
      ...(msgs.length ? { messages: msgs } : {}),
    },
    vulnerabilities: listable.map((f) => vulnerability(f, docs.get(f.ruleId)!, deps)),
    ...(deps ? { dependency_files: deps.files } : {}),
  };
}

function gitlabWriter(id: string, type: ReportType): ReportWriter {
  return {
    id,
    mediaType: 'application/json',
    fileExtension: 'json',
    write: (report) => JSON.stringify(toGitlab(report, type), null, 2) + '\n',
  };
}

export const gitlabSastWriter = gitlabWriter('gitlab-sast', 'sast');
export const gitlabSecretDetectionWriter = gitlabWriter('gitlab-secret-detection', 'secret_detection');
export const gitlabDependencyScanningWriter = gitlabWriter(
  'gitlab-dependency-scanning',
  'dependency_scanning',
);
