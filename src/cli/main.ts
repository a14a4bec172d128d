/**
 * The command line: argv → ScanConfig → scan() → writer → bytes. The only code that prints.
 * Exit codes: 0 ok, 1 findings fail the gate (--fail-on, or --exit-code 1), 2 usage or fatal error
 * (docs/ci/gate.md).
 */
import { createWriteStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import {
  AVAILABLE_SCANNERS,
  SBOM_FORMATS,
  SCAN_FORMATS,
  configFromEnv,
  loadConfigFile,
  resolveConfig,
  splitList,
  type RawConfig,
  type ScanConfig,
} from '../config/config.js';
import { PalisadeError, errorMessage } from '../core/errors.js';
import type { Report } from '../core/model.js';
import { WRITERS, type ReportWriter, type WriterOptions } from '../report/index.js';
import { REPORT_SCHEMA_VERSION, scan, type ScanOptions, type ScanProgress, type VulnScanOptions } from '../scan.js';
import type { DetectorConfig } from '../detectors/types.js';
import { loadCustomChecks } from '../detectors/misconfig/custom/load.js';
import { scannerFor } from '../detectors/secret/index.js';
import { loadGitleaksToml, loadSecretConfigYaml, parseSecretConfig, scanStream } from '../detectors/secret/engine/index.js';
import { scanGitHistoryForSecrets } from '../targets/git/index.js';
import { scanStagedForSecrets } from '../targets/git/staged.js';
import { dbStaleness, defaultDbPath, openVulnDb } from '../detectors/vuln/db/index.js';
import { queryOsvBatch } from '../detectors/vuln/online/index.js';
import { TOOL, VERSION } from '../version.js';
import { applyPolicy, loadPolicy, type Policy, type PolicySettings } from '../policy/policy.js';
import { addChecksCommand } from './checks-command.js';
import { addDbCommand } from './db-command.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export interface CliIO {
  stdout: (s: string) => void;
  /** Standard input, for `palisade scan -`. */
  stdin?: NodeJS.ReadableStream;
  stderr: (s: string) => void;
  stderrIsTTY: boolean;
  stdoutIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

function defaultIO(): CliIO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: process.stdin,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

const SCAN_EXAMPLES = `
Examples:
  $ palisade db update && palisade scan    # vulnerabilities, secrets, misconfigurations of the current folder
  $ palisade scan . --scanners secret --secret-config .gitleaks.toml
  $ palisade scan --git-history main..feature .     # secrets in every commit of a branch
  $ palisade scan --staged --exit-code 1            # secrets in the files staged for the next commit (pre-commit)
  $ git diff | palisade scan - --exit-code 1        # secrets in text from stdin
  $ palisade scan . --scanners misconfig --checks ./policies
  $ palisade scan . --severity critical,high --exit-code 1 --ignore-unfixed
  $ palisade scan . --online               # ask the OSV API instead of the local database
  $ palisade scan ./service --format json --output report.json
  $ palisade scan . --format sarif > palisade.sarif
  $ palisade scan . --skip-dirs "test/fixtures,vendor" --skip-files "**/*.min.js"
  $ palisade scan . --exclude-dev --format cyclonedx
  $ palisade scan . --config palisade.yaml
  $ palisade scan . --fail-on critical,high          # exit 1 when a critical or high finding is not suppressed
  $ palisade scan . --fail-on 'severity >= "high" && fixAvailable' --vex vex.openvex.json
  $ palisade scan . --baseline-git origin/main --fail-on high,critical   # only what this branch adds
  $ palisade scan . --baseline previous.json --format openvex -o triage.openvex.json
  $ palisade scan . --report sarif=palisade.sarif --report json=palisade.json   # table on stdout plus two files

Suppressed findings (inline comments, .palisadeignore.yaml, --vex) stay in the report and never fail
the gate; findings in the --baseline are not reported. See docs/ci/gate.md.

Exit codes: 0 ok; 1 (or N of --exit-code N) when reported, unsuppressed findings fail the gate: those
matching --fail-on (which implies --exit-code 1), or any of them with --exit-code alone; 2 usage or fatal
error (bad --fail-on, malformed ignore, VEX or baseline file, unknown --baseline-git revision).`;

const SBOM_EXAMPLES = `
Examples:
  $ palisade sbom .                        # CycloneDX 1.6 JSON on stdout
  $ palisade sbom . --format spdx --output sbom.spdx.json
  $ palisade sbom ./app --exclude-dev`;

interface CommonFlags {
  listAllPkgs?: boolean;
  secretConfig?: string;
  checks?: string;
  gitHistory?: string | boolean;
  staged?: boolean;
  dbPath?: string;
  online?: boolean;
  ignoreUnfixed?: boolean;
  dbMaxAge?: string;
  format?: string;
  output?: string;
  scanners?: string;
  skipDirs?: string[];
  skipFiles?: string[];
  exitCode?: string;
  severity?: string;
  excludeDev?: boolean;
  maxFileSize?: string;
  quiet?: boolean;
  debug?: boolean;
  progress?: boolean;
  config?: string;
  failOn?: string;
  ignoreFile?: string;
  vex?: string[];
  baseline?: string;
  baselineGit?: string;
  report?: string[];
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...splitList(value)];
}

