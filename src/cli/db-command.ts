/**
 * `palisade db update | import | status`: the vulnerability database commands. Registered by main.ts with
 * addDbCommand(program, io, setExit). Prints only through `io`; progress only on a terminal.
 * Exit codes: 0 ok, 1 `db status` found no database, 2 usage or fatal error (thrown to main).
 */
import path from 'node:path';
import type { Command } from 'commander';
import { splitList } from '../config/config.js';
import { PalisadeError } from '../core/errors.js';
import type { DbMeta } from '../detectors/vuln/types.js';
import { importVulnDb, type DbProgress } from '../detectors/vuln/db/import.js';
import { DEFAULT_MAX_AGE_DAYS, dbStaleness, defaultDbPath } from '../detectors/vuln/db/paths.js';
import { openVulnDb } from '../detectors/vuln/db/store.js';
import { DEFAULT_BASE_URL, DEFAULT_ECOSYSTEMS, updateVulnDb } from '../detectors/vuln/db/update.js';
import type { CliIO } from './main.js';

export { defaultDbPath, dbStaleness } from '../detectors/vuln/db/paths.js';

interface DbFlags {
  dbPath?: string;
  ecosystems?: string;
  mirror?: string;
  full?: boolean;
  format?: string;
  maxAgeDays?: string;
}

const DB_EXAMPLES = `
Examples:
  $ palisade db update                              # download or refresh the OSV data (ecosystems already in the DB)
  $ palisade db update --ecosystems npm,PyPI,Go     # only these ecosystems
  $ palisade db update --mirror https://osv.example.internal/osv   # a mirror of the osv.dev export bucket
  $ palisade db import ../shared/vulndb             # offline: a folder in osv.dev's export layout
  $ palisade db import ./npm/all.zip                # one ecosystem's all.zip
  $ palisade db status --format json

The database lives in $PALISADE_CACHE_DIR/vuln.db, else $XDG_CACHE_HOME/palisade/vuln.db, else
~/.cache/palisade/vuln.db (or --db-path). Proxies: HTTPS_PROXY / HTTP_PROXY / NO_PROXY.`;

function dbPathOf(flags: DbFlags, io: CliIO): string {
  return flags.dbPath ? path.resolve(io.cwd, flags.dbPath) : defaultDbPath(io.env);
}

function progress(io: CliIO): ((p: DbProgress) => void) | undefined {
  if (!io.stderrIsTTY || io.env.CI === 'true') return undefined;
  return (p) => {
    const what =
      p.phase === 'download'
        ? `downloading ${p.ecosystem}`
        : p.phase === 'incremental'
          ? `${p.ecosystem}: ${p.records} changed records`
          : `${p.ecosystem}: ${p.records} records`;
    io.stderr(`\r\x1b[2K[${p.done}/${p.total}] ${what}`);
    if (p.phase === 'import' && p.done === p.total) io.stderr('\r\x1b[2K');
  };
}

function ecosystemsOf(flags: DbFlags): string[] | undefined {
  if (flags.ecosystems === undefined) return undefined;
  const list = splitList(flags.ecosystems);
  if (list.length === 0) throw new PalisadeError('usage', '--ecosystems needs a comma list, e.g. npm,PyPI');
  return list;
}

function summary(meta: DbMeta): string {
  const entries = Object.entries(meta.ecosystems);
  const total = entries.reduce((n, [, e]) => n + e.records, 0);
  return `${total} records in ${entries.length} ecosystem${entries.length === 1 ? '' : 's'}`;
}

