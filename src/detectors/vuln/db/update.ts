/**
 * `palisade db update`: download osv.dev's per-ecosystem exports (https://google.github.io/osv.dev/data/#data-dumps)
 * from `<base>/<Ecosystem>/all.zip`, or, where the DB already holds that ecosystem, only the records changed
 * since its newest `modified`, read from `<base>/<Ecosystem>/modified_id.csv` (newest first) and fetched as
 * `<base>/<Ecosystem>/<id>.json`. Atomic like import: work on a copy, rename when done.
 */
import { existsSync } from 'node:fs';
import { PalisadeError, errorMessage } from '../../../core/errors.js';
import type { DbMeta, OsvRecord } from '../types.js';
import { rebuildAtomically } from './atomic.js';
import { Http, mapLimit, type HttpOptions } from './http.js';
import { loadZip, type DbProgress } from './import.js';
import { openVulnDb } from './store.js';

export const DEFAULT_BASE_URL = 'https://osv-vulnerabilities.storage.googleapis.com';

/** What a first `db update` downloads when no ecosystem is named: the ecosystems Palisade's analyzers report. */
export const DEFAULT_ECOSYSTEMS: readonly string[] = [
  'npm',
  'PyPI',
  'Go',
  'crates.io',
  'Maven',
  'RubyGems',
  'Packagist',
  'NuGet',
  'Pub',
  'Hex',
  'SwiftURL',
  'ConanCenter',
];

export interface UpdateOptions extends HttpOptions {
  /** Export ecosystems to update (default: those in the DB, else DEFAULT_ECOSYSTEMS). */
  ecosystems?: readonly string[];
  /** Base URL of the export bucket or a mirror of it. */
  baseUrl?: string;
  /** Above this many changed records, download the whole all.zip instead (default 2,000). */
  maxIncremental?: number;
  /** Always download whole zips. */
  full?: boolean;
  /** Parallel record downloads in incremental mode (default 8). */
  concurrency?: number;
  now?: () => Date;
  onProgress?: (p: DbProgress) => void;
}

export interface EcosystemUpdate {
  ecosystem: string;
  mode: 'full' | 'incremental' | 'unchanged' | 'absent';
  /** Records written (zip entries in full mode, changed records in incremental mode). */
  records: number;
}

export interface UpdateResult {
  meta: DbMeta;
  ecosystems: EcosystemUpdate[];
  seconds: number;
}

/** `<modified>,<id>` lines, newest first: the ids modified strictly after `since`. Undefined once more than `max`. */
export function changedSince(csv: string, since: string, max: number): string[] | undefined {
  const sinceMs = Date.parse(since);
  const ids: string[] = [];
  for (const line of csv.split('\n')) {
    const comma = line.indexOf(',');
    if (comma < 0) continue;
    const ms = Date.parse(line.slice(0, comma));
    if (Number.isNaN(ms)) continue;
    if (ms <= sinceMs) break;
    ids.push(line.slice(comma + 1).trim());
    if (ids.length > max) return undefined;
  }
  return ids;
}

export async function updateVulnDb(dbPath: string, opts: UpdateOptions = {}): Promise<UpdateResult> {
  const started = performance.now();
  const base = (opts.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const maxIncremental = opts.maxIncremental ?? 2000;
  let current: DbMeta | undefined;
  if (existsSync(dbPath)) {
    try {
      const db = openVulnDb(dbPath);
      current = db.meta();
      db.close();
    } catch {
      current = undefined; // unreadable or older schema: rebuild from scratch
    }
  }
  const explicit = opts.ecosystems !== undefined && opts.ecosystems.length > 0;
  const wanted = explicit
    ? [...opts.ecosystems!]
    : current && Object.keys(current.ecosystems).length > 0
      ? Object.keys(current.ecosystems)
      : [...DEFAULT_ECOSYSTEMS];
  const http = new Http(opts);
  const report: EcosystemUpdate[] = [];
  try {
    const meta = await rebuildAtomically(dbPath, current === undefined, async (writer) => {
      for (const [i, eco] of wanted.entries()) {
        const dir = `${base}/${encodeURIComponent(eco)}`;
        const newest = current?.ecosystems[eco]?.newestModified;
        let ids: string[] | undefined;
        if (newest && !opts.full) {
          const csv = await http.get(`${dir}/modified_id.csv`);
          if (csv !== undefined) ids = changedSince(csv.toString('utf8'), newest, maxIncremental);
        }
        if (ids !== undefined) {
          opts.onProgress?.({
            phase: 'incremental',
            ecosystem: eco,
            done: i,
            total: wanted.length,
            records: ids.length,
          });
          const records = await mapLimit(ids, opts.concurrency ?? 8, async (id) => {
            const url = `${dir}/${encodeURIComponent(id)}.json`;
            const body = await http.get(url);
            if (body === undefined)
              throw new PalisadeError('network', `${url}: HTTP 404 (listed in modified_id.csv)`);
            try {
              return { body, rec: JSON.parse(body.toString('utf8')) as OsvRecord };
            } catch (err) {
              throw new PalisadeError('network', `${url}: not valid JSON (${errorMessage(err)})`, {
                cause: err,
              });
            }
          });
          writer.db.transaction(() => {
            for (const { rec, body } of records) writer.put(eco, rec, 0, body);
          })();
          report.push({
            ecosystem: eco,
            mode: ids.length === 0 ? 'unchanged' : 'incremental',
            records: ids.length,
          });
          continue;
        }
        opts.onProgress?.({ phase: 'download', ecosystem: eco, done: i, total: wanted.length });
        const url = `${dir}/all.zip`;
        const zip = await http.get(url);
        if (zip === undefined) {
          if (explicit)
            throw new PalisadeError(
              'vulndb-source',
              `${url}: HTTP 404 — is "${eco}" an osv.dev ecosystem name? (see ${base}/ecosystems.txt)`,
            );
          report.push({ ecosystem: eco, mode: 'absent', records: 0 });
          continue;
        }
        let n = 0;
        writer.db.transaction(() => {
          writer.removeEcosystem(eco);
          [n] = loadZip(writer, zip, url, eco);
        })();
        report.push({ ecosystem: eco, mode: 'full', records: n });
        opts.onProgress?.({ phase: 'import', ecosystem: eco, done: i + 1, total: wanted.length, records: n });
      }
      return { source: base, builtAt: (opts.now?.() ?? new Date()).toISOString() };
    });
    return { meta, ecosystems: report, seconds: (performance.now() - started) / 1000 };
  } finally {
    await http.close();
  }
}