function addCommonOptions(cmd: Command, formats: readonly string[], defaultFormat: string): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', `output format (${formats.join('|')}) (default: "${defaultFormat}")`))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--skip-dirs <globs>', 'directories to skip (comma list or repeated; a glob without "/" matches a name at any depth)', collect)
    .option('--skip-files <globs>', 'files to skip (comma list or repeated; same rules as --skip-dirs)', collect)
    .option('--exclude-dev', 'leave out development/test dependencies')
    .option('--max-file-size <bytes>', 'skip files larger than this (default: 104857600)')
    .option('-q, --quiet', 'print nothing but the report (no warnings, no progress)')
    .option('-d, --debug', 'print every diagnostic and timing on stderr')
    .option('--no-progress', 'no progress line on stderr (it is only shown on a terminal anyway)')
    .option('-c, --config <file>', 'config file with the same keys as the flags (default: ./palisade.yaml if present)');
}

function flagsToRaw(flags: CommonFlags): RawConfig {
  const raw: RawConfig = {};
  if (flags.format !== undefined) raw.format = flags.format;
  if (flags.output !== undefined) raw.output = flags.output;
  if (flags.scanners !== undefined) raw.scanners = splitList(flags.scanners);
  if (flags.skipDirs !== undefined) raw['skip-dirs'] = flags.skipDirs;
  if (flags.skipFiles !== undefined) raw['skip-files'] = flags.skipFiles;
  if (flags.severity !== undefined) raw.severity = splitList(flags.severity.toLowerCase());
  if (flags.excludeDev) raw['exclude-dev'] = true;
  if (flags.dbPath !== undefined) raw['db-path'] = flags.dbPath;
  if (flags.secretConfig !== undefined) raw['secret-config'] = flags.secretConfig;
  if (flags.checks !== undefined) raw.checks = flags.checks;
  if (flags.online) raw.online = true;
  if (flags.ignoreUnfixed) raw['ignore-unfixed'] = true;
  if (flags.quiet) raw.quiet = true;
  if (flags.debug) raw.debug = true;
  if (flags.progress === false) raw.progress = false;
  if (flags.failOn !== undefined) raw['fail-on'] = flags.failOn;
  if (flags.ignoreFile !== undefined) raw['ignore-file'] = flags.ignoreFile;
  if (flags.vex !== undefined) raw.vex = flags.vex;
  if (flags.baseline !== undefined) raw.baseline = flags.baseline;
  if (flags.baselineGit !== undefined) raw['baseline-git'] = flags.baselineGit;
  if (flags.report !== undefined) raw.report = flags.report;
  for (const [key, value] of [
    ['exit-code', flags.exitCode],
    ['max-file-size', flags.maxFileSize],
    ['db-max-age', flags.dbMaxAge],
  ] as const) {
    if (value === undefined) continue;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new PalisadeError('usage', `--${key} takes a whole number, got '${value}'`);
    raw[key] = n;
  }
  return raw;
}

