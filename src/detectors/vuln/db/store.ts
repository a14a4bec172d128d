/**
 * The local OSV database: one SQLite file (better-sqlite3). Records are kept whole, as the JSON osv.dev
 * publishes. Not compressed: raw deflate would shrink ../shared/vulndb from 60 to 32 MB but inflating
 * doubles the cost of each lookup (measured in bench/vulndb-import.ts), and lookups are the hot path;
 * `encoding` 1 (raw deflate) is still read, for a future compact mode. An `affected` table indexes them by (base ecosystem, normalised name), so a record that affects
 * several packages is found from each. Withdrawn records are kept but flagged; lookups skip them.
 *
 * Schema version: PRAGMA user_version and meta.schema_version. A file with another version is refused
 * with a message asking for `palisade db update` / `db import` (the DB is a cache: rebuilding is the migration).
 */
import { existsSync } from 'node:fs';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { PalisadeError } from '../../../core/errors.js';
import { baseEcosystem, normalizePackageName } from '../normalize.js';
import type { AdvisorySource, DbMeta, OsvRecord } from '../types.js';

export const SCHEMA_VERSION = 1;

/** 0: UTF-8 JSON as is; 1: raw deflate (RFC 1951) of it. */
export type Encoding = 0 | 1;

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE records (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  modified TEXT NOT NULL,
  modified_ms INTEGER NOT NULL,
  withdrawn INTEGER NOT NULL,
  encoding INTEGER NOT NULL,
  data BLOB NOT NULL
);
CREATE TABLE affected (ecosystem TEXT NOT NULL, name TEXT NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (ecosystem, name, rid)) WITHOUT ROWID;
CREATE TABLE sources (ecosystem TEXT NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (ecosystem, rid)) WITHOUT ROWID;
`;
/**
 * Secondary indexes by record, needed only to replace or remove records: created when an existing DB is
 * opened for an update, not by a fresh import (lookups never use them; 10% of the import time).
 */
const INDEXES = `
CREATE INDEX IF NOT EXISTS affected_rid ON affected (rid);
CREATE INDEX IF NOT EXISTS sources_rid ON sources (rid);
`;

export interface VulnDb extends AdvisorySource {
  meta(): DbMeta;
  /** Number of records (withdrawn included). */
  count(): number;
  /** One record by id (withdrawn included), or undefined. */
  get(id: string): OsvRecord | undefined;
  close(): void;
}

export function decodeRecord(encoding: number, data: Buffer): OsvRecord {
  const bytes = encoding === 1 ? zlib.inflateRawSync(data) : data;
  return JSON.parse(bytes.toString('utf8')) as OsvRecord;
}

function checkVersion(db: Database.Database, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== SCHEMA_VERSION) {
    db.close();
    throw new PalisadeError(
      'vulndb-schema',
      `${file} has database schema version ${version}, this Palisade reads version ${SCHEMA_VERSION}: run \`palisade db update\` or \`palisade db import\` to rebuild it`,
    );
  }
}

export function readMeta(db: Database.Database): DbMeta {
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
  const m = new Map(rows.map((r) => [r.key, r.value]));
  return {
    schemaVersion: Number(m.get('schema_version') ?? 0),
    source: m.get('source') ?? '',
    builtAt: m.get('built_at') ?? '',
    ecosystems: JSON.parse(m.get('ecosystems') ?? '{}') as DbMeta['ecosystems'],
  };
}

/**
 * How many decoded records a VulnDb keeps, so a record shared by several packages is parsed once. Large
 * enough for every record a big scan meets; a scan that meets more re-reads the oldest.
 */
const CACHE_SIZE = 50_000;

/**
 * Open a database built by importVulnDb/updateVulnDb, read-only. Throws PalisadeError `vulndb-missing`
 * when the file does not exist and `vulndb-schema` when it was written by another schema version.
 */
