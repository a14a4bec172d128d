/**
 * Secret scanning of the staged changes of a work tree (`palisade scan --staged [path]`, the
 * pre-commit hook): the content that the next commit would record, read from the index, never from
 * the working tree, so an unstaged edit can neither hide a staged secret nor report one that is not
 * being committed.
 *
 * Flow: `git diff --cached --raw -z` lists the index entries that differ from HEAD (added, copied,
 * modified, type-changed) with their blob ids → the same filters as a filesystem scan (skip globs,
 * the text analyzer's never-text extensions, symlinks and submodules) → `git cat-file --batch-check`
 * sizes → `git cat-file --batch` contents under the size cap → binary blobs skipped → the secret
 * engine on the text, with the staged path.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { text as textAnalyzer } from '../../analyzers/text/index.js';
import { PalisadeError } from '../../core/errors.js';
import type { Diagnostic, Finding } from '../../core/model.js';
import { decodeText, looksBinary } from '../../core/text.js';
import type { SecretDetectorConfig } from '../../detectors/secret/engine/config.js';
import { scannerFor } from '../../detectors/secret/index.js';
import { ALWAYS_SKIPPED_DIRS, globMatcher } from '../../walk/walk.js';
import { CatFile } from './cat-file.js';
import { gitEnv, runGit, type GitResult } from './git.js';
import type { ScanText } from './history.js';

export interface StagedScanOptions {
  scanText: ScanText;
  /** Staged files larger than this are skipped with a `too-large` warning, as in a filesystem scan. */
  maxFileSize?: number;
  /** `--skip-dirs` / `--skip-files` globs, matched against the staged path as the walk matches paths. */
  skipDirs?: string[];
  skipFiles?: string[];
  /**
   * The caller's environment. Only `GIT_INDEX_FILE` is taken from it: git sets it for its hooks, and
   * during `git commit -a` or `git commit <paths>` it names the temporary index that holds what is
   * being committed (https://git-scm.com/docs/githooks#_pre_commit).
   */
  env?: NodeJS.ProcessEnv;
  /** Folder a relative `GIT_INDEX_FILE` is resolved against (the caller's working directory). */
  cwd?: string;
}

export interface StagedSecretScanOptions extends Omit<StagedScanOptions, 'scanText'> {
  /** Secret detector settings (custom rules, allowlists, gitleaks TOML); default: built-in rules only. */
  secretConfig?: SecretDetectorConfig;
}

export interface StagedScanStats {
  /** Staged entries (added, copied, modified, type-changed) under the target folder. */
  filesStaged: number;
  filesScanned: number;
  bytesScanned: number;
  filesBinary: number;
  filesTooLarge: number;
  /** Left out by a skip glob, the never-text extensions, or because they are symlinks or submodules. */
  filesSkipped: number;
}

export interface StagedScanResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
  stats: StagedScanStats;
}

/** One index entry that the next commit would change. */
export interface StagedEntry {
  /** Relative to the target folder, `/` separated. */
  path: string;
  oid: string;
  mode: string;
}

const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;
/** Bytes of blob content requested from `git cat-file --batch` at once (or one blob, if larger). */
const WINDOW_BYTES = 16 * 1024 * 1024;
/** Regular files only: a symlink's blob holds its target path, a submodule entry a commit id. */
const FILE_MODES = new Set(['100644', '100755', '100664']);

/** The entry point for `palisade scan --staged`: the built-in secret rules plus the user's config. */
export function scanStagedForSecrets(
  targetDir: string,
  options: StagedSecretScanOptions = {},
): Promise<StagedScanResult> {
  const { secretConfig, ...rest } = options;
  const scanner = scannerFor(secretConfig);
  return scanStaged(targetDir, { ...rest, scanText: (text, p) => scanner.scanText(text, p) });
}