function progressReporter(io: CliIO, config: ScanConfig): ((p: ScanProgress) => void) | undefined {
  if (!io.stderrIsTTY || !config.progress || config.quiet || io.env.CI === 'true') return undefined;
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 100 && p.currentPath !== undefined) return;
    last = now;
    const text = `Scanning: ${p.filesWalked} files seen, ${p.filesAnalyzed} analyzed${p.currentPath ? ` — ${p.currentPath}` : ''}`;
    const cols = Number(io.env.COLUMNS) || 100;
    io.stderr('\r\x1b[2K' + (text.length > cols - 1 ? text.slice(0, cols - 2) + '…' : text));
    if (p.currentPath === undefined) io.stderr('\r\x1b[2K');
  };
}

function reportDiagnostics(io: CliIO, config: ScanConfig, report: Report): void {
  if (config.quiet) return;
  const shown = config.debug ? report.diagnostics : report.diagnostics.filter((d) => d.level !== 'info');
  const limit = config.debug ? Infinity : 20;
  for (const d of shown.slice(0, limit)) io.stderr(`${d.level}: ${d.path ?? '.'}: ${d.message}\n`);
  if (shown.length > limit) io.stderr(`… and ${shown.length - limit} more warnings (use --debug or --format json to see all)\n`);
}

/** Write a report file piece by piece (large SBOMs never exist as one string), waiting on back-pressure. */
async function writeOutput(file: string, writer: ReportWriter, report: Report, options: WriterOptions): Promise<void> {
  const out = createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  try {
    for (const chunk of writer.chunks?.(report, options) ?? [writer.write(report, options)]) {
      if (!out.write(chunk)) await Promise.race([new Promise<void>((resolve) => out.once('drain', resolve)), done]);
    }
  } finally {
    out.end();
  }
  await done;
}

/** Settings of the doc detectors: custom secret rules (palisade.yaml or --secret-config) and custom checks. */
async function loadDetectorConfig(config: ScanConfig, io: CliIO): Promise<DetectorConfig> {
  const out: Record<string, unknown> = {};
  if (config.secretConfigFile) {
    const file = path.resolve(io.cwd, config.secretConfigFile);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      throw new PalisadeError('bad-config', `cannot read secret config ${config.secretConfigFile}: ${errorMessage(err)}`);
    }
    try {
      out.secret = file.endsWith('.toml') ? loadGitleaksToml(text) : loadSecretConfigYaml(text);
    } catch (err) {
      throw new PalisadeError('bad-config', `${config.secretConfigFile}: ${errorMessage(err)}`);
    }
  } else if (config.secretSection) {
    try {
      out.secret = parseSecretConfig(config.secretSection);
    } catch (err) {
      throw new PalisadeError('bad-config', `palisade.yaml secret section: ${errorMessage(err)}`);
    }
  }
  if (config.checksDir) {
    const loaded = await loadCustomChecks(path.resolve(io.cwd, config.checksDir));
    const errors = loaded.diagnostics.filter((d) => d.level === 'error');
    if (errors.length > 0) {
      throw new PalisadeError('bad-config', errors.map((d) => `${d.path ?? config.checksDir}: ${d.message}`).join('\n'));
    }
    out.misconfig = { customChecks: loaded.checks };
  }
  return out;
}

