import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PalisadeError } from '../../../core/errors.js';
import { importVulnDb } from './import.js';
import { openVulnDb } from './store.js';
import { changedSince, updateVulnDb } from './update.js';
import { defaultDbPath, dbStaleness } from './paths.js';
import { fileServer, recordingProxy, type TestServer } from './testing/servers.js';

const VULNDB = path.resolve('../shared/vulndb');
let tmp: string;
let dbPath: string;
const servers: TestServer[] = [];

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-vulndb-'));
  dbPath = path.join(tmp, 'cache', 'vuln.db');
});
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  rmSync(tmp, { recursive: true, force: true });
});

const ids = (recs: { id: string }[]): string[] => recs.map((r) => r.id);

/** A folder in the export layout holding the given ecosystems copied from ../shared/vulndb. */
function slice(ecosystems: string[]): string {
  const dir = path.join(tmp, 'slice');
  for (const e of ecosystems) {
    mkdirSync(path.join(dir, e), { recursive: true });
    copyFileSync(path.join(VULNDB, e, 'all.zip'), path.join(dir, e, 'all.zip'));
  }
  writeFileSync(path.join(dir, 'ecosystems.txt'), ecosystems.join('\n') + '\n');
  return dir;
}

describe('import', () => {
  it('imports a subset, indexes every affected package of a record, normalises names, flags withdrawn records', async () => {
    const res = await importVulnDb(VULNDB, dbPath, {
      ecosystems: ['CRAN', 'NuGet', 'crates.io'],
      now: () => new Date('2026-12-01T00:00:00Z'),
    });
    // Counts from ../shared/vulndb/README.md: CRAN 14, NuGet 8, crates.io 1,206.
    expect(res.entries).toBe(14 + 8 + 1206);
    expect(res.meta.ecosystems.CRAN).toEqual({ records: 14, newestModified: '2026-03-13T20:45:00Z' });
    expect(res.meta.ecosystems.NuGet.records).toBe(8);
    expect(res.meta.ecosystems['crates.io'].records).toBe(1206);
    expect(res.meta.builtAt).toBe('2026-12-01T00:00:00.000Z');
    expect(res.meta.source).toBe(VULNDB);
    expect(res.meta.schemaVersion).toBe(1);

    const db = openVulnDb(dbPath);
    expect(ids(db.lookup('CRAN', 'readxl'))).toEqual(['RSEC-2023-0', 'RSEC-2023-1', 'RSEC-2023-2']);
    // GHSA-6c3j-c64m-qhgq (from the NuGet zip) affects npm jquery, NuGet jQuery, PyPI django, Maven webjars:
    // found from each; NuGet ids are case-insensitive, PyPI names per PEP 503.
    expect(ids(db.lookup('NuGet', 'JQUERY'))).toEqual(['GHSA-6c3j-c64m-qhgq', 'GHSA-gxr4-xjj5-5px2']);
    expect(ids(db.lookup('npm', 'jquery'))).toEqual(['GHSA-6c3j-c64m-qhgq', 'GHSA-gxr4-xjj5-5px2']);
    expect(ids(db.lookup('PyPI', 'Django'))).toEqual(['GHSA-6c3j-c64m-qhgq']);
    expect(ids(db.lookup('Maven', 'org.webjars.npm:jquery'))).toEqual([
      'GHSA-6c3j-c64m-qhgq',
      'GHSA-gxr4-xjj5-5px2',
    ]);
    expect(db.lookup('npm', 'JQuery')).toEqual([]); // npm names are case-sensitive
    expect(db.lookup('CRAN', 'no-such-package')).toEqual([]);
    // RUSTSEC-2019-0031 (spin) is withdrawn: kept, but never returned by lookup.
    expect(db.get('RUSTSEC-2019-0031')?.withdrawn).toBeTruthy();
    expect(ids(db.lookup('crates.io', 'spin'))).not.toContain('RUSTSEC-2019-0031');
    // The whole record comes back.
    const png = db.lookup('CRAN', 'png');
    expect(png[0]!.id).toBe('RSEC-2026-1');
    expect(png[0]!.affected![0]!.package).toMatchObject({ ecosystem: 'CRAN', name: 'png' });
    expect(db.count()).toBe(14 + 8 + 1206);
    db.close();
  });

  it('imports the whole ../shared/vulndb folder with the per-ecosystem counts of its README', async () => {
    const res = await importVulnDb(VULNDB, dbPath);
    const counts = Object.fromEntries(Object.entries(res.meta.ecosystems).map(([e, v]) => [e, v.records]));
    expect(counts).toEqual({
      AlmaLinux: 5637,
      Alpine: 2471,
      Bitnami: 7444,
      CRAN: 14,
      GHC: 3,
      Go: 4293,
      Hackage: 32,
      Maven: 377,
      NuGet: 8,
      Packagist: 1600,
      PyPI: 2692,
      RubyGems: 1236,
      SwiftURL: 1,
      'crates.io': 1206,
      npm: 515,
    });
    expect(res.entries).toBe(27529);
    expect(res.meta.ecosystems.Go.newestModified.slice(0, 10)).toBe('2026-08-21');
    const db = openVulnDb(dbPath);
    // 27,507 distinct advisories (README): a record in several zips is stored once.
    expect(db.count()).toBe(27507);
    // Alpine:v3.x packages are indexed under the base ecosystem.
    expect(db.lookup('Alpine:v3.10', 'openssl').length).toBeGreaterThan(0);
    db.close();
  }, 20_000);

  it('imports a single all.zip, taking its ecosystem from the folder name', async () => {
    const res = await importVulnDb(path.join(VULNDB, 'CRAN', 'all.zip'), dbPath);
    expect(Object.keys(res.meta.ecosystems)).toEqual(['CRAN']);
    expect(res.entries).toBe(14);
  });

  it('rejects a truncated or corrupt zip with an error naming the file, leaving the old DB as it was', async () => {
    await importVulnDb(VULNDB, dbPath, { ecosystems: ['CRAN'] });
    const before = readFileSync(dbPath);
    const dir = slice(['CRAN', 'npm']);
    const zip = path.join(dir, 'npm', 'all.zip');
    const full = readFileSync(zip);
    writeFileSync(zip, full.subarray(0, Math.floor(full.length / 2)));
    const err = await importVulnDb(dir, dbPath).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PalisadeError);
    expect((err as PalisadeError).code).toBe('vulndb-corrupt-zip');
    expect((err as Error).message).toContain(zip);

    // One flipped byte inside an entry's data: caught by inflate or the CRC.
    const damaged = Buffer.from(full);
    damaged[2000] = damaged[2000]! ^ 0xff;
    writeFileSync(zip, damaged);
    await expect(importVulnDb(dir, dbPath)).rejects.toThrow(/npm\/all\.zip/);

    expect(readFileSync(dbPath).equals(before)).toBe(true);
    expect(readdirSync(path.dirname(dbPath))).toEqual(['vuln.db']);
    const db = openVulnDb(dbPath);
    expect(db.meta().ecosystems).toEqual({ CRAN: { records: 14, newestModified: '2026-03-13T20:45:00Z' } });
    db.close();
  });

  it('an import stopped midway leaves the old DB usable and no temp file behind', async () => {
    await importVulnDb(VULNDB, dbPath, { ecosystems: ['CRAN'] });
    const stop = new Error('killed');
    await expect(
      importVulnDb(VULNDB, dbPath, {
        ecosystems: ['NuGet', 'npm'],
        onProgress: (p) => {
          if (p.phase === 'import' && p.done === 1) throw stop;
        },
      }),
    ).rejects.toBe(stop);
    expect(readdirSync(path.dirname(dbPath))).toEqual(['vuln.db']);
    const db = openVulnDb(dbPath);
    expect(Object.keys(db.meta().ecosystems)).toEqual(['CRAN']);
    expect(ids(db.lookup('CRAN', 'png'))).toEqual(['RSEC-2026-1']);
    db.close();
  });

  it('merge keeps the other ecosystems; a missing source or DB is a clear error', async () => {
    await importVulnDb(VULNDB, dbPath, { ecosystems: ['CRAN'] });
    const res = await importVulnDb(VULNDB, dbPath, { ecosystems: ['NuGet'], merge: true });
    expect(Object.keys(res.meta.ecosystems).sort()).toEqual(['CRAN', 'NuGet']);
    await expect(importVulnDb(path.join(tmp, 'nope'), dbPath)).rejects.toThrow(/cannot read .*nope/);
    await expect(importVulnDb(VULNDB, dbPath, { ecosystems: ['Debian'] })).rejects.toThrow(
      /no Debian export/,
    );
    expect(() => openVulnDb(path.join(tmp, 'none.db'))).toThrow(/no vulnerability database at .*none\.db/);
  });
});

