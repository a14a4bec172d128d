/**
 * `palisade db import <dir|zip|url>`: build the DB from osv.dev's export layout
 * (https://google.github.io/osv.dev/data/#data-dumps): `ecosystems.txt` and `<Ecosystem>/all.zip`, read
 * from a folder (such as ../shared/vulndb), a single all.zip, or an http(s) base URL of the same layout.
 * Every zip is fetched/read and checked before the new file replaces the old one (see atomic.ts).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PalisadeError, errorMessage } from '../../../core/errors.js';
import { baseEcosystem } from '../normalize.js';
import type { DbMeta, OsvRecord } from '../types.js';
import { rebuildAtomically } from './atomic.js';
import { Http, type HttpOptions } from './http.js';
import type { DbWriter } from './store.js';
import { readZip } from './zip.js';

export interface DbProgress {
  phase: 'download' | 'import' | 'incremental';
  ecosystem: string;
  /** Ecosystems finished so far, of `total`. */
  done: number;
  total: number;
  records?: number;
}

export interface ImportOptions extends HttpOptions {
  /** Only these export ecosystems (folder names such as `npm`, `PyPI`). Default: all in the source. */
  ecosystems?: readonly string[];
  /** For a single zip: the ecosystem folder it is the export of (default: its parent folder when it is named all.zip). */
  ecosystem?: string;
  /** Keep the existing DB's other ecosystems and replace only those imported (default: a fresh DB). */
  merge?: boolean;
  /** Clock for `built_at` (tests). */
  now?: () => Date;
  onProgress?: (p: DbProgress) => void;
}

export interface ImportResult {
  meta: DbMeta;
  /** Zip entries read (a record exported in several ecosystems counts once per zip). */
  entries: number;
  /** Entries that were not valid OSV JSON and were left out. */
  invalid: number;
  /** Ecosystems imported. */
  ecosystems: string[];
  /** Ecosystems listed in ecosystems.txt whose all.zip is absent, left out. */
  skipped: string[];
  seconds: number;
}

/** Load every record of one zip into the writer. Returns [entries, invalid]. */
export function loadZip(
  writer: DbWriter,
  zip: Buffer,
  label: string,
  ecosystem: string | undefined,
): [number, number] {
  let entries = 0;
  let invalid = 0;
  for (const entry of readZip(zip, label)) {
    if (!entry.name.endsWith('.json')) continue;
    entries++;
    let rec: OsvRecord;
    try {
      rec = JSON.parse(entry.data.toString('utf8')) as OsvRecord;
    } catch {
      invalid++;
      continue;
    }
    const ecosystems = ecosystem ?? affectedEcosystems(rec);
    // Stored inflated: lookups then cost one JSON.parse, no inflate (measured: the matcher's hot path).
    if (!writer.put(ecosystems, rec, 0, entry.data)) invalid++;
  }
  return [entries, invalid];
}

/** The osv.dev folders a record is exported into: the base ecosystems of its affected packages. */
function affectedEcosystems(rec: OsvRecord): string[] {
  const out = new Set<string>();
  for (const a of Array.isArray(rec?.affected) ? rec.affected : []) {
    if (typeof a?.package?.ecosystem === 'string') out.add(baseEcosystem(a.package.ecosystem));
  }
  return out.size > 0 ? [...out] : ['unknown'];
}

