/**
 * Atomic replacement of the DB file: build into `<db>.tmp-<pid>`, then rename over the old file (rename(2)
 * is atomic on one filesystem). A crash or kill at any point leaves the old file as it was; readers that
 * have the old file open keep reading it. Leftover temp files of dead processes are removed on the next run.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import path from 'node:path';
import { PalisadeError, errorMessage } from '../../../core/errors.js';
import { DbWriter } from './store.js';
import type { DbMeta } from '../types.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM';
  }
}

function removeStaleTemps(dbPath: string): void {
  const dir = path.dirname(dbPath);
  const prefix = path.basename(dbPath) + '.tmp-';
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid))
      rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * Run `build` on a writer over a temporary copy of `dbPath` (or a fresh file when `fresh` or there is no
 * DB yet), then `finish` it and rename it into place. On any error the temp file is deleted and the
 * error rethrown; `dbPath` is untouched.
 */
export async function rebuildAtomically(
  dbPath: string,
  fresh: boolean,
  build: (writer: DbWriter, hadDb: boolean) => Promise<{ source: string; builtAt: string }>,
): Promise<DbMeta> {
  mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  removeStaleTemps(dbPath);
  const tmp = `${dbPath}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  const hadDb = existsSync(dbPath);
  let writer: DbWriter | undefined;
  try {
    if (hadDb && !fresh) copyFileSync(dbPath, tmp);
    try {
      writer = new DbWriter(tmp, !hadDb || fresh);
    } catch (err) {
      if (err instanceof PalisadeError) throw err;
      throw new PalisadeError(
        'vulndb-open',
        `cannot open ${hadDb && !fresh ? dbPath : tmp} for writing: ${errorMessage(err)}`,
        { cause: err },
      );
    }
    const { source, builtAt } = await build(writer, hadDb && !fresh);
    const meta = writer.finish(source, builtAt);
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, dbPath);
    return meta;
  } catch (err) {
    writer?.abort();
    rmSync(tmp, { force: true });
    throw err;
  }
}