/**
 * Scan the staged content of the work tree that contains `targetDir`, limited to the files under
 * that folder (paths relative to it, as in a filesystem scan of the same folder). Throws a
 * `bad-target` PalisadeError outside a work tree or when git is missing.
 */
export async function scanStaged(targetDir: string, options: StagedScanOptions): Promise<StagedScanResult> {
  const abs = path.resolve(targetDir);
  // Checked first: spawn reports a missing cwd as ENOENT, the same code as a missing git binary.
  const st = await stat(abs).catch(() => undefined);
  if (!st?.isDirectory()) {
    throw new PalisadeError('bad-target', `${targetDir} is not a directory, so it has no staged files`);
  }
  const env = stagedEnv(abs, options.env ?? process.env, options.cwd ?? process.cwd());
  const gitDir = await findWorkTree(abs, targetDir, env);
  const entries = await listStaged(abs, env);

  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const skipDir = globMatcher(options.skipDirs);
  const skipFile = globMatcher(options.skipFiles);
  const neverText = textAnalyzer.claims.exclude ?? [];
  const stats: StagedScanStats = {
    filesStaged: entries.length,
    filesScanned: 0,
    bytesScanned: 0,
    filesBinary: 0,
    filesTooLarge: 0,
    filesSkipped: 0,
  };
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];

  const wanted = entries.filter((e) => {
    const skip =
      !FILE_MODES.has(e.mode) ||
      inSkippedDir(e.path, skipDir) ||
      skipFile(e.path) ||
      neverText.some((re) => re.test(e.path));
    if (skip) stats.filesSkipped++;
    return !skip;
  });
  if (wanted.length === 0) return { findings, diagnostics, stats };

  const check = new CatFile(gitDir, false);
  const cat = new CatFile(gitDir, true);
  try {
    const infos = await Promise.all(wanted.map((e) => check.info(e.oid)));
    const readable: { entry: StagedEntry; size: number }[] = [];
    infos.forEach((info, i) => {
      const entry = wanted[i]!;
      if (info.missing) {
        diagnostics.push({
          level: 'warning',
          code: 'missing-blob',
          path: entry.path,
          message: `the index names blob ${entry.oid}, which the repository does not hold; not scanned`,
        });
      } else if (info.size > maxFileSize) {
        stats.filesTooLarge++;
        diagnostics.push({
          level: 'warning',
          code: 'too-large',
          path: entry.path,
          message: `file is larger than the ${maxFileSize}-byte cap, skipped`,
        });
      } else {
        readable.push({ entry, size: info.size });
      }
    });
    let i = 0;
    while (i < readable.length) {
      const window: { entry: StagedEntry; answer: ReturnType<CatFile['get']> }[] = [];
      let bytes = 0;
      while (i < readable.length && (window.length === 0 || bytes + readable[i]!.size <= WINDOW_BYTES)) {
        const { entry, size } = readable[i]!;
        const answer = cat.get(entry.oid);
        // If an earlier answer throws, the rest of the window must not become unhandled rejections.
        answer.catch(() => undefined);
        window.push({ entry, answer });
        bytes += size;
        i++;
      }
      for (const { entry, answer } of window) {
        const obj = await answer;
        if (obj.missing) continue;
        if (looksBinary(obj.content)) {
          stats.filesBinary++;
          continue;
        }
        stats.filesScanned++;
        stats.bytesScanned += obj.content.length;
        const out = options.scanText(decodeText(obj.content), entry.path);
        for (const f of out.findings) findings.push({ ...f, location: { ...f.location, path: entry.path } });
        for (const d of out.diagnostics ?? []) diagnostics.push({ ...d, path: d.path ?? entry.path });
      }
    }
  } finally {
    check.close();
    cat.close();
  }
  return { findings, diagnostics, stats };
}

/**
 * The environment for git: the hardened one of git.ts, except that the repository is found by the
 * usual upward search (the target may be any folder of the work tree, as for `git diff` itself) and
 * the index is the one git names for its hooks, if any.
 */
