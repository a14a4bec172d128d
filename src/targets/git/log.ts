/**
 * The commits of a revision range, oldest first, each with the blobs it introduced, streamed from one
 * `git log --raw -z` process (https://git-scm.com/docs/git-log#_raw_output_format).
 *
 * - `--reverse --date-order`: oldest first, and never a child before its parents, so the first commit
 *   that shows a blob is the one that introduced it.
 * - `--root`: the first commit (and the cut-off boundary of a shallow clone) lists every file as added.
 * - `-c`: a merge lists only the files that differ from every parent, i.e. content the merge itself
 *   made (a conflict resolution); everything else came from a parent that was already listed.
 * - `--no-renames`: a rename is a delete plus an add, with one path per entry.
 * - `-z`: paths are raw bytes terminated by NUL, never quoted, so non-UTF-8 names survive.
 */
import { spawn } from 'node:child_process';
import { PalisadeError } from '../../core/errors.js';
import { GIT_GLOBAL_ARGS, gitEnv, spawnError } from './git.js';

export interface RawEntry {
  /** Path in the repository, `/` separated (git's own form). */
  path: string;
  /** Octal mode of the new side, e.g. `100644`, `100755`, `120000` (symlink), `160000` (submodule). */
  mode: string;
  /** Object id of the new side; all zeros for a deletion. */
  oid: string;
  /** Status letters: `A`, `M`, `D`, `T`, … (one per parent for a merge). */
  status: string;
}

export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  /** Author date, strict ISO 8601 with the author's offset (`%aI`). */
  date: string;
  entries: RawEntry[];
}

// \x01 marks a commit header; its fields (sha, author, email, author date) are NUL-separated.
const FORMAT = '--format=%x01%H%x00%an%x00%ae%x00%aI';

/** The `git log` arguments for a range (`undefined`: every ref, `--all`). */
export function logArgs(range: string | undefined): string[] {
  const args = [
    'log',
    '--reverse',
    '--date-order',
    '--root',
    '-c',
    '--raw',
    '--no-renames',
    '--no-abbrev',
    '--no-ext-diff',
    '--no-textconv',
    '--encoding=UTF-8',
    '-z',
    FORMAT,
  ];
  if (range === undefined) args.push('--all');
  else args.push('--end-of-options', range);
  args.push('--');
  return args;
}

/** Reject ranges git would read as an option (`--output=…` writes files). */
export function checkRange(range: string): void {
  if (range === '' || range.startsWith('-') || /[\0\n]/.test(range)) {
    throw new PalisadeError('usage', `invalid git revision range ${JSON.stringify(range)}`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Incremental parser of the NUL-separated stream: feed chunks, collect finished commits. Kept apart
 * from the process so it can be tested on exact bytes.
 */
export class LogParser {
  private partial: Buffer[] = [];
  private current: CommitInfo | undefined;
  /** Header fields still expected after the `\x01<sha>` token (author, email, date). */
  private headerLeft = 0;
  /** The raw meta line waiting for its path token. */
  private pendingMeta: string | undefined;
  private readonly done: CommitInfo[] = [];

  /** Feed a chunk; returns the commits completed by it. */
  push(chunk: Buffer): CommitInfo[] {
    let off = 0;
    for (;;) {
      const nul = chunk.indexOf(0, off);
      if (nul < 0) {
        if (off < chunk.length) this.partial.push(chunk.subarray(off));
        break;
      }
      const part = chunk.subarray(off, nul);
      const token = this.partial.length ? Buffer.concat([...this.partial, part]) : part;
      this.partial = [];
      this.onToken(token);
      off = nul + 1;
    }
    return this.done.splice(0);
  }

  /** End of stream: the last commit. */
  end(): CommitInfo[] {
    if (this.partial.length) {
      this.onToken(Buffer.concat(this.partial));
      this.partial = [];
    }
    if (this.current) this.done.push(this.current);
    this.current = undefined;
    return this.done.splice(0);
  }

  private onToken(tok: Buffer): void {
    if (this.pendingMeta !== undefined) {
      const meta = this.pendingMeta;
      this.pendingMeta = undefined;
      this.onEntry(meta, utf8.decode(tok));
      return;
    }
    if (this.headerLeft > 0 && this.current) {
      const s = utf8.decode(tok);
      if (this.headerLeft === 3) this.current.author = s;
      else if (this.headerLeft === 2) this.current.email = s;
      else this.current.date = s;
      this.headerLeft--;
      return;
    }
    // A header starts with \x01; diff output after a header is preceded by a newline.
    let start = 0;
    while (start < tok.length && (tok[start] === 10 || tok[start] === 13)) start++;
    if (start === tok.length) return;
    if (tok[start] === 1) {
      if (this.current) this.done.push(this.current);
      this.current = { sha: tok.toString('latin1', start + 1), author: '', email: '', date: '', entries: [] };
      this.headerLeft = 3;
      return;
    }
    if (tok[start] === 58 /* ':' */) {
      this.pendingMeta = tok.toString('latin1', start);
    }
    // Anything else (none expected with this format) is ignored rather than guessed at.
  }

  private onEntry(meta: string, path: string): void {
    if (!this.current) return;
    // `:<mode> <mode> <oid> <oid> <status>`; a combined (merge) line has one colon per parent and
    // parents+1 modes and ids: `::<m1> <m2> <m> <o1> <o2> <o> <ss>`. The new side is the last of each.
    let n = 0;
    while (meta.charCodeAt(n) === 58) n++;
    const fields = meta.slice(n).split(' ');
    if (fields.length < 2 * n + 3) return;
    this.current.entries.push({
      path,
      mode: fields[n]!,
      oid: fields[2 * n + 1]!,
      status: fields[2 * n + 2]!,
    });
  }
}

/**
 * Stream the commits of `range` (default: all refs). Ends the git process if the consumer stops early.
 * Throws `usage` for a revision git does not know, `git-failed` for other git errors.
 */
export async function* logCommits(repoDir: string, range?: string): AsyncGenerator<CommitInfo> {
  if (range !== undefined) checkRange(range);
  const child = spawn('git', [...GIT_GLOBAL_ARGS, ...logArgs(range)], {
    cwd: repoDir,
    env: gitEnv(repoDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => {
    if (stderr.length < 8192) stderr += b.toString('utf8');
  });
  let spawnFailure: Error | undefined;
  child.on('error', (e) => {
    spawnFailure = spawnError(e);
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const parser = new LogParser();
  let finished = false;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      for (const c of parser.push(chunk)) yield c;
    }
    const code = await exited;
    if (spawnFailure) throw spawnFailure;
    if (code !== 0) {
      const msg =
        stderr
          .trim()
          .split('\n')
          .find((l) => l.startsWith('fatal:'))
          ?.replace(/^fatal: /, '') ?? stderr.trim();
      if (
        range !== undefined &&
        /unknown revision|bad revision|ambiguous argument|invalid (symmetric )?range/i.test(msg)
      ) {
        throw new PalisadeError(
          'usage',
          `git does not know the revision range ${JSON.stringify(range)}: ${msg}`,
        );
      }
      throw new PalisadeError('git-failed', `git log failed (exit ${code ?? 'signal'}): ${msg}`);
    }
    for (const c of parser.end()) yield c;
    finished = true;
  } finally {
    if (!finished && child.exitCode === null) child.kill();
  }
}
