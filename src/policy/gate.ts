import type { Finding, Report, Severity } from '../core/model.js';

export interface GateOptions {
  /** Severities to report; findings of other severities are dropped from the report. */
  severities: readonly Severity[];
  /**
   * Which of the reported, unsuppressed findings fail the build (`--fail-on`); without it, every one
   * of them does.
   */
  failOn?: (finding: Finding) => boolean;
}

export interface GateResult {
  report: Report;
  /** Findings left after filtering that fail the gate: what `--exit-code` / `--fail-on` act on. */
  failing: number;
}

/** The severity gate: keep the findings the user asked for, count what should fail the build. */
export function applyGate(report: Report, options: GateOptions): GateResult {
  const wanted = new Set(options.severities);
  const findings = report.findings.filter((f) => wanted.has(f.severity));
  // Suppressed findings stay in the report (with their reason) but never fail a build.
  const failOn = options.failOn ?? (() => true);
  const failing = findings.filter((f) => !f.suppressed && failOn(f)).length;
  return { report: findings.length === report.findings.length ? report : { ...report, findings }, failing };
}