function statusText(file: string, meta: DbMeta, now: Date, maxAgeDays: number): string {
  const st = dbStaleness(meta, now, maxAgeDays);
  const rows = Object.entries(meta.ecosystems).map(([e, v]) => [
    e,
    String(v.records),
    v.newestModified.slice(0, 10),
  ]);
  const widths = [9, 7, 15].map((w, i) => Math.max(w, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string =>
    `  ${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padStart(widths[1]!)}  ${r[2]}`;
  return (
    [
      `Database: ${file}`,
      `Source:   ${meta.source}`,
      `Built:    ${meta.builtAt} (${st.ageDays ?? '?'} days ago${st.stale ? ', STALE' : ''})`,
      `Schema:   ${meta.schemaVersion}`,
      '',
      line(['ecosystem', 'records', 'newest modified']),
      ...rows.map(line),
      line(['total', String(rows.reduce((n, r) => n + Number(r[1]), 0)), '']),
      ...(st.message ? ['', `warning: ${st.message}`] : []),
    ].join('\n') + '\n'
  );
}

export function addDbCommand(
  program: Command,
  io: CliIO,
  setExit: (code: number) => void,
  now: () => Date = () => new Date(),
): Command {
  const db = program
    .command('db')
    .description('manage the local vulnerability database (OSV advisories): update, import, status')
    .addHelpText('after', DB_EXAMPLES);

  db.command('update')
    .description(
      `download the OSV export (${DEFAULT_BASE_URL}), incrementally where the database already has an ecosystem`,
    )
    .option(
      '--ecosystems <list>',
      `ecosystems to update, comma list of osv.dev names (default: those in the database, else ${DEFAULT_ECOSYSTEMS.join(',')})`,
    )
    .option('--mirror <url>', 'base URL of a mirror of the osv.dev export bucket (<url>/<Ecosystem>/all.zip)')
    .option('--full', 'download whole all.zip files even where an incremental update is possible')
    .option('--db-path <file>', 'database file (default: $PALISADE_CACHE_DIR/vuln.db or the user cache)')
    .addHelpText('after', DB_EXAMPLES)
    .action(async (flags: DbFlags) => {
      const file = dbPathOf(flags, io);
      const res = await updateVulnDb(file, {
        ecosystems: ecosystemsOf(flags),
        baseUrl: flags.mirror ?? io.env.PALISADE_DB_MIRROR,
        full: flags.full,
        env: io.env,
        now,
        onProgress: progress(io),
      });
      for (const e of res.ecosystems) {
        const what =
          e.mode === 'absent'
            ? 'not in the export, skipped'
            : e.mode === 'unchanged'
              ? 'up to date'
              : `${e.records} records (${e.mode})`;
        io.stderr(`${e.ecosystem}: ${what}\n`);
      }
      io.stderr(`Updated ${file}: ${summary(res.meta)} in ${res.seconds.toFixed(1)} s\n`);
      setExit(0);
    });

  db.command('import')
    .description(
      'build the database from a folder in osv.dev export layout, one all.zip, or an http(s) URL of either (offline use)',
    )
    .argument('<source>', 'folder with ecosystems.txt and <Ecosystem>/all.zip, an all.zip, or a URL')
    .option('--ecosystems <list>', 'only these ecosystems of the source (comma list)')
    .option('--db-path <file>', 'database file (default: $PALISADE_CACHE_DIR/vuln.db or the user cache)')
    .addHelpText('after', DB_EXAMPLES)
    .action(async (source: string, flags: DbFlags) => {
      const file = dbPathOf(flags, io);
      const src = /^https?:\/\//i.test(source) ? source : path.resolve(io.cwd, source);
      const res = await importVulnDb(src, file, {
        ecosystems: ecosystemsOf(flags),
        env: io.env,
        now,
        onProgress: progress(io),
      });
      if (res.skipped.length > 0)
        io.stderr(`note: listed in ecosystems.txt but absent, skipped: ${res.skipped.join(', ')}\n`);
      if (res.invalid > 0)
        io.stderr(`warning: ${res.invalid} entries were not valid OSV JSON and were left out\n`);
      io.stderr(
        `Imported ${file}: ${summary(res.meta)} (${res.entries} zip entries in ${res.seconds.toFixed(1)} s)\n`,
      );
      setExit(0);
    });

  db.command('status')
    .description('show the database: where, built when, from what, records per ecosystem')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--max-age-days <n>', `warn when older than this (default: ${DEFAULT_MAX_AGE_DAYS})`)
    .option('--db-path <file>', 'database file (default: $PALISADE_CACHE_DIR/vuln.db or the user cache)')
    .addHelpText('after', DB_EXAMPLES)
    .action((flags: DbFlags) => {
      if (flags.format !== 'text' && flags.format !== 'json')
        throw new PalisadeError('usage', `--format takes text or json, got '${flags.format}'`);
      const maxAge = flags.maxAgeDays === undefined ? DEFAULT_MAX_AGE_DAYS : Number(flags.maxAgeDays);
      if (!Number.isFinite(maxAge) || maxAge < 0)
        throw new PalisadeError('usage', `--max-age-days takes a number of days, got '${flags.maxAgeDays}'`);
      const file = dbPathOf(flags, io);
      let meta: DbMeta;
      try {
        const vdb = openVulnDb(file);
        meta = vdb.meta();
        vdb.close();
      } catch (err) {
        if (err instanceof PalisadeError && err.code === 'vulndb-missing') {
          if (flags.format === 'json')
            io.stdout(JSON.stringify({ path: file, exists: false }, null, 2) + '\n');
          else
            io.stderr(
              `No vulnerability database at ${file}.\nRun \`palisade db update\` (online) or \`palisade db import <dir>\` (offline).\n`,
            );
          setExit(1);
          return;
        }
        throw err;
      }
      const t = now();
      if (flags.format === 'json') {
        const st = dbStaleness(meta, t, maxAge);
        io.stdout(
          JSON.stringify(
            { path: file, exists: true, ...meta, ageDays: st.ageDays, stale: st.stale },
            null,
            2,
          ) + '\n',
        );
      } else io.stdout(statusText(file, meta, t, maxAge));
      setExit(0);
    });

  return db;
}
