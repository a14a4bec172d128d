/**
 * Baselines: report only what is new. A finding whose fingerprint (line-independent, see
 * core/fingerprint.ts) is in the baseline is dropped from the report and the gate.
 * - `--baseline FILE`: a previous Palisade JSON report (`findings[].fingerprint`) or a SARIF file
 *   written by Palisade (`results[].partialFingerprints["palisade/v1"]`).
 * - `--baseline-git REF`: scan the same folder as it was at REF, with the same options.
 *
 * Why `git worktree add --detach` rather than `git archive REF | tar -x`: a worktree is a real
 * checkout, byte for byte what the working tree held at REF (same line endings and filters), while
 * `git archive` applies the `export-ignore` and `export-subst` attributes — files that projects
 * commonly export-ignore (`.github/`, `tests/`) would be missing from the baseline and all their
 * findings would look new. It also needs only git, no tar. The costs are handled here: hooks are disabled (`core.hooksPath=/dev/null`),
 * Git LFS does not download (`GIT_LFS_SKIP_SMUDGE=1`), the temporary worktree is removed (and
 * pruned) in a `finally`, even when the scan fails.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PalisadeError, errorMessage } from '../core/errors.js';
import type { Diagnostic, Finding, Report } from '../core/model.js';
import { gitEnv, runGit } from '../targets/git/git.js';

export interface Baseline {
  /** The baseline as shown to the user: a file, or `git REF`. */
  source: string;
  fingerprints: ReadonlySet<string>;
  /** Notes about how the baseline was made (e.g. the folder did not exist at REF). */
  diagnostics: Diagnostic[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Read fingerprints from a Palisade JSON report or a Palisade SARIF log. Throws PalisadeError('bad-config'). */
export function parseBaseline(text: string, source: string): Baseline {
  const bad = (why: string) => new PalisadeError('bad-config', `baseline ${source}: ${why}`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw bad(`invalid JSON: ${errorMessage(err)}`);
  }
  if (!isObject(doc)) throw bad('expected a Palisade JSON report or a SARIF file');
  const fingerprints = new Set<string>();
  if (Array.isArray(doc.runs)) {
    let results = 0;
    for (const run of doc.runs) {
      if (!isObject(run) || !Array.isArray(run.results)) continue;
      for (const r of run.results) {
        results++;
        const fp =
          isObject(r) && isObject(r.partialFingerprints) ? r.partialFingerprints['palisade/v1'] : undefined;
        if (typeof fp === 'string' && fp !== '') fingerprints.add(fp);
      }
    }
    if (results > 0 && fingerprints.size === 0) {
      throw bad(
        'the SARIF results have no partialFingerprints["palisade/v1"] (only SARIF written by Palisade can be a baseline)',
      );
    }
    return { source, fingerprints, diagnostics: [] };
  }
  if (Array.isArray(doc.findings) && isObject(doc.tool)) {
    for (const [i, f] of doc.findings.entries()) {
      const fp = isObject(f) ? f.fingerprint : undefined;
      if (typeof fp !== 'string' || fp === '') throw bad(`findings[${i}] has no fingerprint`);
      fingerprints.add(fp);
    }
    return { source, fingerprints, diagnostics: [] };
  }
  throw bad('expected a Palisade JSON report (--format json) or a SARIF file (--format sarif)');
}

export async function loadBaseline(file: string, source: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new PalisadeError('bad-config', `cannot read baseline ${source}: ${errorMessage(err)}`, {
      cause: err,
    });
  }
  return parseBaseline(text, source);
}

interface GitRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run git without a shell, hooks and LFS downloads off. `discover`: let git search parent folders for the repository. */
async function git(cwd: string, args: readonly string[], discover = false): Promise<GitRun> {
  const env = gitEnv(cwd);
  if (discover) delete env.GIT_CEILING_DIRECTORIES;
  env.GIT_LFS_SKIP_SMUDGE = '1';
  const r = await runGit(cwd, args, {
    env,
    extraArgs: ['-c', 'core.hooksPath=/dev/null'],
    feature: '--baseline-git',
  });
  return { code: r.code, stdout: r.stdout.toString('utf8').trim(), stderr: r.stderr };
}

