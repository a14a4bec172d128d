/**
 * The pipeline, composition only: target → walk → analyzers → inventory → detectors → report.
 * No printing, no process.exit: every input is a parameter so a long-running server can call it.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Analyzer } from './analyzers/types.js';
import { analyzeFile, siblingsOf, type FileJob, type FileResult } from './pipeline/analyze-file.js';
import { createWorkerPool, workerScriptUrl } from './pipeline/worker-pool.js';
import { ANALYZERS } from './analyzers/index.js';
import { PalisadeError, errorMessage } from './core/errors.js';
import type { Diagnostic, Doc, Finding, OsInfo, Package, Report, UnpinnedRequirement } from './core/model.js';
import { detectVulnerabilities } from './detectors/vuln/detector.js';
import { baseEcosystem } from './detectors/vuln/normalize.js';
import type { AdvisorySource } from './detectors/vuln/types.js';
import { buildInventory } from './inventory/inventory.js';
import { compareStrings } from './core/sort.js';
import { DOC_DETECTORS } from './detectors/index.js';
import type { DetectorConfig, DocDetector } from './detectors/types.js';
import { walk } from './walk/walk.js';
import { TOOL } from './version.js';

// 1.1.0: `suppressed` on every finding kind (ignore file, VEX), `expiredIgnore`.
export const REPORT_SCHEMA_VERSION = '1.1.0';
export const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;

export interface ScanProgress {
  filesWalked: number;
  filesAnalyzed: number;
  currentPath?: string;
}

export interface ScanOptions {
  /** Directory to scan. */
  target: string;
  /** Name recorded in the report (defaults to `target` as given). */
  targetName?: string;
  /** Detectors to run after the inventory (later issues: vuln, secret, misconfig, sast, license). */
  scanners?: string[];
  skipDirs?: string[];
  skipFiles?: string[];
  /** Files larger than this are skipped with a diagnostic (analyzers may raise it for themselves). */
  maxFileSize?: number;
  /** How many files are read and parsed at once. */
  concurrency?: number;
  excludeDev?: boolean;
  /** Defaults to the full registry; tests pass a subset. */
  analyzers?: readonly Analyzer[];
  /** Worker threads for parsing (0 = this thread). Default: one per core (max 4) for the built-in registry. */
  workers?: number;
  /** Clock for the report timestamp (writers never read the clock themselves). */
  now?: () => Date;
  onProgress?: (p: ScanProgress) => void;
  /** Settings of the doc-stage detectors, keyed by detector id (plain data: sent to worker threads). */
  detectorConfig?: DetectorConfig;
  /** Doc detectors to use; defaults to the registry (tests pass their own; forces in-thread analysis). */
  detectors?: readonly DocDetector[];
  /** Vulnerability matching (scanner `vuln`): where advisories come from, and options. */
  vuln?: VulnScanOptions;
  /** Receives each parsed document as it is produced (doc-stage detectors); docs are not kept. */
  onDoc?: (doc: Doc) => void;
}

export interface VulnScanOptions {
  /** The advisory source for this inventory: the local DB, or the OSV API queried for these packages. */
  source: (packages: readonly Package[]) => AdvisorySource | Promise<AdvisorySource>;
  ignoreUnfixed?: boolean;
  /** Base ecosystems the source holds data for; packages of other ecosystems get a plain warning. */
  ecosystems?: readonly string[];
  /** Notes about the source itself (e.g. a stale database), added to the report's diagnostics. */
  diagnostics?: readonly Diagnostic[];
}

interface ClaimIndex {
  byName: Map<string, Analyzer[]>;
  byPattern: Analyzer[];
  executable: Analyzer[];
}

function indexClaims(analyzers: readonly Analyzer[]): ClaimIndex {
  const byName = new Map<string, Analyzer[]>();
  const byPattern: Analyzer[] = [];
  for (const a of analyzers) {
    for (const n of a.claims.names ?? []) {
      const list = byName.get(n) ?? [];
      list.push(a);
      byName.set(n, list);
    }
    if (a.claims.patterns?.length) byPattern.push(a);
  }
  return { byName, byPattern, executable: analyzers.filter((a) => a.claims.executable) };
}

/** Analyzers that claim a path, in registry order. Pure function of the path. */
export function claimants(index: ClaimIndex, relPath: string): Analyzer[] {
  const base = relPath.slice(relPath.lastIndexOf('/') + 1);
  const out: Analyzer[] = [];
  for (const a of index.byName.get(base) ?? []) {
    if (!a.claims.exclude?.some((re) => re.test(relPath))) out.push(a);
  }
  for (const a of index.byPattern) {
    if (out.includes(a)) continue;
    if (
      a.claims.patterns!.some((re) => re.test(relPath)) &&
      !a.claims.exclude?.some((re) => re.test(relPath))
    ) {
      out.push(a);
    }
  }
  return out;
}

