/**
 * Analysis of one claimed file: read it once (size-capped), sniff binary data, run each claiming
 * analyzer, and turn every failure into a diagnostic naming the file. Runs in the main thread or in a
 * worker (worker.ts): its input and output are plain, structured-cloneable data.
 */
import { closeSync, fstatSync, openSync, readSync, readdirSync, realpathSync } from 'node:fs';
import { open, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Analyzer, AnalyzerInput, Siblings } from '../analyzers/types.js';
import { errorMessage } from '../core/errors.js';
import type { Diagnostic, Doc, Finding, OsInfo, Package, UnpinnedRequirement } from '../core/model.js';
import type { DetectorConfig, DocDetector } from '../detectors/types.js';
import { decodeText, looksBinary } from '../core/text.js';

export interface FileJob {
  relPath: string;
  abs: string;
  /** Ids of the analyzers that claimed the file, in registry order. */
  analyzerIds: string[];
  maxFileSize: number;
  /** Return the docs to the caller (ScanOptions.onDoc); otherwise they are dropped after detection. */
  wantDocs: boolean;
  /** Enabled scanners: selects the doc detectors that run on this file's docs. */
  scanners: readonly string[];
}

export interface FileResult {
  packages: Package[];
  unpinned: UnpinnedRequirement[];
  os: OsInfo[];
  docs: Doc[];
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Bytes read when the file was analyzed; undefined when it could not be read. */
  bytesRead?: number;
}

/**
 * The synchronous form, for worker threads: one open/fstat/read/close without four thread-pool round
 * trips per file (those dominated secret scanning of 37k small files); blocking only blocks that worker.
 */
export function readCappedSync(abs: string, cap: number): Uint8Array | undefined {
  const fd = openSync(abs, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > cap) return undefined;
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, off);
  } finally {
    closeSync(fd);
  }
}

export async function readCapped(abs: string, cap: number): Promise<Uint8Array | undefined> {
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

/**
 * Read access to other files of the target, refusing anything that resolves outside it. Workers pass
 * `sync: true`: a Terraform module of n files makes n·(n-1) sibling reads, and each async read was four
 * thread-pool round trips (realpath, open, read, close) that the worker spent waiting.
 */
export function siblingsOf(
  targetAbs: string,
  rootReal: string,
  maxFileSize: number,
  options: { sync?: boolean } = {},
): Siblings {
  const inside = (real: string): boolean => {
    const r = path.relative(rootReal, real);
    return !(r.startsWith('..') || path.isAbsolute(r));
  };
  return {
    async readFile(rel: string): Promise<Uint8Array | undefined> {
      const norm = path.posix.normalize(rel.replace(/\\/g, '/'));
      if (norm.startsWith('../') || path.posix.isAbsolute(norm)) return undefined;
      const abs = path.join(targetAbs, norm);
      try {
        if (options.sync) return inside(realpathSync(abs)) ? readCappedSync(abs, maxFileSize) : undefined;
        return inside(await realpath(abs)) ? await readCapped(abs, maxFileSize) : undefined;
      } catch {
        return undefined;
      }
    },
    // For formats whose unit is a directory (a Terraform module); same containment rule as readFile.
    async listDir(rel: string): Promise<string[] | undefined> {
      const norm = path.posix.normalize(rel.replace(/\\/g, '/') || '.');
      if (norm.startsWith('../') || norm === '..' || path.posix.isAbsolute(norm)) return undefined;
      const abs = path.join(targetAbs, norm);
      try {
        if (!inside(options.sync ? realpathSync(abs) : await realpath(abs))) return undefined;
        const entries = options.sync
          ? readdirSync(abs, { withFileTypes: true })
          : await readdir(abs, { withFileTypes: true });
        return entries
          .filter((e) => e.isFile())
          .map((e) => e.name)
          .sort();
      } catch {
        return undefined;
      }
    },
  };
}

/** What doc detection needs in the thread that analyzes: the registry and each detector's settings. */
export interface DetectionSetup {
  detectors: readonly DocDetector[];
  config: DetectorConfig;
  /** How the claimed file is read (workers read synchronously). */
  read?: (abs: string, cap: number) => Promise<Uint8Array | undefined> | Uint8Array | undefined;
}

function runDetectors(doc: Doc, job: FileJob, setup: DetectionSetup, result: FileResult): void {
  for (const detector of setup.detectors) {
    if (!job.scanners.includes(detector.scanner) || !detector.docKinds.includes(doc.kind)) continue;
    try {
      const out = detector.detect(doc, { config: setup.config[detector.id] });
      result.findings.push(...out.findings);
      for (const d of out.diagnostics ?? []) result.diagnostics.push({ ...d, path: d.path ?? job.relPath });
    } catch (err) {
      result.diagnostics.push({
        level: 'warning',
        code: 'detector-error',
        path: job.relPath,
        message: `${detector.id}: ${errorMessage(err)}`,
      });
    }
  }
}

export async function analyzeFile(
  job: FileJob,
  analyzers: ReadonlyMap<string, Analyzer>,
  siblings: Siblings,
  detection: DetectionSetup = { detectors: [], config: {} },
): Promise<FileResult> {
  const result: FileResult = { packages: [], unpinned: [], os: [], docs: [], findings: [], diagnostics: [] };
  const claimed = job.analyzerIds
    .map((id) => analyzers.get(id))
    .filter((a): a is Analyzer => a !== undefined);
  const relPath = job.relPath;
  const cap = Math.max(job.maxFileSize, ...claimed.map((a) => a.claims.maxSize ?? 0));
  let bytes: Uint8Array | undefined;
  try {
    bytes = await (detection.read ?? readCapped)(job.abs, cap);
  } catch (err) {
    result.diagnostics.push({
      level: 'warning',
      code: 'unreadable',
      path: relPath,
      message: `cannot read file: ${errorMessage(err)}`,
    });
    return result;
  }
  if (!bytes) {
    result.diagnostics.push({
      level: 'warning',
      code: 'too-large',
      path: relPath,
      message: `file is larger than the ${cap}-byte cap, skipped`,
    });
    return result;
  }
  result.bytesRead = bytes.length;
  const binary = looksBinary(bytes);
  let text: string | undefined;
  const data = bytes;
  const input: AnalyzerInput = {
    path: relPath,
    bytes: data,
    text: () => (text ??= decodeText(data)),
    siblings,
  };
  for (const analyzer of claimed) {
    if (binary && !analyzer.claims.binary) {
      if (analyzer.claims.quietBinary) continue;
      result.diagnostics.push({
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
      if (out.packages) result.packages.push(...out.packages);
      if (out.unpinned) result.unpinned.push(...out.unpinned);
      if (out.os) result.os.push(out.os);
      for (const d of out.diagnostics ?? [])
        result.diagnostics.push({ ...d, path: d.path ?? relPath, analyzer: d.analyzer ?? analyzer.id });
      for (const doc of out.docs ?? []) {
        runDetectors(doc, job, detection, result);
        if (job.wantDocs) result.docs.push(doc);
      }
    } catch (err) {
      result.diagnostics.push({
        level: 'warning',
        code: 'parse-error',
        path: relPath,
        analyzer: analyzer.id,
        message: `${analyzer.id}: ${errorMessage(err)}`,
      });
    }
  }
  return result;
}