function stagedEnv(targetAbs: string, base: NodeJS.ProcessEnv, cwd: string): NodeJS.ProcessEnv {
  const env = gitEnv(targetAbs, base);
  delete env.GIT_CEILING_DIRECTORIES;
  const index = base.GIT_INDEX_FILE;
  if (index) env.GIT_INDEX_FILE = path.resolve(cwd, index);
  return env;
}

/** Check that `abs` lies in a work tree; returns the absolute git directory (for cat-file). */
async function findWorkTree(abs: string, shown: string, env: NodeJS.ProcessEnv): Promise<string> {
  const res = await git(abs, env, ['rev-parse', '--is-inside-work-tree', '--absolute-git-dir']);
  if (res.code !== 0) {
    const why = firstFatal(res.stderr);
    throw new PalisadeError(
      'bad-target',
      `--staged needs a git work tree, and ${shown} is not inside one${why ? ` (git: ${why})` : ''}`,
    );
  }
  const [inside = '', gitDir = ''] = res.stdout.toString('utf8').split('\n');
  if (inside !== 'true') {
    throw new PalisadeError(
      'bad-target',
      `--staged needs a git work tree, and ${shown} is not inside one (a bare repository or a .git folder has no staged files)`,
    );
  }
  return path.resolve(gitDir);
}

/**
 * The staged entries under `abs`: `git diff --cached` against HEAD (or against the empty tree before
 * the first commit), without rename detection so a renamed file is listed under its new path with
 * its full content, and with `--relative` so paths are relative to the target folder and limited to it.
 * Deleted entries (`D`) have nothing to commit; unmerged ones (`U`) cannot be committed yet.
 */
export async function listStaged(abs: string, env: NodeJS.ProcessEnv): Promise<StagedEntry[]> {
  const res = await git(abs, env, [
    'diff',
    '--cached',
    '--raw',
    '-z',
    '--no-abbrev',
    '--no-renames',
    '--no-ext-diff',
    '--no-textconv',
    '--ignore-submodules=none',
    '--diff-filter=ACMT',
    '--relative',
  ]);
  if (res.code !== 0) {
    throw new PalisadeError(
      'git-failed',
      `git diff --cached failed: ${firstFatal(res.stderr) || res.stderr}`,
    );
  }
  return parseRawDiff(res.stdout);
}

/**
 * `--raw -z` output: `:<old mode> <new mode> <old oid> <new oid> <status>` NUL `<path>` NUL, one pair
 * per entry (one path only, since renames and copies are not detected). Paths are bytes; names that
 * are not UTF-8 decode with U+FFFD, like every other path the scanner reports.
 */
export function parseRawDiff(out: Buffer): StagedEntry[] {
  const fields = out.toString('utf8').split('\0');
  const entries: StagedEntry[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const header = fields[i]!;
    const file = fields[i + 1]!;
    const m = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(header);
    if (!m) throw new PalisadeError('git-failed', `unexpected git diff --raw line: ${header.slice(0, 200)}`);
    entries.push({ path: file, mode: m[2]!, oid: m[4]! });
  }
  return entries;
}

function inSkippedDir(relPath: string, skipDir: (p: string) => boolean): boolean {
  const parts = relPath.split('/');
  for (let n = 1; n < parts.length; n++) {
    if (ALWAYS_SKIPPED_DIRS.has(parts[n - 1]!) || skipDir(parts.slice(0, n).join('/'))) return true;
  }
  return false;
}

function firstFatal(stderr: string): string {
  const lines = stderr.split('\n');
  return (lines.find((l) => l.startsWith('fatal:')) ?? lines[0] ?? '').replace(/^fatal: /, '').trim();
}

/** A short git command in `cwd` with the given environment (buffered: small outputs only). */
function git(cwd: string, env: NodeJS.ProcessEnv, args: readonly string[]): Promise<GitResult> {
  return runGit(cwd, args, { env, feature: '--staged' });
}