function readHeadSync(abs: string, length: number): Uint8Array {
  const fd = openSync(abs, 'r');
  try {
    const buf = Buffer.alloc(length);
    return buf.subarray(0, readSync(fd, buf, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

// Extensions that never name a compiled executable: files with these are not stat'ed for an exec bit
// (a tree of 100k sources would otherwise cost 100k stat calls for nothing).
const NOT_EXECUTABLE_EXT = new Set(
  (
    'js mjs cjs ts tsx jsx json md txt yml yaml toml xml html htm css scss less svg png jpg jpeg gif webp ico ' +
    'woff woff2 ttf eot map lock py pyc rb go rs java kt kts scala c h cc cpp hpp cs php sh bash zsh ps1 bat cmd ' +
    'sql csv tsv ini cfg conf properties gradle tf tfvars hcl proto graphql gql vue svelte pdf zip gz tgz jar war ' +
    'ear mp3 mp4 mov avi wav env dockerfile gitignore editorconfig lockb swift m mm dart ex exs erl hs r pl pm lua'
  ).split(' '),
);

function couldBeExecutable(relPath: string): boolean {
  const base = relPath.slice(relPath.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || !NOT_EXECUTABLE_EXT.has(base.slice(dot + 1).toLowerCase());
}

/**
 * Executable-claiming analyzers whose sniff accepts the file's first bytes. Synchronous on purpose,
 * like the walk's readdir: an async stat is a thread-pool round trip that cost the main thread 0.7 s
 * on 8k extension-less files (Dockerfiles, .env) against a few microseconds each here.
 */
function executableClaimants(index: ClaimIndex, abs: string, already: Analyzer[]): Analyzer[] {
  const candidates = index.executable.filter((a) => !already.includes(a));
  if (candidates.length === 0) return [];
  try {
    const st = statSync(abs);
    if ((st.mode & 0o111) === 0 || st.size < 64) return [];
    const head = readHeadSync(abs, 64);
    return candidates.filter((a) => !a.claims.sniff || a.claims.sniff(head));
  } catch {
    return [];
  }
}

/** Run a scan and return the report. Throws PalisadeError only for a bad target. */
export async function scan(options: ScanOptions): Promise<Report> {
  const now = options.now ?? (() => new Date());
  const targetAbs = path.resolve(options.target);
  let rootReal: string;
  try {
    const st = await stat(targetAbs);
    if (!st.isDirectory()) throw new PalisadeError('bad-target', `not a directory: ${options.target}`);
    rootReal = await realpath(targetAbs);
  } catch (err) {
    if (err instanceof PalisadeError) throw err;
    throw new PalisadeError('bad-target', `cannot open target ${options.target}: ${errorMessage(err)}`, {
      cause: err,
    });
  }

  const scanners = options.scanners ?? [];
  // Analyzers that only feed a scanner (e.g. the text analyzer for secrets) run only when it is enabled.
  const analyzers = (options.analyzers ?? ANALYZERS).filter(
    (a) => !a.scanners || a.scanners.some((s) => scanners.includes(s)),
  );
  const detection = { detectors: options.detectors ?? DOC_DETECTORS, config: options.detectorConfig ?? {} };
  const index = indexClaims(analyzers);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const diagnostics: Diagnostic[] = [];
  const packages: Package[] = [];
  const unpinned: UnpinnedRequirement[] = [];
  const osInfos: OsInfo[] = [];
  const stats = { filesWalked: 0, filesAnalyzed: 0, bytesRead: 0 };
  const findings: Finding[] = [];
  const onDiagnostic = (d: Diagnostic) => diagnostics.push(d);

  const byId = new Map(analyzers.map((a) => [a.id, a]));
  const siblings = siblingsOf(targetAbs, rootReal, maxFileSize);
  // Workers parse on every core; they run the built-in registry, so a custom analyzer list (tests,
  // embedders) and runs from TypeScript sources analyze in this thread instead.
  const workerCount =
    options.workers ??
    (options.analyzers === undefined &&
    options.detectors === undefined &&
    options.onDoc === undefined &&
    workerScriptUrl()
      ? Math.min(4, availableParallelism())
      : 0);
  const pool =
    workerCount > 0
      ? createWorkerPool(workerCount, { targetAbs, rootReal, maxFileSize, detectorConfig: detection.config })
      : undefined;
  // Workers get their jobs in batches (worker-pool.ts): enough in flight that each worker has the next
  // batch queued while it works on the current one.
  const concurrency = Math.max(1, options.concurrency ?? (pool ? 32 * workerCount : 32));

  // Results from workers arrive as structured clones, where every repeated string (the file path on
  // each package, ecosystems, purls in dependsOn) is a separate copy; interning them keeps one copy each
  // and cut the main thread's memory by a third on a 390k-entry monorepo.
  const interned = new Map<string, string>();
  const intern = (s: string): string => {
    const prev = interned.get(s);
    if (prev !== undefined) return prev;
    interned.set(s, s);
    return s;
  };
  function internPackage(p: Package): Package {
    p.name = intern(p.name);
    p.version = intern(p.version);
    p.ecosystem = intern(p.ecosystem);
    p.purl = intern(p.purl);
    p.foundBy = intern(p.foundBy);
    for (const l of p.locations) l.path = intern(l.path);
    if (p.dependsOn) p.dependsOn = p.dependsOn.map(intern);
    if (p.licenses) p.licenses = p.licenses.map(intern);
    return p;
  }

  function collect(result: FileResult): void {
    if (result.bytesRead !== undefined) {
      stats.filesAnalyzed++;
      stats.bytesRead += result.bytesRead;
    }
    for (const p of result.packages) packages.push(pool ? internPackage(p) : p);
    for (const u of result.unpinned) unpinned.push(u);
    for (const o of result.os) osInfos.push(o);
    for (const d of result.diagnostics) diagnostics.push(d);
    for (const f of result.findings) findings.push(f);
    if (options.onDoc) for (const doc of result.docs) options.onDoc(doc);
  }

  async function analyze(relPath: string, abs: string, claimed: Analyzer[]): Promise<void> {
    const job: FileJob = {
      relPath,
      abs,
      analyzerIds: claimed.map((a) => a.id),
      maxFileSize,
      wantDocs: options.onDoc !== undefined,
      scanners,
    };
    collect(pool ? await pool.run(job) : await analyzeFile(job, byId, siblings, detection));
  }

  // Bounded parallelism: at most `concurrency` files in flight; the walk pauses while the pool is full.
  // One waiter for a free slot instead of Promise.race over every task (that attaches a handler to each
  // in-flight promise per file: quadratic in the bound).
  const inFlight = new Set<Promise<void>>();
  let slotFreed: (() => void) | undefined;
  try {
    for await (const item of walk(targetAbs, {
      skipDirs: options.skipDirs,
      skipFiles: options.skipFiles,
      onDiagnostic,
    })) {
      stats.filesWalked++;
      const claimed = claimants(index, item.path);
      const maybeExecutable = index.executable.length > 0 && couldBeExecutable(item.path);
      if (claimed.length === 0 && !maybeExecutable) continue;
      options.onProgress?.({
        filesWalked: stats.filesWalked,
        filesAnalyzed: stats.filesAnalyzed,
        currentPath: item.path,
      });
      const task = (async () => {
        if (maybeExecutable) claimed.push(...executableClaimants(index, item.abs, claimed));
        if (claimed.length > 0) await analyze(item.path, item.abs, claimed);
      })()
        .catch((err: unknown) => {
          onDiagnostic({
            level: 'warning',
            code: 'analysis-failed',
            path: item.path,
            message: errorMessage(err),
          });
        })
        .finally(() => {
          inFlight.delete(task);
          slotFreed?.();
          slotFreed = undefined;
        });
      inFlight.add(task);
      if (inFlight.size >= concurrency) await new Promise<void>((resolve) => (slotFreed = resolve));
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
  options.onProgress?.({ filesWalked: stats.filesWalked, filesAnalyzed: stats.filesAnalyzed });

  const inventory = buildInventory(packages, { excludeDev: options.excludeDev ?? false });

  if (options.scanners?.includes('vuln') && options.vuln) {
    const vuln = options.vuln;
    diagnostics.push(...(vuln.diagnostics ?? []));
    if (vuln.ecosystems) {
      const known = new Set(vuln.ecosystems);
      const missing = new Map<string, number>();
      for (const p of inventory) {
        const base = baseEcosystem(p.ecosystem);
        if (!known.has(base)) missing.set(base, (missing.get(base) ?? 0) + 1);
      }
      for (const [eco, count] of missing) {
        diagnostics.push({
          level: 'warning',
          code: 'vuln-no-data',
          message: `the vulnerability database has no advisories for ${eco}: ${count} package${count === 1 ? '' : 's'} not checked`,
        });
      }
    }
    const source = await vuln.source(inventory);
    const detected = detectVulnerabilities(inventory, source, { ignoreUnfixed: vuln.ignoreUnfixed });
    findings.push(...detected.findings);
    diagnostics.push(...detected.diagnostics);
  }

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: TOOL,
    target: { type: 'filesystem', name: options.targetName ?? options.target },
    createdAt: now().toISOString(),
    scanners: [...(options.scanners ?? [])].sort(),
    packages: inventory,
    unpinned: unpinned.sort((a, b) =>
      a.location.path === b.location.path
        ? (a.location.startLine ?? 0) - (b.location.startLine ?? 0)
        : a.location.path < b.location.path
          ? -1
          : 1,
    ),
    os: osInfos.length > 0 ? osInfos : undefined,
    findings: sortFindings(findings),
    diagnostics: sortDiagnostics(diagnostics),
    stats,
  };
}

function sortFindings(list: Finding[]): Finding[] {
  return list.sort(
    (a, b) =>
      compareStrings(a.location.path, b.location.path) ||
      (a.location.startLine ?? 0) - (b.location.startLine ?? 0) ||
      compareStrings(a.kind, b.kind) ||
      compareStrings(a.ruleId, b.ruleId) ||
      compareStrings(a.fingerprint, b.fingerprint),
  );
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => {
    const pa = a.path ?? '';
    const pb = b.path ?? '';
    if (pa !== pb) return pa < pb ? -1 : 1;
    if (a.code !== b.code) return a.code < b.code ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}
