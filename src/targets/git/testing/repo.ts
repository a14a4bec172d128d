/**
 * Test helper: real git repositories in temporary folders, with fixed identities and dates so commit
 * ids are reproducible, and no influence from the user's or system git configuration.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestRepo {
  dir: string;
  /** Run git in the repository; returns trimmed stdout. */
  git(args: string[], opts?: { date?: string; cwd?: string }): string;
  /** Write files (string or bytes; null deletes), stage everything and commit. Returns the commit id. */
  commit(
    files: Record<string, string | Uint8Array | null>,
    message: string,
    opts?: { date?: string; author?: string; email?: string },
  ): string;
  cleanup(): void;
}

const BASE_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
};

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...BASE_ENV, ...extra };
  for (const k of Object.keys(env))
    if (k.startsWith('GIT_') && !(k in BASE_ENV) && !(k in extra)) delete env[k];
  return env;
}

/** Run git anywhere with the isolated environment (for `git clone`). */
export function gitIn(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, env: cleanEnv({}), stdio: ['ignore', 'pipe', 'pipe'] })
    .toString('utf8')
    .trim();
}

export function makeTempDir(prefix = 'palisade-git-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function makeRepo(opts: { bare?: boolean; objectFormat?: 'sha1' | 'sha256' } = {}): TestRepo {
  const root = makeTempDir();
  const dir = path.join(root, 'repo');
  mkdirSync(dir);
  const run = (
    args: string[],
    o: { date?: string; cwd?: string; author?: string; email?: string } = {},
  ): string => {
    const date = o.date ?? '2021-03-04T05:06:07+00:00';
    const name = o.author ?? 'Ada Lovelace';
    const email = o.email ?? 'ada@example.com';
    return execFileSync(
      'git',
      ['-c', `user.name=${name}`, '-c', `user.email=${email}`, '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: o.cwd ?? dir,
        env: cleanEnv({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
      .toString('utf8')
      .trim();
  };
  run([
    'init',
    '-q',
    '-b',
    'main',
    ...(opts.bare ? ['--bare'] : []),
    ...(opts.objectFormat ? [`--object-format=${opts.objectFormat}`] : []),
  ]);
  return {
    dir,
    git: (args, o) => run(args, o),
    commit(files, message, o = {}) {
      for (const [rel, content] of Object.entries(files)) {
        const abs = path.join(dir, rel);
        if (content === null) {
          rmSync(abs, { force: true });
          continue;
        }
        mkdirSync(path.dirname(abs), { recursive: true });
        writeFileSync(abs, content);
      }
      run(['add', '-A'], o);
      run(['commit', '-q', '--allow-empty', '-m', message], o);
      return run(['rev-parse', 'HEAD']);
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
