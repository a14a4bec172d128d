/** Where the DB lives and when it is too old: inputs (env, clock) are parameters, nothing is read implicitly. */
import os from 'node:os';
import path from 'node:path';
import type { DbMeta } from '../types.js';

export const DB_FILE_NAME = 'vuln.db';
export const DEFAULT_MAX_AGE_DAYS = 7;

/**
 * `$PALISADE_CACHE_DIR/vuln.db`, else `$XDG_CACHE_HOME/palisade/vuln.db`
 * (https://specifications.freedesktop.org/basedir-spec/latest/), else `~/.cache/palisade/vuln.db`.
 */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PALISADE_CACHE_DIR) return path.join(env.PALISADE_CACHE_DIR, DB_FILE_NAME);
  // The spec says a relative XDG path is invalid and must be ignored.
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME))
    return path.join(env.XDG_CACHE_HOME, 'palisade', DB_FILE_NAME);
  return path.join(env.HOME || os.homedir(), '.cache', 'palisade', DB_FILE_NAME);
}

export interface Staleness {
  stale: boolean;
  /** Whole days since the DB was built (fractional days rounded down); undefined when built_at is unreadable. */
  ageDays: number | undefined;
  /** A one-line warning when stale, else undefined. */
  message: string | undefined;
}

/** Whether the DB built at `meta.builtAt` is older than `maxAgeDays` at `now`. An unreadable date counts as stale. */
export function dbStaleness(
  meta: Pick<DbMeta, 'builtAt'>,
  now: Date,
  maxAgeDays: number = DEFAULT_MAX_AGE_DAYS,
): Staleness {
  const built = Date.parse(meta.builtAt);
  if (Number.isNaN(built)) {
    return {
      stale: true,
      ageDays: undefined,
      message: 'the vulnerability database has no build date: run `palisade db update`',
    };
  }
  const ageMs = now.getTime() - built;
  const ageDays = Math.floor(ageMs / 86_400_000);
  if (ageMs <= maxAgeDays * 86_400_000) return { stale: false, ageDays, message: undefined };
  return {
    stale: true,
    ageDays,
    message: `the vulnerability database is ${ageDays} days old (built ${meta.builtAt.slice(0, 10)}; limit ${maxAgeDays} days): run \`palisade db update\``,
  };
}