export function openVulnDb(file: string): VulnDb {
  if (!existsSync(file))
    throw new PalisadeError(
      'vulndb-missing',
      `no vulnerability database at ${file}: run \`palisade db update\` or \`palisade db import <dir>\``,
    );
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new PalisadeError(
      'vulndb-open',
      `cannot open the vulnerability database ${file}: ${(err as Error).message}`,
      { cause: err },
    );
  }
  try {
    checkVersion(db, file);
  } catch (err) {
    if (err instanceof PalisadeError) throw err;
    db.close();
    throw new PalisadeError(
      'vulndb-open',
      `${file} is not a Palisade vulnerability database: ${(err as Error).message}`,
      { cause: err },
    );
  }
  // Two steps: the (ecosystem, name) index gives row ids; a record's JSON is read and parsed only the first
  // time it is met. Reading the blobs again for every package that shares a record was 90% of the lookup
  // time (AlmaLinux records list dozens of packages each).
  const ridsByName = db.prepare('SELECT rid FROM affected WHERE ecosystem = ? AND name = ?').pluck();
  const byRid = db.prepare('SELECT withdrawn, encoding, data FROM records WHERE rid = ?').raw(true);
  const byId = db.prepare('SELECT encoding, data FROM records WHERE id = ?').raw(true);
  const countStmt = db.prepare('SELECT COUNT(*) FROM records').pluck();
  /** rid → parsed record, or null for a withdrawn one. */
  const cache = new Map<number, OsvRecord | null>();

  return {
    lookup(ecosystem: string, name: string): OsvRecord[] {
      const rids = ridsByName.all(
        baseEcosystem(ecosystem),
        normalizePackageName(ecosystem, name),
      ) as number[];
      if (rids.length === 0) return [];
      const out: OsvRecord[] = [];
      for (const rid of rids) {
        let rec = cache.get(rid);
        if (rec === undefined) {
          const row = byRid.get(rid) as [number, number, Buffer] | undefined;
          rec = row === undefined || row[0] === 1 ? null : decodeRecord(row[1], row[2]);
          if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as number);
          cache.set(rid, rec);
        }
        if (rec !== null) out.push(rec);
      }
      return out.length > 1 ? out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) : out;
    },
    get(id: string): OsvRecord | undefined {
      const row = byId.get(id) as [number, Buffer] | undefined;
      return row === undefined ? undefined : decodeRecord(row[0], row[1]);
    },
    count: () => countStmt.get() as number,
    meta: () => readMeta(db),
    close: () => db.close(),
  };
}

/** Writes records into a database being built (a temporary file: see import.ts). Not for concurrent use. */
export class DbWriter {
  readonly db: Database.Database;
  private readonly selRecord: Database.Statement;
  private readonly insRecord: Database.Statement;
  private readonly updRecord: Database.Statement;
  private readonly delAffected: Database.Statement;
  private readonly insAffected: Database.Statement;
  private readonly insSource: Database.Statement;

  /** `fresh`: create the schema in an empty file; otherwise the file must be a current-version DB. */
  constructor(file: string, fresh: boolean) {
    this.db = new Database(file);
    // A temporary file that is renamed into place only when complete: no journal needed.
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('locking_mode = EXCLUSIVE');
    this.db.pragma('cache_size = -65536');
    if (fresh) {
      // Records average 2 KB and reach 100 KB: 16 KiB pages keep most of them off overflow chains.
      this.db.pragma('page_size = 16384');
      this.db.exec(SCHEMA);
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    } else {
      checkVersion(this.db, file);
      this.db.exec(INDEXES);
    }
    this.selRecord = this.db.prepare('SELECT rid, modified_ms FROM records WHERE id = ?').raw(true);
    this.insRecord = this.db.prepare(
      'INSERT INTO records (id, modified, modified_ms, withdrawn, encoding, data) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.updRecord = this.db.prepare(
      'UPDATE records SET modified = ?, modified_ms = ?, withdrawn = ?, encoding = ?, data = ? WHERE rid = ?',
    );
    this.delAffected = this.db.prepare('DELETE FROM affected WHERE rid = ?');
    this.insAffected = this.db.prepare(
      'INSERT OR IGNORE INTO affected (ecosystem, name, rid) VALUES (?, ?, ?)',
    );
    this.insSource = this.db.prepare('INSERT OR IGNORE INTO sources (ecosystem, rid) VALUES (?, ?)');
  }

