import type { Severity } from '../../core/model.js';

/**
 * One misconfiguration check (src/detectors/misconfig/checks/<platform>/<check-id>/index.ts).
 * Platforms: dockerfile, kubernetes, terraform, cloudformation, compose, github-actions.
 * A check receives one parsed resource of its platform and returns the problems it finds.
 */
export interface MisconfigCheck {
  /** Stable id, e.g. `PAL-K8S-001`; the folder name is the kebab-case slug (e.g. `privileged-container`). */
  id: string;
  /** Folder name under checks/<platform>/. */
  slug: string;
  platform: Platform;
  title: string;
  severity: Severity;
  /** The risk in a few sentences. */
  description: string;
  /** How to fix it. */
  remediation: string;
  /** CIS benchmark, Pod Security Standards, NSA/CISA guide, provider docs … */
  references: readonly string[];
  /** KICS query titles this check corresponds to (for `npm run accuracy`); empty when none. */
  kics?: readonly string[];
  /** Which resources it looks at (e.g. Kubernetes kinds, Terraform resource types); empty = all of the platform. */
  resourceTypes?: readonly string[];
  evaluate(resource: ParsedResource, ctx: CheckContext): CheckResult[];
}

export type Platform = 'dockerfile' | 'kubernetes' | 'terraform' | 'cloudformation' | 'compose' | 'github-actions';

/**
 * A resource as parsers hand it to checks: its type, a name for messages, the plain value, and the line
 * range of any value inside it (so a finding points at the offending line, or at the resource when the
 * problem is a missing setting).
 */
export interface ParsedResource {
  platform: Platform;
  /** Kubernetes kind, Terraform resource type (`aws_s3_bucket`), CloudFormation type, `service` (compose), `workflow`/`job` (GHA), `stage` (Dockerfile)… */
  type: string;
  /** e.g. `Deployment/web`, `aws_s3_bucket.logs`, `MyBucket`, `services.web`. */
  name: string;
  /** File path relative to the scan target. */
  path: string;
  startLine: number;
  endLine: number;
  /** The resource's content as plain data (already resolved where the parser resolves references). */
  value: unknown;
  /** Line range of a value at a path inside `value` (e.g. ['spec','containers',0,'securityContext']); undefined if unknown. */
  lines(path: readonly (string | number)[]): { startLine: number; endLine: number } | undefined;
  /** Other resources of the same file/module (for cross-resource checks, e.g. an S3 public access block). */
  siblings: readonly ParsedResource[];
}

export interface CheckContext {
  /** For Kubernetes: annotations-based suppressions etc. are handled by the engine; checks stay pure. */
  readonly platform: Platform;
}

export interface CheckResult {
  /** What exactly is wrong, e.g. "container 'web' runs privileged". */
  message: string;
  /** Path inside the resource value of the offending setting; omitted = the resource itself (missing setting). */
  at?: readonly (string | number)[];
}

/**
 * The doc that IaC analyzers (src/analyzers/<platform>/) emit, kind `iac`, one per file: the misconfig
 * detector runs the platform's checks over `resources` and reads inline suppressions from `text`.
 * Docs never leave the thread that produced them, so `ParsedResource` may hold functions.
 */
export interface IacDoc {
  platform: Platform;
  /** The file's text, for inline `# palisade:ignore:<ID> reason` comments. */
  text: string;
  resources: ParsedResource[];
}
