/**
 * One long-running `git cat-file --batch` (or `--batch-check`) process per scan: object ids go in on
 * stdin, one per line, and answers come back in the same order on stdout
 * (https://git-scm.com/docs/git-cat-file#_batch_output). Requests may be pipelined; blob bytes are
 * copied once into a buffer of the announced size, so a large blob costs no quadratic concatenation.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { PalisadeError } from '../../core/errors.js';
import { GIT_GLOBAL_ARGS, gitEnv, spawnError } from './git.js';

export type ObjectInfo =
  { oid: string; type: string; size: number; missing?: false } | { oid: string; missing: true };

export type ObjectContent =
  | { oid: string; type: string; size: number; missing?: false; content: Buffer }
  | { oid: string; missing: true };

interface Pending {
  resolve(v: ObjectContent): void;
  reject(e: Error): void;
}

/** The batch reader. `contents: false` runs `--batch-check` (type and size only). */
export class CatFile {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private headerParts: Buffer[] = [];
  private body: { info: { oid: string; type: string; size: number }; buf: Buffer; got: number } | undefined;
  private failure: Error | undefined;
  private stderr = '';
  private closed = false;

  constructor(
    repoDir: string,
    private readonly contents: boolean,
  ) {
    this.child = spawn('git', [...GIT_GLOBAL_ARGS, 'cat-file', contents ? '--batch' : '--batch-check'], {
      cwd: repoDir,
      env: gitEnv(repoDir),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.on('data', (b: Buffer) => {
      if (this.stderr.length < 4096) this.stderr += b.toString('utf8');
    });
    this.child.on('error', (e) => this.fail(spawnError(e)));
    // EPIPE on stdin after the process died is reported through 'close' below.
    this.child.stdin.on('error', () => undefined);
    this.child.on('close', (code) => {
      if (this.queue.length > 0 || this.body) {
        this.fail(
          new PalisadeError(
            'git-failed',
            `git cat-file exited (${code ?? 'signal'}) with requests pending${this.stderr ? `: ${this.stderr.trim()}` : ''}`,
          ),
        );
      }
    });
  }

  /** Type, size and (in contents mode) the bytes of one object, by full hex id. */
  get(oid: string): Promise<ObjectContent> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new PalisadeError('git-failed', 'git cat-file is closed'));
    return new Promise<ObjectContent>((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.child.stdin.write(`${oid}\n`);
    });
  }

  /** Type and size only (the `content` of a `--batch` answer is dropped by the caller). */
  info(oid: string): Promise<ObjectInfo> {
    return this.get(oid);
  }

  /** End the process (closing stdin makes git exit); safe to call more than once. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.child.stdin.end();
    if (this.queue.length > 0) this.child.kill();
  }

  private fail(e: Error): void {
    if (!this.failure) this.failure = e;
    this.body = undefined;
    for (const p of this.queue.splice(0)) p.reject(e);
  }

  private onData(chunk: Buffer): void {
    let off = 0;
    while (off < chunk.length) {
      const body = this.body;
      if (body) {
        // The body is `size` bytes followed by one LF.
        const n = Math.min(body.buf.length - body.got, chunk.length - off);
        chunk.copy(body.buf, body.got, off, off + n);
        body.got += n;
        off += n;
        if (body.got === body.buf.length) {
          this.body = undefined;
          this.queue.shift()?.resolve({ ...body.info, content: body.buf.subarray(0, body.info.size) });
        }
        continue;
      }
      const nl = chunk.indexOf(10, off);
      if (nl < 0) {
        this.headerParts.push(chunk.subarray(off));
        return;
      }
      this.headerParts.push(chunk.subarray(off, nl));
      const header = Buffer.concat(this.headerParts).toString('latin1');
      this.headerParts = [];
      off = nl + 1;
      this.onHeader(header);
    }
  }

  private onHeader(header: string): void {
    const parts = header.split(' ');
    const oid = parts[0] ?? '';
    if (parts.length === 3) {
      const info = { oid, type: parts[1]!, size: Number(parts[2]) };
      if (!Number.isSafeInteger(info.size) || info.size < 0) {
        this.fail(new PalisadeError('git-failed', `unexpected git cat-file answer: ${header.slice(0, 200)}`));
        return;
      }
      if (this.contents) {
        this.body = { info, buf: Buffer.allocUnsafe(info.size + 1), got: 0 };
      } else {
        this.queue.shift()?.resolve({ ...info, content: Buffer.alloc(0) });
      }
      return;
    }
    // `<oid> missing` (absent from a shallow or partial clone) or `<oid> ambiguous` (never for full ids).
    this.queue.shift()?.resolve({ oid, missing: true });
  }
}