  /**
   * Add or replace one record, listed under export `ecosystems` (the osv.dev folder it came from). When the
   * id is already stored (a record exported in several ecosystems, or an update), the newer `modified` wins.
   * Returns false when the record was malformed (no id/modified) and skipped.
   */
  put(ecosystems: string | readonly string[], rec: OsvRecord, encoding: Encoding, data: Buffer): boolean {
    if (typeof rec?.id !== 'string' || typeof rec.modified !== 'string') return false;
    const ms = Date.parse(rec.modified);
    const modifiedMs = Number.isNaN(ms) ? 0 : ms;
    const withdrawn = rec.withdrawn ? 1 : 0;
    const existing = this.selRecord.get(rec.id) as [number, number] | undefined;
    let rid: number;
    if (existing !== undefined) {
      rid = existing[0];
      if (existing[1] > modifiedMs) {
        this.addSources(ecosystems, rid);
        return true;
      }
      this.updRecord.run(rec.modified, modifiedMs, withdrawn, encoding, data, rid);
      this.delAffected.run(rid);
    } else {
      rid = Number(
        this.insRecord.run(rec.id, rec.modified, modifiedMs, withdrawn, encoding, data).lastInsertRowid,
      );
    }
    if (Array.isArray(rec.affected)) {
      for (const a of rec.affected) {
        const pkg = a?.package;
        if (pkg === undefined || typeof pkg.ecosystem !== 'string' || typeof pkg.name !== 'string') continue;
        this.insAffected.run(
          baseEcosystem(pkg.ecosystem),
          normalizePackageName(pkg.ecosystem, pkg.name),
          rid,
        );
      }
    }
    this.addSources(ecosystems, rid);
    return true;
  }

  private addSources(ecosystems: string | readonly string[], rid: number): void {
    if (typeof ecosystems === 'string') this.insSource.run(ecosystems, rid);
    else for (const e of ecosystems) this.insSource.run(e, rid);
  }

  /** Forget export `ecosystem`: its source rows, and the records no other ecosystem still lists. */
  removeEcosystem(ecosystem: string): void {
    this.db.prepare('DELETE FROM sources WHERE ecosystem = ?').run(ecosystem);
    const orphans = 'SELECT rid FROM records WHERE rid NOT IN (SELECT rid FROM sources)';
    this.db.exec(
      `DELETE FROM affected WHERE rid IN (${orphans}); DELETE FROM records WHERE rid IN (${orphans});`,
    );
  }

  /** Newest `modified` and count per export ecosystem, computed from the stored rows. */
  ecosystemStats(): DbMeta['ecosystems'] {
    // SQLite returns the bare column `modified` from the row holding MAX(modified_ms).
    const rows = this.db
      .prepare(
        'SELECT s.ecosystem AS e, COUNT(*) AS n, r.modified AS m, MAX(r.modified_ms) FROM sources s JOIN records r ON r.rid = s.rid GROUP BY s.ecosystem ORDER BY s.ecosystem',
      )
      .all() as { e: string; n: number; m: string }[];
    const out: DbMeta['ecosystems'] = {};
    for (const r of rows) out[r.e] = { records: r.n, newestModified: r.m };
    return out;
  }

  /** Create indexes, write the metadata, close. The file is then complete and can be renamed into place. */
  finish(source: string, builtAt: string): DbMeta {
    const ecosystems = this.ecosystemStats();
    const set = this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    this.db.transaction(() => {
      set.run('schema_version', String(SCHEMA_VERSION));
      set.run('source', source);
      set.run('built_at', builtAt);
      set.run('ecosystems', JSON.stringify(ecosystems));
    })();
    const meta = readMeta(this.db);
    this.db.close();
    return meta;
  }

  abort(): void {
    if (this.db.open) this.db.close();
  }
}