export function parseEcosystemsTxt(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

interface ZipSource {
  ecosystem: string | undefined;
  label: string;
  load: () => Promise<Buffer>;
}

function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function selected(available: string[], asked: readonly string[] | undefined, where: string): string[] {
  if (asked === undefined || asked.length === 0) return available;
  const missing = asked.filter((e) => !available.includes(e));
  if (missing.length > 0)
    throw new PalisadeError(
      'vulndb-source',
      `${where} has no ${missing.join(', ')} export (it has: ${available.join(', ') || 'none'})`,
    );
  return [...asked];
}

function localZips(source: string, opts: ImportOptions): { zips: ZipSource[]; skipped: string[] } {
  let stat;
  try {
    stat = statSync(source);
  } catch (err) {
    throw new PalisadeError('vulndb-source', `cannot read ${source}: ${errorMessage(err)}`, { cause: err });
  }
  if (stat.isFile()) {
    const ecosystem =
      opts.ecosystem ??
      (path.basename(source) === 'all.zip' ? path.basename(path.dirname(path.resolve(source))) : undefined);
    return { zips: [{ ecosystem, label: source, load: async () => readFileSync(source) }], skipped: [] };
  }
  const listFile = path.join(source, 'ecosystems.txt');
  const skipped: string[] = [];
  let available: string[];
  if (existsSync(listFile)) {
    available = [];
    for (const e of parseEcosystemsTxt(readFileSync(listFile, 'utf8'))) {
      if (existsSync(path.join(source, e, 'all.zip'))) available.push(e);
      else skipped.push(e);
    }
  } else {
    available = readdirSync(source)
      .filter((e) => existsSync(path.join(source, e, 'all.zip')))
      .sort();
  }
  if (available.length === 0)
    throw new PalisadeError(
      'vulndb-source',
      `${source} holds no <Ecosystem>/all.zip (osv.dev export layout expected)`,
    );
  const chosen = selected(available, opts.ecosystems, source);
  return {
    zips: chosen.map((e) => {
      const file = path.join(source, e, 'all.zip');
      return { ecosystem: e, label: file, load: async () => readFileSync(file) };
    }),
    skipped: opts.ecosystems?.length ? [] : skipped,
  };
}

async function remoteZips(
  source: string,
  opts: ImportOptions,
  http: Http,
): Promise<{ zips: ZipSource[]; skipped: string[] }> {
  const fetchZip = async (url: string): Promise<Buffer> => {
    const body = await http.get(url);
    if (body === undefined) throw new PalisadeError('vulndb-source', `${url}: HTTP 404 (no such export)`);
    return body;
  };
  if (/\.zip$/i.test(new URL(source).pathname)) {
    const parts = new URL(source).pathname.split('/');
    const ecosystem =
      opts.ecosystem ??
      (parts.at(-1) === 'all.zip' && parts.length >= 2 ? decodeURIComponent(parts.at(-2)!) : undefined);
    return { zips: [{ ecosystem, label: source, load: () => fetchZip(source) }], skipped: [] };
  }
  const base = source.replace(/\/+$/, '');
  let list = opts.ecosystems;
  if (list === undefined || list.length === 0) {
    const txt = await http.get(`${base}/ecosystems.txt`);
    if (txt === undefined)
      throw new PalisadeError(
        'vulndb-source',
        `${base}/ecosystems.txt not found: name the ecosystems to import (--ecosystems npm,PyPI)`,
      );
    list = parseEcosystemsTxt(txt.toString('utf8'));
  }
  return {
    zips: list.map((e) => {
      const url = `${base}/${encodeURIComponent(e)}/all.zip`;
      return { ecosystem: e, label: url, load: () => fetchZip(url) };
    }),
    skipped: [],
  };
}

/**
 * Build the DB at `dbPath` from an osv.dev export layout. Atomic: on any error (unreadable source, corrupt
 * or truncated zip, broken download) a PalisadeError names the culprit and the old DB is left as it was.
 */
export async function importVulnDb(
  source: string,
  dbPath: string,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const started = performance.now();
  const http = isUrl(source) ? new Http(opts) : undefined;
  try {
    const { zips, skipped } = http ? await remoteZips(source, opts, http) : localZips(source, opts);
    let entries = 0;
    let invalid = 0;
    const meta = await rebuildAtomically(dbPath, !opts.merge, async (writer) => {
      for (const [i, z] of zips.entries()) {
        if (http)
          opts.onProgress?.({
            phase: 'download',
            ecosystem: z.ecosystem ?? z.label,
            done: i,
            total: zips.length,
          });
        const buf = await z.load();
        writer.db.exec('BEGIN');
        if (opts.merge && z.ecosystem !== undefined) writer.removeEcosystem(z.ecosystem);
        const [n, bad] = loadZip(writer, buf, z.label, z.ecosystem);
        writer.db.exec('COMMIT');
        entries += n;
        invalid += bad;
        opts.onProgress?.({
          phase: 'import',
          ecosystem: z.ecosystem ?? z.label,
          done: i + 1,
          total: zips.length,
          records: n,
        });
      }
      return {
        source: isUrl(source) ? source : path.resolve(source),
        builtAt: (opts.now?.() ?? new Date()).toISOString(),
      };
    });
    return {
      meta,
      entries,
      invalid,
      ecosystems: zips.map((z) => z.ecosystem ?? z.label),
      skipped,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await http?.close();
  }
}