const gitMessage = (stderr: string): string =>
  (stderr.split('\n').find((l) => /^(fatal|error):/.test(l)) ?? stderr.split('\n')[0] ?? '')
    .replace(/^(fatal|error): /, '')
    .trim();

export interface GitBaselineOptions {
  /** The scanned folder (absolute). */
  targetDir: string;
  ref: string;
  /** Scan a folder with the same options as the main scan. */
  scanTree: (dir: string) => Promise<Report>;
}

/**
 * The fingerprints of the findings of `targetDir` as it was at `ref`. Throws PalisadeError('usage')
 * when the target is not in a git work tree or `ref` is not a commit (with git's message).
 */
export async function baselineFromGit(options: GitBaselineOptions): Promise<Baseline> {
  const { targetDir, ref } = options;
  const source = `git ${ref}`;
  if (ref === '' || ref.startsWith('-'))
    throw new PalisadeError('usage', `--baseline-git: '${ref}' is not a git revision`);
  if (!existsSync(targetDir)) throw new PalisadeError('usage', `--baseline-git: ${targetDir} does not exist`);
  const top = await git(targetDir, ['rev-parse', '--show-toplevel', '--show-prefix'], true);
  if (top.code !== 0) {
    throw new PalisadeError(
      'usage',
      `--baseline-git needs a target inside a git work tree; ${targetDir} is not in one (git: ${gitMessage(top.stderr)})`,
    );
  }
  const [root = '', prefix = ''] = top.stdout.split('\n');
  const commit = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (commit.code !== 0 || commit.stdout === '') {
    const why = await git(root, ['rev-parse', ref, '--']);
    throw new PalisadeError(
      'usage',
      `--baseline-git: '${ref}' is not a commit of ${root} (git: ${gitMessage(why.stderr) || 'unknown revision'})`,
    );
  }
  const sha = commit.stdout;
  const tmp = mkdtempSync(path.join(tmpdir(), 'palisade-baseline-'));
  const tree = path.join(tmp, 'tree');
  let added = false;
  try {
    const add = await git(root, ['worktree', 'add', '--detach', '--quiet', tree, sha]);
    if (add.code !== 0)
      throw new PalisadeError(
        'bad-target',
        `--baseline-git: could not check out ${ref} (git: ${gitMessage(add.stderr)})`,
      );
    added = true;
    const dir = path.join(tree, prefix);
    if (!existsSync(dir)) {
      return {
        source,
        fingerprints: new Set(),
        diagnostics: [
          {
            level: 'info',
            code: 'baseline',
            message: `baseline: ${prefix || '.'} did not exist at ${ref}; every finding is new`,
          },
        ],
      };
    }
    const report = await options.scanTree(dir);
    return { source, fingerprints: new Set(report.findings.map((f) => f.fingerprint)), diagnostics: [] };
  } finally {
    if (added) {
      const removed = await git(root, ['worktree', 'remove', '--force', tree]).catch(() => undefined);
      if (removed?.code !== 0) {
        rmSync(tmp, { recursive: true, force: true });
        await git(root, ['worktree', 'prune']).catch(() => undefined);
      }
    }
    rmSync(tmp, { recursive: true, force: true });
  }
}

export interface BaselineResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Findings dropped because the baseline has them. */
  dropped: number;
}

/** Drop the findings the baseline already has. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineResult {
  const kept = findings.filter((f) => !baseline.fingerprints.has(f.fingerprint));
  const dropped = findings.length - kept.length;
  return {
    findings: kept,
    dropped,
    diagnostics: [
      ...baseline.diagnostics,
      {
        level: 'info',
        code: 'baseline',
        message: `baseline: ${dropped} finding${dropped === 1 ? '' : 's'} already in ${baseline.source} (not reported), ${kept.length} new`,
      },
    ],
  };
}