/** The CRAN export without its two newest records (RSEC-2026-1, RSEC-2026-0), to update from. */
function oldCran(root: string): void {
  const entries = unzipSync(readFileSync(path.join(VULNDB, 'CRAN', 'all.zip')));
  mkdirSync(path.join(root, 'CRAN'), { recursive: true });
  for (const [name, data] of Object.entries(entries)) writeFileSync(path.join(root, 'CRAN', name), data);
  delete entries['RSEC-2026-1.json'];
  delete entries['RSEC-2026-0.json'];
  writeFileSync(path.join(root, 'CRAN', 'all.zip'), zipSync(entries));
  const csv = readFileSync(path.join(VULNDB, 'CRAN', 'modified_id.csv'), 'utf8')
    .split('\n')
    .slice(2)
    .join('\n');
  writeFileSync(path.join(root, 'CRAN', 'modified_id.csv'), csv);
  writeFileSync(path.join(root, 'ecosystems.txt'), 'CRAN\n');
}

describe('update', () => {
  it('downloads all.zip, then fetches only the records modified since', async () => {
    const root = path.join(tmp, 'bucket');
    oldCran(root);
    const server = await fileServer(root);
    servers.push(server);
    const first = await updateVulnDb(dbPath, { ecosystems: ['CRAN'], baseUrl: server.url, env: {} });
    expect(first.ecosystems).toEqual([{ ecosystem: 'CRAN', mode: 'full', records: 12 }]);
    expect(first.meta.ecosystems.CRAN).toEqual({ records: 12, newestModified: '2025-08-04T15:00:00Z' });
    expect(first.meta.source).toBe(server.url);

    // The bucket moves on: the full zip and csv of ../shared/vulndb.
    copyFileSync(path.join(VULNDB, 'CRAN', 'all.zip'), path.join(root, 'CRAN', 'all.zip'));
    copyFileSync(path.join(VULNDB, 'CRAN', 'modified_id.csv'), path.join(root, 'CRAN', 'modified_id.csv'));
    server.requests.length = 0;
    const second = await updateVulnDb(dbPath, { baseUrl: server.url + '/', env: {} }); // ecosystems: those in the DB
    expect(second.ecosystems).toEqual([{ ecosystem: 'CRAN', mode: 'incremental', records: 2 }]);
    expect(server.requests.sort()).toEqual([
      '/CRAN/RSEC-2026-0.json',
      '/CRAN/RSEC-2026-1.json',
      '/CRAN/modified_id.csv',
    ]);
    expect(second.meta.ecosystems.CRAN).toEqual({ records: 14, newestModified: '2026-03-13T20:45:00Z' });
    const db = openVulnDb(dbPath);
    expect(ids(db.lookup('CRAN', 'png'))).toEqual(['RSEC-2026-1']);
    db.close();

    // Nothing new: only the csv is read.
    server.requests.length = 0;
    const third = await updateVulnDb(dbPath, { baseUrl: server.url, env: {} });
    expect(third.ecosystems).toEqual([{ ecosystem: 'CRAN', mode: 'unchanged', records: 0 }]);
    expect(server.requests).toEqual(['/CRAN/modified_id.csv']);

    // --full: the whole zip, no csv.
    server.requests.length = 0;
    const fourth = await updateVulnDb(dbPath, { baseUrl: server.url, env: {}, full: true });
    expect(fourth.ecosystems).toEqual([{ ecosystem: 'CRAN', mode: 'full', records: 14 }]);
    expect(server.requests).toEqual(['/CRAN/all.zip']);
  });

  it('falls back to the whole zip when more records changed than maxIncremental', async () => {
    const root = path.join(tmp, 'bucket');
    oldCran(root);
    const server = await fileServer(root);
    servers.push(server);
    await updateVulnDb(dbPath, { ecosystems: ['CRAN'], baseUrl: server.url, env: {} });
    copyFileSync(path.join(VULNDB, 'CRAN', 'all.zip'), path.join(root, 'CRAN', 'all.zip'));
    copyFileSync(path.join(VULNDB, 'CRAN', 'modified_id.csv'), path.join(root, 'CRAN', 'modified_id.csv'));
    server.requests.length = 0;
    const res = await updateVulnDb(dbPath, { baseUrl: server.url, env: {}, maxIncremental: 1 });
    expect(res.ecosystems).toEqual([{ ecosystem: 'CRAN', mode: 'full', records: 14 }]);
    expect(server.requests).toEqual(['/CRAN/modified_id.csv', '/CRAN/all.zip']);
  });

  it('a download that breaks off leaves the old DB usable; an unknown ecosystem is a clear error', async () => {
    const root = path.join(tmp, 'bucket');
    oldCran(root);
    mkdirSync(path.join(root, 'NuGet'));
    copyFileSync(path.join(VULNDB, 'NuGet', 'all.zip'), path.join(root, 'NuGet', 'all.zip'));
    const server = await fileServer(root, { dropAfter: (p) => (p === '/NuGet/all.zip' ? 3000 : undefined) });
    servers.push(server);
    await updateVulnDb(dbPath, { ecosystems: ['CRAN'], baseUrl: server.url, env: {} });
    const before = readFileSync(dbPath);
    const err = await updateVulnDb(dbPath, {
      ecosystems: ['CRAN', 'NuGet'],
      baseUrl: server.url,
      env: {},
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PalisadeError);
    expect((err as Error).message).toContain(`${server.url}/NuGet/all.zip`);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
    expect(readdirSync(path.dirname(dbPath))).toEqual(['vuln.db']);
    await expect(
      updateVulnDb(dbPath, { ecosystems: ['Nope'], baseUrl: server.url, env: {} }),
    ).rejects.toThrow(/Nope\/all\.zip: HTTP 404/);
    const db = openVulnDb(dbPath);
    expect(db.meta().ecosystems.CRAN!.records).toBe(12);
    db.close();
  });

  it('goes through HTTP_PROXY from the given env, and not for hosts in NO_PROXY', async () => {
    const root = path.join(tmp, 'bucket');
    oldCran(root);
    const server = await fileServer(root);
    const proxy = await recordingProxy();
    servers.push(server, proxy);
    await updateVulnDb(dbPath, { ecosystems: ['CRAN'], baseUrl: server.url, env: { HTTP_PROXY: proxy.url } });
    expect(proxy.requests.length).toBeGreaterThan(0);
    expect(proxy.requests.join('\n')).toContain(server.url.replace('http://', ''));
    expect(server.requests).toEqual(['/CRAN/all.zip']);
    proxy.requests.length = 0;
    await updateVulnDb(dbPath, {
      ecosystems: ['CRAN'],
      baseUrl: server.url,
      env: { http_proxy: proxy.url, NO_PROXY: '127.0.0.1' },
    });
    expect(proxy.requests).toEqual([]);
  });

  it('changedSince reads modified_id.csv newest first and stops at the first older line', () => {
    const csv =
      '2026-03-13T20:45:00Z,A\n2026-02-18T10:30:00Z,B\n2025-08-04T15:00:00Z,C\n2024-01-01T00:00:00Z,D\n';
    expect(changedSince(csv, '2025-08-04T15:00:00Z', 10)).toEqual(['A', 'B']);
    expect(changedSince(csv, '2026-03-13T20:45:00Z', 10)).toEqual([]);
    expect(changedSince(csv, '2020-01-01T00:00:00Z', 3)).toBeUndefined();
    expect(changedSince(csv, '2020-01-01T00:00:00Z', 4)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('paths and staleness', () => {
  it('picks PALISADE_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache', () => {
    expect(defaultDbPath({ PALISADE_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe(
      path.join('/c', 'vuln.db'),
    );
    expect(defaultDbPath({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe(path.join('/x', 'palisade', 'vuln.db'));
    expect(defaultDbPath({ XDG_CACHE_HOME: 'relative', HOME: '/h' })).toBe(
      path.join('/h', '.cache', 'palisade', 'vuln.db'),
    );
  });

  it('is stale after 7 days by default', () => {
    const meta = { builtAt: '2026-01-01T00:00:00.000Z' };
    expect(dbStaleness(meta, new Date('2026-01-08T00:00:00Z'))).toEqual({
      stale: false,
      ageDays: 7,
      message: undefined,
    });
    const late = dbStaleness(meta, new Date('2026-01-08T00:00:01Z'));
    expect(late.stale).toBe(true);
    expect(late.message).toMatch(/7 days old \(built 2026-01-01; limit 7 days\)/);
    expect(dbStaleness(meta, new Date('2026-01-20T00:00:00Z'), 30).stale).toBe(false);
    expect(dbStaleness({ builtAt: '' }, new Date()).stale).toBe(true);
  });
});

it('test data is where the tests expect it', () => {
  expect(existsSync(path.join(VULNDB, 'ecosystems.txt'))).toBe(true);
});