/** `palisade scan -` (stdin), `palisade scan --git-history [range] <repo>` and `palisade scan --staged [path]`: secrets only. */
async function runSecretTarget(
  config: ScanConfig,
  flags: CommonFlags,
  io: CliIO,
  detectorConfig: DetectorConfig,
  started: number,
): Promise<number> {
  const base = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: TOOL,
    createdAt: new Date().toISOString(),
    scanners: ['secret'],
    packages: [],
    unpinned: [],
  };
  if (flags.staged && (config.target === '-' || flags.gitHistory !== undefined)) {
    throw new PalisadeError('usage', '--staged scans the git index of a work tree; it cannot be combined with --git-history or stdin (-)');
  }
  if (flags.staged && !config.scanners.includes('secret')) {
    throw new PalisadeError('usage', '--staged scans the staged files for secrets only: include `secret` in --scanners or leave --scanners out');
  }
  let report: Report;
  if (config.target === '-') {
    const result = await scanStream(scannerFor(detectorConfig.secret), io.stdin ?? process.stdin);
    report = {
      ...base,
      target: { type: 'stdin', name: '-' },
      findings: result.findings,
      diagnostics: result.diagnostics ?? [],
      stats: { filesWalked: 1, filesAnalyzed: 1, bytesRead: 0 },
    };
  } else if (flags.staged) {
    const result = await scanStagedForSecrets(path.resolve(io.cwd, config.target), {
      secretConfig: detectorConfig.secret as never,
      maxFileSize: config.maxFileSize,
      skipDirs: config.skipDirs,
      skipFiles: config.skipFiles,
      // git names the index being committed in GIT_INDEX_FILE for its hooks (`git commit -a`).
      env: io.env,
      cwd: io.cwd,
    });
    report = {
      ...base,
      target: { type: 'git', name: `${config.target} (staged)` },
      findings: result.findings,
      diagnostics: result.diagnostics,
      stats: { filesWalked: result.stats.filesStaged, filesAnalyzed: result.stats.filesScanned, bytesRead: result.stats.bytesScanned },
    };
  } else {
    const range = typeof flags.gitHistory === 'string' ? flags.gitHistory : undefined;
    const result = await scanGitHistoryForSecrets(path.resolve(io.cwd, config.target), {
      range,
      secretConfig: detectorConfig.secret as never,
      maxBlobSize: config.maxFileSize,
    });
    report = {
      ...base,
      target: { type: 'git', name: range ? `${config.target} (${range})` : config.target },
      findings: result.findings,
      diagnostics: result.diagnostics,
      stats: { filesWalked: result.stats.blobsSeen, filesAnalyzed: result.stats.blobsScanned, bytesRead: result.stats.bytesScanned },
    };
  }
  return finish(report, config, flags, io, started);
}

/**
 * Decide where advisories come from. Without --scanners, vulnerabilities are checked whenever a
 * database exists (or --online is given); otherwise the scan is inventory-only and says how to get a
 * database. Palisade never downloads one by itself: the network is used only when asked.
 */
function prepareVuln(config: ScanConfig, io: CliIO): { options: VulnScanOptions; close: () => void } | undefined {
  const wanted = config.scanners.includes('vuln') || !config.scannersExplicit;
  if (!wanted) return undefined;
  if (config.online) {
    return {
      options: {
        source: (packages) =>
          queryOsvBatch(
            packages.filter((p) => p.version !== '').map((p) => ({ ecosystem: p.ecosystem, name: p.name, version: p.version })),
            { env: io.env, baseUrl: io.env.PALISADE_OSV_API_URL || undefined },
          ),
        ignoreUnfixed: config.ignoreUnfixed,
      },
      close: () => {},
    };
  }
  const dbPath = config.dbPath ? path.resolve(io.cwd, config.dbPath) : defaultDbPath(io.env);
  if (!existsSync(dbPath)) {
    if (config.scannersExplicit) {
      throw new PalisadeError('vulndb-missing', `no vulnerability database at ${dbPath}: run \`palisade db update\` (or \`palisade db import DIR\`), or use --online`);
    }
    if (!config.quiet) {
      io.stderr(`note: no vulnerability database at ${dbPath}; showing the inventory only (run \`palisade db update\` to check for vulnerabilities)\n`);
    }
    return undefined;
  }
  const db = openVulnDb(dbPath);
  const meta = db.meta();
  const staleness = dbStaleness(meta, new Date(), config.dbMaxAgeDays);
  return {
    options: {
      source: () => db,
      ignoreUnfixed: config.ignoreUnfixed,
      ecosystems: Object.keys(meta.ecosystems),
      diagnostics: staleness.stale && staleness.message ? [{ level: 'warning', code: 'vulndb-stale', message: staleness.message }] : [],
    },
    close: () => db.close(),
  };
}

