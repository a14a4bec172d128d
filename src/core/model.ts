/**
 * Plain data shapes shared by every stage of the pipeline
 * (target → walk → analyzers → inventory → detectors → findings → report).
 * Nothing here does I/O; see ../../docs/ARCHITECTURE.md.
 */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info', 'unknown'] as const;
/** Severity of a finding, highest first. */
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_KINDS = ['vulnerability', 'secret', 'misconfig', 'sast', 'license'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Where something was found. `path` is relative to the scan target, with `/` separators. */
export interface Location {
  path: string;
  startLine?: number;
  endLine?: number;
  /**
   * Where the scanned bytes came from when not the working tree: an image layer, or the git commit
   * that introduced the blob (src/targets/git/) with its author, author email and author date (ISO 8601).
   */
  origin?: { layer?: string; commit?: string; author?: string; email?: string; date?: string };
}

/** One file produced by a target walk. The bytes are read lazily, once, only when claimed. */
export interface FileEntry {
  /** Relative to the target root, `/` separated. */
  path: string;
  size: number;
  origin?: Location['origin'];
  read(): Promise<Uint8Array>;
}

/** A dependency found by an analyzer. */
export interface Package {
  name: string;
  version: string;
  /** Ecosystem exactly as OSV names it: `npm`, `PyPI`, `Go`, `crates.io`, `Maven`, `RubyGems`, … */
  ecosystem: string;
  /** Package URL (https://github.com/package-url/purl-spec). */
  purl: string;
  locations: Location[];
  /** true: declared by the project itself; false: pulled in by another package; absent: unknown. */
  direct?: boolean;
  /** true when only needed for development/test/build. */
  dev?: boolean;
  /** SPDX ids or expressions, as recorded in the file. */
  licenses?: string[];
  /** purls (or `name@version` keys resolved to purls by the inventory) of packages this one depends on. */
  dependsOn?: string[];
  /** Analyzer id that produced it. */
  foundBy: string;
}

/** A requirement that names no exact version (e.g. `flask>=2` in requirements.txt). Reported, never matched. */
export interface UnpinnedRequirement {
  name: string;
  ecosystem: string;
  specifier: string;
  location: Location;
  foundBy: string;
}

/** Operating-system identity, for the distro ecosystems of later issues. */
export interface OsInfo {
  family: string;
  name?: string;
  version?: string;
  location: Location;
}

/** Parsed content handed to document-stage detectors (misconfig, secrets, SAST) and then dropped. */
export interface Doc {
  kind: string;
  path: string;
  content: unknown;
}

export type DiagnosticLevel = 'warning' | 'error' | 'info';

/** A problem with one input that did not stop the scan. */
export interface Diagnostic {
  level: DiagnosticLevel;
  /** Stable machine code, e.g. `parse-error`, `too-large`, `symlink-loop`. */
  code: string;
  message: string;
  path?: string;
  analyzer?: string;
}

interface FindingBase {
  ruleId: string;
  title: string;
  severity: Severity;
  message: string;
  location: Location;
  /** Stable across line moves; used by baselines and ignore files. */
  fingerprint: string;
  references?: string[];
  cwe?: string[];
  /** Set when the user suppressed this finding; see Suppression. */
  suppressed?: Suppression;
}

export interface PackageRef {
  name: string;
  version: string;
  ecosystem: string;
  purl: string;
}

/** A CVSS vector of an advisory with its base score (FIRST's formulas). */
export interface CvssRating {
  version: '2.0' | '3.0' | '3.1' | '4.0';
  vector: string;
  score: number;
}

/** Optional extras of a vulnerability finding, for reports (see src/detectors/vuln/). */
export interface VulnerabilityDetails {
  /** Every valid CVSS vector of the merged advisories, highest score first. */
  cvss?: CvssRating[];
  /** For transitive packages: up to 5 shortest paths from a direct dependency, e.g. [["express@4.17.1", "qs@6.7.0"]]. */
  dependencyPaths?: string[][];
  /** ISO timestamps of the advisory (earliest `published`, newest `modified` of the merged records). */
  published?: string;
  modified?: string;
}

/**
 * Why a finding is suppressed. Suppressed findings stay in every report (JSON, SARIF `suppressions`,
 * HTML, …) so audits see them with their reason; they never fail the gate.
 * - `inline`: a `palisade:ignore` comment (misconfig: `# palisade:ignore:<ID> reason`).
 * - `annotation`: the Kubernetes annotation `palisade.dev/ignore`.
 * - `ignore-file`: an entry of `.palisadeignore.yaml` (with its owner and expiry date, if given).
 * - `vex`: a VEX statement (`not_affected` or `fixed`) from `--vex`, with its justification.
 */
export interface Suppression {
  kind: 'inline' | 'annotation' | 'ignore-file' | 'vex';
  reason?: string;
  /** ignore-file: who owns the decision. */
  owner?: string;
  /** ignore-file: ISO date after which the entry stops suppressing. */
  expires?: string;
  /** vex: the VEX status (`not_affected`, `fixed`) and justification (e.g. `vulnerable_code_not_present`). */
  status?: string;
  justification?: string;
  /** Where the decision was read: the ignore or VEX file path. */
  source?: string;
}

export type Finding = FindingBase &
  (
    | ({
        kind: 'vulnerability';
        package: PackageRef;
        aliases: string[];
        fixedIn?: string[];
      } & VulnerabilityDetails)
    | { kind: 'secret'; redacted: string }
    | { kind: 'misconfig'; resource?: string; resolution?: string }
    | { kind: 'sast'; snippet?: string; trace?: Location[] }
    | { kind: 'license'; package: PackageRef; license: string }
  );

export interface ToolInfo {
  name: string;
  version: string;
}

/** Everything a writer needs. Writers are pure functions of this value. */
export interface Report {
  schemaVersion: string;
  tool: ToolInfo;
  target: { type: 'filesystem' | 'git' | 'stdin'; name: string };
  /** ISO timestamp supplied by the caller (writers never read the clock). */
  createdAt: string;
  scanners: string[];
  packages: Package[];
  unpinned: UnpinnedRequirement[];
  os?: OsInfo[];
  findings: Finding[];
  diagnostics: Diagnostic[];
  stats: { filesWalked: number; filesAnalyzed: number; bytesRead: number };
}
