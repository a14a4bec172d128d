/**
 * Running the `git` CLI safely for a scan: no shell, arguments as arrays, and an environment and
 * command-line configuration that keep a hostile repository from running code or reaching the network
 * and keep the caller's environment from pointing git at another repository.
 */
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { PalisadeError } from '../../core/errors.js';

/**
 * Options placed before every git sub-command.
 * - `--no-replace-objects`: scan the objects as stored; `refs/replace/*` could otherwise hide a commit.
 * - `core.fsmonitor=false`: a repository's own config may name an fsmonitor hook program
 *   (https://git-scm.com/docs/git-config#Documentation/git-config.txt-corefsmonitor).
 * - `color.ui=never`, `log.showSignature=false`: user config must not change the machine-read output.
 */
export const GIT_GLOBAL_ARGS: readonly string[] = [
  '--no-replace-objects',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'color.ui=never',
  '-c',
  'log.showSignature=false',
];

/** Variables that would redirect git to another repository, index or object store. */
const REPO_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_REPLACE_REF_BASE',
];

/**
 * Environment for git in `repoDir`. `GIT_CEILING_DIRECTORIES` stops the upward search at the target,
 * so a folder that merely sits inside some other repository is "not a repository" rather than being
 * silently replaced by its parent. `GIT_NO_LAZY_FETCH` (git ≥ 2.44) keeps a partial clone from
 * fetching missing blobs over the network; `GIT_TERMINAL_PROMPT=0` never waits for credentials.
 */
export function gitEnv(repoDir: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const k of REPO_ENV) delete env[k];
  env.GIT_CEILING_DIRECTORIES = path.dirname(path.resolve(repoDir));
  env.GIT_NO_LAZY_FETCH = '1';
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_OPTIONAL_LOCKS = '0';
  return env;
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/**
 * Run a short git command to completion (for small outputs only: it is buffered). `env` replaces the
 * default environment (gitEnv), `extraArgs` go before the command (e.g. `-c core.hooksPath=/dev/null`),
 * and `feature` names what needs git in the error when it is not installed.
 */
export function runGit(
  repoDir: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; extraArgs?: readonly string[]; feature?: string } = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...GIT_GLOBAL_ARGS, ...(options.extraArgs ?? []), ...args], {
      cwd: repoDir,
      env: options.env ?? gitEnv(repoDir),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(spawnError(e, options.feature)));
    child.on('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8').trim(),
      }),
    );
  });
}

export function spawnError(e: unknown, feature = 'git history scanning'): PalisadeError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return new PalisadeError(
      'bad-target',
      `${feature} needs the \`git\` command, which was not found on PATH`,
      {
        cause: e,
      },
    );
  }
  return new PalisadeError('bad-target', `could not run git: ${(e as Error).message}`, { cause: e });
}

/** Facts about the repository that the history scan needs. */
export interface RepoInfo {
  /** Absolute path of the git directory (`.git`, or the repository itself when bare). */
  gitDir: string;
  /** True when the clone is shallow: the oldest commits are cut off and their boundary looks like roots. */
  shallow: boolean;
  /** Object id length in hex characters: 40 for SHA-1, 64 for SHA-256 repositories. */
  hexLength: number;
}

/**
 * Check that `repoDir` is the root of a git repository (a work tree or a bare repository) and read
 * what the scan needs. Throws a `bad-target` PalisadeError with git's own explanation otherwise.
 */
export async function openRepo(repoDir: string): Promise<RepoInfo> {
  const abs = path.resolve(repoDir);
  // Checked first: spawn reports a missing cwd as ENOENT, the same code as a missing git binary.
  const st = await stat(abs).catch(() => undefined);
  if (!st?.isDirectory()) {
    throw new PalisadeError('bad-target', `${repoDir} is not a directory, so it cannot be a git repository`);
  }
  // With GIT_CEILING_DIRECTORIES at the parent (gitEnv), this succeeds only at the root of a work
  // tree, in a .git directory or in a bare repository, never in a folder inside another repository.
  const res = await runGit(abs, [
    'rev-parse',
    '--absolute-git-dir',
    '--is-shallow-repository',
    '--show-object-format',
  ]);
  if (res.code !== 0) {
    const why = (
      res.stderr.split('\n').find((l) => l.startsWith('fatal:')) ??
      res.stderr.split('\n')[0] ??
      ''
    )
      .replace(/^fatal: /, '')
      .trim();
    throw new PalisadeError(
      'bad-target',
      `${repoDir} is not the root of a git repository${why ? ` (git: ${why})` : ''}`,
    );
  }
  const [gitDir = '', shallow = '', format = 'sha1'] = res.stdout.toString('utf8').split('\n');
  return {
    gitDir: path.resolve(gitDir),
    shallow: shallow === 'true',
    hexLength: format === 'sha256' ? 64 : 40,
  };
}