async function runScan(command: 'scan' | 'sbom', target: string, flags: CommonFlags, io: CliIO): Promise<number> {
  const explicitConfig = flags.config;
  const fileLayer = await loadConfigFile(path.resolve(io.cwd, explicitConfig ?? 'palisade.yaml'), command, explicitConfig !== undefined);
  const config = resolveConfig(target, command, [fileLayer, configFromEnv(io.env), flagsToRaw(flags)]);
  const started = Date.now();
  if (command === 'scan' && !config.scannersExplicit) config.scanners = ['secret', 'misconfig'];
  const detectorConfig = command === 'scan' ? await loadDetectorConfig(config, io) : {};
  if (command === 'scan' && (config.target === '-' || flags.gitHistory !== undefined || flags.staged)) {
    return runSecretTarget(config, flags, io, detectorConfig, started);
  }
  const vuln = command === 'scan' ? prepareVuln(config, io) : undefined;
  if (vuln && !config.scanners.includes('vuln')) config.scanners = [...config.scanners, 'vuln'];
  const targetDir = path.resolve(io.cwd, config.target);
  const scanOptions = (dir: string): ScanOptions => ({
    detectorConfig,
    scanners: config.scanners,
    vuln: vuln?.options,
    target: dir,
    targetName: config.target,
    skipDirs: config.skipDirs,
    skipFiles: config.skipFiles,
    maxFileSize: config.maxFileSize,
    excludeDev: config.excludeDev,
  });
  try {
    // Policy inputs are read before the scan, so a typo in --fail-on or a malformed ignore file stops
    // at once; --baseline-git scans the old revision here, with the same options.
    const policy =
      command === 'scan'
        ? await loadPolicy(policySettings(config), {
            cwd: io.cwd,
            targetDir,
            scanTree: (dir) => scan(scanOptions(dir)),
          })
        : { severities: config.severity, ignoreFiles: [], vex: [] };
    const report = await scan({ ...scanOptions(targetDir), onProgress: progressReporter(io, config) });
    return await finish(report, config, flags, io, started, policy);
  } finally {
    vuln?.close();
  }
}

function policySettings(config: ScanConfig): PolicySettings {
  return {
    severities: config.severity,
    failOn: config.failOn,
    ignoreFile: config.ignoreFile,
    vex: config.vex,
    baseline: config.baseline,
    baselineGit: config.baselineGit,
  };
}

/**
 * Apply the policy (ignore files, VEX, baseline, severity filter, --fail-on), write the report and the
 * extra --report outputs, print diagnostics, and decide the exit code: shared by every kind of target.
 * `loaded` is the policy read before the scan; targets that do not pass one (stdin, git) read it here.
 */
async function finish(
  report: Report,
  config: ScanConfig,
  flags: CommonFlags,
  io: CliIO,
  started: number,
  loaded?: Policy,
): Promise<number> {
  const policy =
    loaded ??
    (await loadPolicy(policySettings(config), {
      cwd: io.cwd,
      targetDir: config.target === '-' ? undefined : path.resolve(io.cwd, config.target),
    }));
  const gated = applyPolicy(report, policy);
  const writer = WRITERS[config.format]!;
  const writerOptions = {
    color: config.format === 'table' && !config.output && io.stdoutIsTTY && !io.env.NO_COLOR,
    listPackages: flags.listAllPkgs ? true : undefined,
  };
  if (config.output) await writeOutput(path.resolve(io.cwd, config.output), writer, gated.report, writerOptions);
  else for (const chunk of writer.chunks?.(gated.report, writerOptions) ?? [writer.write(gated.report, writerOptions)]) io.stdout(chunk);
  for (const extra of config.reports) {
    await writeOutput(path.resolve(io.cwd, extra.file), WRITERS[extra.format]!, gated.report, {
      ...writerOptions,
      color: false,
    });
  }
  reportDiagnostics(io, config, gated.report);
  if (config.debug) {
    const s = report.stats;
    io.stderr(
      `debug: ${s.filesWalked} files walked, ${s.filesAnalyzed} analyzed, ${s.bytesRead} bytes read, ` +
        `${report.packages.length} packages, ${Date.now() - started} ms\n`,
    );
  }
  if (config.exitCode !== 0 && gated.failing > 0) {
    if (!config.quiet) {
      const rule = policy.failOn ? `--fail-on ${policy.failOn.expression}` : `--exit-code ${config.exitCode}`;
      io.stderr(
        `palisade: ${gated.failing} finding${gated.failing === 1 ? '' : 's'} failed the gate (${rule}); exit code ${config.exitCode}\n`,
      );
    }
    return config.exitCode;
  }
  return EXIT_OK;
}

