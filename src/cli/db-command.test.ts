import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDbCommand } from './db-command.js';
import type { CliIO } from './main.js';

const VULNDB = path.resolve('../shared/vulndb');
let tmp: string;
beforeEach(() => (tmp = mkdtempSync(path.join(os.tmpdir(), 'palisade-dbcmd-'))));
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function run(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  tty = false,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  let code = -1;
  const io: CliIO = {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    stderrIsTTY: tty,
    stdoutIsTTY: false,
    env,
    cwd: tmp,
  };
  const program = new Command('palisade')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  addDbCommand(
    program,
    io,
    (c) => (code = c),
    () => new Date('2026-12-10T00:00:00Z'),
  );
  try {
    await program.parseAsync(['node', 'palisade', ...args]);
  } catch (e) {
    if ((e as { code?: string }).code !== 'commander.helpDisplayed') throw e;
    code = 0;
  }
  return { code, out, err };
}

describe('palisade db', () => {
  it('import, then status as text and JSON; the cache dir comes from PALISADE_CACHE_DIR', async () => {
    const env = { PALISADE_CACHE_DIR: path.join(tmp, 'cache') };
    const imp = await run(['db', 'import', VULNDB, '--ecosystems', 'CRAN,NuGet'], env);
    expect(imp.code).toBe(0);
    expect(imp.out).toBe('');
    expect(imp.err).toContain(`Imported ${path.join(tmp, 'cache', 'vuln.db')}: 22 records in 2 ecosystems`);

    const text = await run(['db', 'status'], env);
    expect(text.code).toBe(0);
    expect(text.out).toContain(`Source:   ${VULNDB}`);
    expect(text.out).toMatch(/CRAN\s+14\s+2026-03-13/);
    expect(text.out).toMatch(/NuGet\s+8\s+2024-08-15/);
    expect(text.out).toMatch(/total\s+22/);
    expect(text.out).not.toContain('STALE'); // built "now" by the injected clock

    const json = await run(['db', 'status', '--format', 'json', '--max-age-days', '1'], env);
    const parsed = JSON.parse(json.out) as {
      path: string;
      exists: boolean;
      ecosystems: Record<string, { records: number }>;
      stale: boolean;
      ageDays: number;
    };
    expect(parsed.path).toBe(path.join(tmp, 'cache', 'vuln.db'));
    expect(parsed.exists).toBe(true);
    expect(parsed.ecosystems.CRAN!.records).toBe(14);
    expect(parsed.stale).toBe(false);
    expect(parsed.ageDays).toBe(0);
  });

  it('status without a database says what to run and exits 1; --db-path is relative to the cwd', async () => {
    const res = await run(['db', 'status', '--db-path', 'x/vuln.db']);
    expect(res.code).toBe(1);
    expect(res.err).toContain(`No vulnerability database at ${path.join(tmp, 'x', 'vuln.db')}`);
    expect(res.err).toContain('palisade db update');
    const json = await run(['db', 'status', '--db-path', 'x/vuln.db', '-f', 'json']);
    expect(JSON.parse(json.out)).toEqual({ path: path.join(tmp, 'x', 'vuln.db'), exists: false });
  });

  it('progress goes to stderr only on a terminal', async () => {
    const quiet = await run(['db', 'import', VULNDB, '--ecosystems', 'CRAN', '--db-path', 'a.db']);
    expect(quiet.err).not.toContain('\r');
    const tty = await run(['db', 'import', VULNDB, '--ecosystems', 'CRAN', '--db-path', 'b.db'], {}, true);
    expect(tty.err).toContain('[1/1] CRAN: 14 records');
  });

  it('has help with examples; a bad source is an error naming it', async () => {
    const help = await run(['db', 'update', '--help']);
    expect(help.out).toContain('--mirror <url>');
    expect(help.out).toContain('palisade db import ../shared/vulndb');
    await expect(run(['db', 'import', 'missing-dir', '--db-path', 'c.db'])).rejects.toThrow(
      /cannot read .*missing-dir/,
    );
  });
});
