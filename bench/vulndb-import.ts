/**
 * Import speed of the vulnerability DB (issue 3, target ≥ 20,000 records/s) and lookup speed over the
 * imported file: `tsx bench/vulndb-import.ts [source dir] [--keep]` (default ../shared/vulndb).
 * Prints a small table; `--json` prints the figures as JSON instead.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importVulnDb } from '../src/detectors/vuln/db/import.js';
import { openVulnDb } from '../src/detectors/vuln/db/store.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_RECORDS_PER_S = 20_000;
const TARGET_LOOKUP_S = 1;

const args = process.argv.slice(2);
const source = args.find((a) => !a.startsWith('--')) ?? path.resolve(REPO, '../shared/vulndb');
const dir = mkdtempSync(path.join(os.tmpdir(), 'palisade-vulndb-bench-'));
const dbPath = path.join(dir, 'vuln.db');

const cpu0 = process.cpuUsage();
const res = await importVulnDb(source, dbPath, {});
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const records = Object.values(res.meta.ecosystems).reduce((n, e) => n + e.records, 0);
const rate = res.entries / res.seconds;

// Lookups, 20,000 calls each, on a fresh handle (cold cache):
//  - typical: 2,000 names that have advisories in language ecosystems + 18,000 that have none (an inventory);
//  - worst:   10,000 distinct names drawn from the whole index (mostly AlmaLinux/Bitnami, dozens of records
//             each: ~90% of the DB is read and parsed) + 10,000 misses.
const Database = (await import('better-sqlite3')).default;
const raw = new Database(dbPath, { readonly: true });
const sample = (where: string, n: number): { ecosystem: string; name: string }[] =>
  raw
    .prepare(`SELECT DISTINCT ecosystem, name FROM affected ${where} ORDER BY random() LIMIT ${n}`)
    .all() as { ecosystem: string; name: string }[];
const langs = "WHERE ecosystem IN ('npm','PyPI','Go','Maven','crates.io','RubyGems','Packagist','NuGet')";
const scenarios = { typical: sample(langs, 2000), worst: sample('', 10000) };
raw.close();
const lookups: Record<string, { calls: number; known: number; records: number; seconds: number }> = {};
for (const [label, known] of Object.entries(scenarios)) {
  const queries = [...known];
  for (let i = 0; queries.length < 20_000; i++)
    queries.push({ ecosystem: 'npm', name: `no-such-package-${i}` });
  const db = openVulnDb(dbPath);
  const t0 = performance.now();
  let hits = 0;
  for (const q of queries) hits += db.lookup(q.ecosystem, q.name).length;
  lookups[label] = {
    calls: queries.length,
    known: known.length,
    records: hits,
    seconds: Number(((performance.now() - t0) / 1000).toFixed(3)),
  };
  db.close();
}

const figures = {
  source,
  zipEntries: res.entries,
  distinctRecordsPerEcosystemSum: records,
  importSeconds: Number(res.seconds.toFixed(3)),
  importRecordsPerSecond: Math.round(rate),
  // CPU time of the import: on a busy machine, wall time overstates the cost.
  importCpuSeconds: Number(cpuSeconds.toFixed(3)),
  importRecordsPerCpuSecond: Math.round(res.entries / cpuSeconds),
  dbBytes: statSync(dbPath).size,
  lookups,
  targets: { importRecordsPerSecond: TARGET_RECORDS_PER_S, lookupSeconds: TARGET_LOOKUP_S },
};
if (args.includes('--json')) console.log(JSON.stringify(figures, null, 2));
else {
  console.log(
    `import  ${res.entries} zip entries in ${res.seconds.toFixed(2)} s = ${Math.round(rate)} records/s (target ≥ ${TARGET_RECORDS_PER_S}) ${rate >= TARGET_RECORDS_PER_S ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `        ${cpuSeconds.toFixed(2)} s of CPU = ${figures.importRecordsPerCpuSecond} records per CPU second`,
  );
  console.log(
    `db      ${(figures.dbBytes / 2 ** 20).toFixed(1)} MiB, ${Object.keys(res.meta.ecosystems).length} ecosystems`,
  );
  for (const [label, l] of Object.entries(lookups))
    console.log(
      `lookup  ${label}: ${l.calls} calls (${l.known} names with advisories) → ${l.records} records in ${l.seconds.toFixed(3)} s` +
        (label === 'typical'
          ? ` (target < ${TARGET_LOOKUP_S} s) ${l.seconds < TARGET_LOOKUP_S ? 'OK' : 'MISSED'}`
          : ''),
    );
}
if (args.includes('--keep')) console.log(`kept ${dbPath}`);
else rmSync(dir, { recursive: true, force: true });