export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('palisade')
    .description('Palisade: find what your code depends on and what is wrong with it — dependency inventory, SBOMs and security findings.')
    .version(VERSION, '-v, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ palisade scan .                        # scan the current folder, table on stdout
  $ palisade scan . --format json -o report.json
  $ palisade sbom . --format spdx          # SBOM of the folder
  $ palisade scan --help                   # all options of a command`,
    );

  addCommonOptions(
    program
      .command('scan')
      .description('scan a folder: dependency inventory (and, as they arrive, vulnerabilities, secrets, misconfigurations)')
      .argument('[path]', 'folder to scan', '.'),
    SCAN_FORMATS,
    'table',
  )
    .option(
      '--scanners <list>',
      `detectors to run besides the inventory (comma list of: ${AVAILABLE_SCANNERS.join(',')}; default: all, vuln when a database exists)`,
    )
    .option('--db-path <file>', 'vulnerability database file (default: $PALISADE_CACHE_DIR/vuln.db or ~/.cache/palisade/vuln.db)')
    .option('--online', 'check packages against the OSV API (api.osv.dev) instead of the local database')
    .option('--ignore-unfixed', 'leave out vulnerabilities that have no fixed version')
    .option('--list-all-pkgs', 'table: list every package, not only those with findings')
    .option('--secret-config <file>', 'custom secret rules and allowlists: palisade YAML or an existing gitleaks TOML (.toml)')
    .option('--checks <dir>', 'folder of custom misconfiguration checks (YAML with a CEL condition; see docs/custom-checks.md)')
    .option('--git-history [range]', 'scan every commit of the git repository at [path] for secrets (range like main..feature; default all refs)')
    .option('--staged', 'scan the files staged for the next commit (the git index, not the working tree) under [path] for secrets: the pre-commit hook')
    .option('--db-max-age <days>', 'warn when the vulnerability database is older than this (default: 7)')
    .option('--severity <list>', 'severities to report and gate on (comma list of critical,high,medium,low,info,unknown)')
    .option('--exit-code <n>', 'exit with this code when findings at/above the gate remain (default: 0; 1 with --fail-on)')
    .option('--fail-on <expr>', 'findings that fail the build: a severity list (critical,high) or a CEL expression (\'severity >= "high" && fixAvailable\'); implies --exit-code 1')
    .option('--ignore-file <file>', 'accepted findings with reason, owner, expiry (default: .palisadeignore.yaml in the target and the working folder)')
    .option('--vex <file>', 'OpenVEX or CycloneDX VEX document: not_affected/fixed statements suppress vulnerabilities (repeatable)', collect)
    .option('--baseline <file>', 'a previous JSON report or SARIF file: findings already in it are not reported')
    .option('--baseline-git <ref>', 'report only findings that the same scan of git revision <ref> of the target did not have')
    .option('--report <format=file>', `also write the report in another format (${SCAN_FORMATS.join('|')}) to a file (repeatable)`, collect)
    .addHelpText('after', SCAN_EXAMPLES)
    .action(async (target: string, flags: CommonFlags) => setExit(await runScan('scan', target, flags, io)));

  addCommonOptions(
    program
      .command('sbom')
      .description('write a software bill of materials (CycloneDX 1.6 or SPDX 2.3 JSON) of a folder')
      .argument('[path]', 'folder to inventory', '.'),
    SBOM_FORMATS,
    'cyclonedx',
  )
    .addHelpText('after', SBOM_EXAMPLES)
    .action(async (target: string, flags: CommonFlags) => setExit(await runScan('sbom', target, flags, io)));

  program
    .command('version')
    .description('print the version')
    .option('-f, --format <format>', 'text or json', 'text')
    .action((flags: { format: string }) => {
      if (flags.format === 'json') io.stdout(JSON.stringify({ name: 'palisade', version: VERSION, node: process.version }) + '\n');
      else io.stdout(`Palisade ${VERSION}\n`);
      setExit(EXIT_OK);
    });

  addDbCommand(program, io, setExit);
  addChecksCommand(program, io, setExit);
  return program;
}

/** Run the CLI; returns the exit code instead of exiting so tests and embedders can call it. */
export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and --version exit 0; everything else commander rejects is a usage error.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT_OK;
      if (err.exitCode === 0) return EXIT_OK;
      return EXIT_ERROR;
    }
    if (err instanceof PalisadeError) {
      io.stderr(`palisade: ${err.message}\n`);
      return EXIT_ERROR;
    }
    io.stderr(`palisade: fatal: ${errorMessage(err)}\n`);
    if (err instanceof Error && err.stack && io.env.PALISADE_DEBUG) io.stderr(err.stack + '\n');
    return EXIT_ERROR;
  }
}
