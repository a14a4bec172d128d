/**
 * The CI gate policy, in the order it applies (docs/ci/gate.md):
 *   ignore files → VEX → baseline → severity filter → failing count (`--fail-on`).
 * loadPolicy() reads and validates every input (all I/O and every usage error happen there, before
 * the scan when the CLI can); applyPolicy() is a pure function of the report and the loaded policy,
 * with "today" (for ignore-entry expiry) a parameter that defaults to the report's createdAt date.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { PalisadeError } from '../core/errors.js';
import type { Diagnostic, Report, Severity } from '../core/model.js';
import { applyBaseline, baselineFromGit, loadBaseline, type Baseline } from './baseline.js';
import { compileFailOn, type FailOn } from './fail-on.js';
import { applyGate } from './gate.js';
import { IGNORE_FILE_NAME, applyIgnoreFiles, loadIgnoreFile, type IgnoreFile } from './ignore-file.js';
import { applyVex, loadVex, type VexDocument } from './vex.js';

/** What the user asked for (flags, palisade.yaml, PALISADE_* variables). */
export interface PolicySettings {
  severities: readonly Severity[];
  failOn?: string;
  /** Explicit ignore file; without it `.palisadeignore.yaml` is read from the target and the working folder. */
  ignoreFile?: string;
  vex?: readonly string[];
  baseline?: string;
  baselineGit?: string;
}

export interface PolicyEnvironment {
  /** Relative file names are resolved against this folder, and shown relative to it. */
  cwd: string;
  /** The scanned folder (absolute); undefined for stdin. */
  targetDir?: string;
  /** Scan another folder with the main scan's options (needed by --baseline-git). */
  scanTree?: (dir: string) => Promise<Report>;
}

export interface Policy {
  severities: readonly Severity[];
  failOn?: FailOn;
  ignoreFiles: readonly IgnoreFile[];
  vex: readonly VexDocument[];
  baseline?: Baseline;
}

export interface ApplyPolicyOptions extends Policy {
  /** YYYY-MM-DD; ignore entries that expired before it do not suppress. Default: the report's createdAt date. */
  today?: string;
}

export interface PolicyResult {
  /** The report to write: suppressions marked, baseline findings dropped, severities filtered, policy diagnostics added. */
  report: Report;
  /** Reported, unsuppressed findings that fail the gate. */
  failing: number;
  counts: { ignoreFile: number; vex: number; baseline: number; expiredIgnores: number };
}

function displayName(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}

function realOrResolved(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Read and validate every policy input. Throws PalisadeError (exit 2) naming the culprit. */
export async function loadPolicy(settings: PolicySettings, env: PolicyEnvironment): Promise<Policy> {
  const failOn = settings.failOn !== undefined ? compileFailOn(settings.failOn) : undefined;
  const ignoreFiles: IgnoreFile[] = [];
  if (settings.ignoreFile !== undefined) {
    const abs = path.resolve(env.cwd, settings.ignoreFile);
    ignoreFiles.push((await loadIgnoreFile(abs, displayName(env.cwd, abs), true))!);
  } else {
    const seen = new Set<string>();
    for (const dir of [env.targetDir, env.cwd]) {
      if (dir === undefined) continue;
      const abs = path.join(dir, IGNORE_FILE_NAME);
      const key = realOrResolved(abs);
      if (seen.has(key)) continue;
      seen.add(key);
      const file = await loadIgnoreFile(abs, displayName(env.cwd, abs), false);
      if (file) ignoreFiles.push(file);
    }
  }
  const vex: VexDocument[] = [];
  for (const file of settings.vex ?? []) {
    const abs = path.resolve(env.cwd, file);
    vex.push(await loadVex(abs, displayName(env.cwd, abs)));
  }
  if (settings.baseline !== undefined && settings.baselineGit !== undefined) {
    throw new PalisadeError('usage', '--baseline and --baseline-git cannot be used together');
  }
  let baseline: Baseline | undefined;
  if (settings.baseline !== undefined) {
    const abs = path.resolve(env.cwd, settings.baseline);
    baseline = await loadBaseline(abs, displayName(env.cwd, abs));
  } else if (settings.baselineGit !== undefined) {
    if (env.targetDir === undefined || env.scanTree === undefined) {
      throw new PalisadeError(
        'usage',
        '--baseline-git works with a folder target inside a git repository (not stdin, --git-history or --staged)',
      );
    }
    baseline = await baselineFromGit({
      targetDir: env.targetDir,
      ref: settings.baselineGit,
      scanTree: env.scanTree,
    });
  }
  return { severities: settings.severities, failOn, ignoreFiles, vex, baseline };
}

function utcDate(createdAt: string): string {
  const ms = Date.parse(createdAt);
  return Number.isNaN(ms) ? createdAt.slice(0, 10) : new Date(ms).toISOString().slice(0, 10);
}

/** Apply the policy to a report: ignore files → VEX → baseline → severity filter → failing count. */
export function applyPolicy(report: Report, options: ApplyPolicyOptions): PolicyResult {
  const today = options.today ?? utcDate(report.createdAt);
  const diagnostics: Diagnostic[] = [];
  const ignored = applyIgnoreFiles(report.findings, options.ignoreFiles, today);
  diagnostics.push(...ignored.diagnostics);
  const vexed = applyVex(ignored.findings, options.vex);
  diagnostics.push(...vexed.diagnostics);
  let findings = vexed.findings;
  let inBaseline = 0;
  if (options.baseline) {
    const b = applyBaseline(findings, options.baseline);
    findings = b.findings;
    inBaseline = b.dropped;
    diagnostics.push(...b.diagnostics);
  }
  const gated = applyGate(
    { ...report, findings, diagnostics: [...report.diagnostics, ...diagnostics] },
    { severities: options.severities, failOn: options.failOn?.matches },
  );
  return {
    report: gated.report,
    failing: gated.failing,
    counts: {
      ignoreFile: ignored.suppressed,
      vex: vexed.suppressed,
      baseline: inBaseline,
      expiredIgnores: diagnostics.filter((d) => d.code === 'ignore-expired').length,
    },
  };
}
