/**
 * The pipeline, composition only: target → walk → analyzers → inventory → detectors → report.
 * No printing, no process.exit: every input is a parameter so a long-running server can call it.
 */
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Analyzer, AnalyzerInput } from './analyzers/types.js';
import { ANALYZERS } from './analyzers/index.js';
import { PalisadeError, errorMessage } from './core/errors.js';
import type { Diagnostic, Doc, OsInfo, Package, Report, UnpinnedRequirement } from './core/model.js';
import { decodeText, looksBinary } from './core/text.js';
import { buildInventory } from './inventory/inventory.js';
import { walk } from './walk/walk.js';
import { TOOL } from './version.js';

export const REPORT_SCHEMA_VERSION = '1.0.0';
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
  /** Clock for the report timestamp (writers never read the clock themselves). */
  now?: () => Date;
  onProgress?: (p: ScanProgress) => void;
  /** Receives each parsed document as it is produced (doc-stage detectors); docs are not kept. */
  onDoc?: (doc: Doc) => void;
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
    if (a.claims.patterns!.some((re) => re.test(relPath)) && !a.claims.exclude?.some((re) => re.test(relPath))) {
      out.push(a);
    }
  }
  return out;
}

async function readHead(abs: string, length: number): Promise<Uint8Array> {
  const fh = await open(abs, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buf, 0, length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Executable-claiming analyzers whose sniff accepts the file's first bytes. */
async function executableClaimants(index: ClaimIndex, abs: string, already: Analyzer[]): Promise<Analyzer[]> {
  const candidates = index.executable.filter((a) => !already.includes(a));
  if (candidates.length === 0) return [];
  try {
    const st = await stat(abs);
    if ((st.mode & 0o111) === 0 || st.size < 64) return [];
    const head = await readHead(abs, 64);
    return candidates.filter((a) => !a.claims.sniff || a.claims.sniff(head));
  } catch {
    return [];
  }
}

async function readCapped(abs: string, cap: number): Promise<Uint8Array | undefined> {
  const fh = await open(abs, 'r');
  try {
    const st = await fh.stat();
    if (st.size > cap) return undefined;
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const { bytesRead } = await fh.read(buf, off, st.size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, off);
  } finally {
    await fh.close();
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
    throw new PalisadeError('bad-target', `cannot open target ${options.target}: ${errorMessage(err)}`, { cause: err });
  }

  const analyzers = options.analyzers ?? ANALYZERS;
  const index = indexClaims(analyzers);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const concurrency = Math.max(1, options.concurrency ?? 16);
  const diagnostics: Diagnostic[] = [];
  const packages: Package[] = [];
  const unpinned: UnpinnedRequirement[] = [];
  const osInfos: OsInfo[] = [];
  const stats = { filesWalked: 0, filesAnalyzed: 0, bytesRead: 0 };
  const onDiagnostic = (d: Diagnostic) => diagnostics.push(d);

  const siblings = {
    async readFile(rel: string): Promise<Uint8Array | undefined> {
      const norm = path.posix.normalize(rel.replace(/\\/g, '/'));
      if (norm.startsWith('../') || path.posix.isAbsolute(norm)) return undefined;
      const abs = path.join(targetAbs, norm);
      try {
        const real = await realpath(abs);
        const r = path.relative(rootReal, real);
        if (r.startsWith('..') || path.isAbsolute(r)) return undefined;
        return await readCapped(abs, maxFileSize);
      } catch {
        return undefined;
      }
    },
  };

  async function analyzeFile(relPath: string, abs: string, claimed: Analyzer[]): Promise<void> {
    const cap = Math.max(maxFileSize, ...claimed.map((a) => a.claims.maxSize ?? 0));
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readCapped(abs, cap);
    } catch (err) {
      onDiagnostic({ level: 'warning', code: 'unreadable', path: relPath, message: `cannot read file: ${errorMessage(err)}` });
      return;
    }
    if (!bytes) {
      onDiagnostic({ level: 'warning', code: 'too-large', path: relPath, message: `file is larger than the ${cap}-byte cap, skipped` });
      return;
    }
    stats.filesAnalyzed++;
    stats.bytesRead += bytes.length;
    const binary = looksBinary(bytes);
    let text: string | undefined;
    const input: AnalyzerInput = {
      path: relPath,
      bytes,
      text: () => (text ??= decodeText(bytes!)),
      siblings,
    };
    for (const analyzer of claimed) {
      if (binary && !analyzer.claims.binary) {
        onDiagnostic({
          level: 'warning',
          code: 'binary-file',
          path: relPath,
          analyzer: analyzer.id,
          message: `expected a text file but found binary data, skipped by ${analyzer.id}`,
        });
        continue;
      }
      try {
        const out = await analyzer.analyze(input);
        for (const p of out.packages ?? []) packages.push(p);
        for (const u of out.unpinned ?? []) unpinned.push(u);
        if (out.os) osInfos.push(out.os);
        for (const d of out.diagnostics ?? []) diagnostics.push({ ...d, path: d.path ?? relPath, analyzer: d.analyzer ?? analyzer.id });
        if (options.onDoc) for (const doc of out.docs ?? []) options.onDoc(doc);
      } catch (err) {
        onDiagnostic({
          level: 'warning',
          code: 'parse-error',
          path: relPath,
          analyzer: analyzer.id,
          message: `${analyzer.id}: ${errorMessage(err)}`,
        });
      }
    }
  }

  // Bounded parallelism: at most `concurrency` files in flight; the walk pauses while the pool is full.
  const inFlight = new Set<Promise<void>>();
  for await (const item of walk(targetAbs, { skipDirs: options.skipDirs, skipFiles: options.skipFiles, onDiagnostic })) {
    stats.filesWalked++;
    const claimed = claimants(index, item.path);
    if (index.executable.length > 0) claimed.push(...(await executableClaimants(index, item.abs, claimed)));
    if (claimed.length === 0) continue;
    options.onProgress?.({ filesWalked: stats.filesWalked, filesAnalyzed: stats.filesAnalyzed, currentPath: item.path });
    const task = analyzeFile(item.path, item.abs, claimed).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  options.onProgress?.({ filesWalked: stats.filesWalked, filesAnalyzed: stats.filesAnalyzed });

  const inventory = buildInventory(packages, { excludeDev: options.excludeDev ?? false });

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: TOOL,
    target: { type: 'filesystem', name: options.targetName ?? options.target },
    createdAt: now().toISOString(),
    scanners: [...(options.scanners ?? [])].sort(),
    packages: inventory,
    unpinned: unpinned.sort((a, b) =>
      a.location.path === b.location.path ? (a.location.startLine ?? 0) - (b.location.startLine ?? 0) : a.location.path < b.location.path ? -1 : 1,
    ),
    os: osInfos.length > 0 ? osInfos : undefined,
    findings: [],
    diagnostics: sortDiagnostics(diagnostics),
    stats,
  };
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
