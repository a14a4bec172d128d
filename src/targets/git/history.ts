/**
 * Secret scanning of a repository's history (`palisade scan --git-history [range] <repo>`): every
 * blob that any commit of the range introduced is scanned exactly once, and its findings name the
 * oldest commit that introduced it (sha, author, email, author date) and the path it had there.
 *
 * Flow: `git log` (log.ts) streams commits oldest first → new blob ids are batched → one long-running
 * `git cat-file --batch-check` gives their sizes → one long-running `git cat-file --batch` streams the
 * contents of those under the size cap → binary blobs are skipped → `scanText` (the secret engine's
 * pure function) runs on the text. Memory is bounded by one batch of blob contents plus the set of
 * seen blob ids (20 bytes each for SHA-1).
 */
import type { Diagnostic, Finding } from '../../core/model.js';
import { decodeText, looksBinary } from '../../core/text.js';
import { CatFile } from './cat-file.js';
import { openRepo } from './git.js';
import { logCommits, type CommitInfo } from './log.js';

/** The secret engine's pure function: findings for one text, `location.path` = `path`. */
export type ScanText = (text: string, path: string) => { findings: Finding[]; diagnostics?: Diagnostic[] };

export interface GitHistoryProgress {
  commits: number;
  blobsScanned: number;
  bytesScanned: number;
  findings: number;
}

export interface GitHistoryOptions {
  /** A revision range as git understands it (`main..feature`, `HEAD~20..HEAD`, `v1.2.0`); default: all refs. */
  range?: string;
  scanText: ScanText;
  /** Blobs larger than this are skipped with a `too-large` diagnostic (default 10 MiB, like gitleaks' `--max-target-megabytes` use). */
  maxBlobSize?: number;
  /**
   * `fingerprint` (default): one finding per fingerprint (rule + path + secret), from the oldest
   * commit, so a secret left in a file that is edited a hundred times is reported once.
   * `blob`: one finding per blob and match.
   */
  dedupe?: 'fingerprint' | 'blob';
  /** Drop a finding (after its origin is set, before de-duplication), e.g. allowlisted commits. */
  keep?: (finding: Finding) => boolean;
  /** Called after each batch of blobs and once at the end. */
  onProgress?: (p: GitHistoryProgress) => void;
}

export interface GitHistoryStats extends GitHistoryProgress {
  /** Distinct blobs introduced by the commits of the range. */
  blobsSeen: number;
  blobsBinary: number;
  blobsTooLarge: number;
  /** Blobs the repository does not hold (partial clone, corrupt or cut-off history). */
  blobsMissing: number;
}

export interface GitHistoryResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
  stats: GitHistoryStats;
  /** True when the repository is a shallow clone: history before its boundary was not scanned. */
  shallow: boolean;
}

export const DEFAULT_MAX_BLOB_SIZE = 10 * 1024 * 1024;
/** Blob ids checked per round trip, and bytes of blob content requested at once. */
const BATCH_BLOBS = 512;
const BATCH_BYTES = 16 * 1024 * 1024;

/** Regular files only: symlinks (120000) hold a target path, submodules (160000) a commit id. */
const FILE_MODES = new Set(['100644', '100755', '100664']);

interface BlobJob {
  oid: string;
  path: string;
  commit: CommitInfo;
}

/**
 * Scan the history of the git repository at `repoDir` (the root of a work tree or a bare repository).
 * Throws PalisadeError `bad-target` when it is not one (or git is missing), `usage` for an unknown
 * range; problems with single blobs are diagnostics.
 */
export async function scanGitHistory(repoDir: string, options: GitHistoryOptions): Promise<GitHistoryResult> {
  const repo = await openRepo(repoDir);
  const maxBlobSize = options.maxBlobSize ?? DEFAULT_MAX_BLOB_SIZE;
  const dedupeByFingerprint = (options.dedupe ?? 'fingerprint') === 'fingerprint';
  const stats: GitHistoryStats = {
    commits: 0,
    blobsSeen: 0,
    blobsScanned: 0,
    bytesScanned: 0,
    findings: 0,
    blobsBinary: 0,
    blobsTooLarge: 0,
    blobsMissing: 0,
  };
  const findings: Finding[] = [];
  const byFingerprint = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  // Count and first example only: a partial clone may lack most blobs.
  let missingCount = 0;
  let firstMissing: { oid: string; path: string; commit: string } | undefined;
  const noteMissing = (job: BlobJob): void => {
    missingCount++;
    firstMissing ??= { oid: job.oid, path: job.path, commit: job.commit.sha };
  };
  // Blob ids as raw bytes in a latin1 string: 20 characters instead of 40 for SHA-1.
  const seen = new Set<string>();

  const check = new CatFile(repo.gitDir, false);
  const cat = new CatFile(repo.gitDir, true);
  const progress = (): void =>
    options.onProgress?.({
      commits: stats.commits,
      blobsScanned: stats.blobsScanned,
      bytesScanned: stats.bytesScanned,
      findings: findings.length,
    });

  const scanBlob = (job: BlobJob, content: Buffer): void => {
    if (looksBinary(content)) {
      stats.blobsBinary++;
      return;
    }
    stats.blobsScanned++;
    stats.bytesScanned += content.length;
    const out = options.scanText(decodeText(content), job.path);
    const origin: NonNullable<Finding['location']['origin']> = {
      commit: job.commit.sha,
      author: job.commit.author,
      ...(job.commit.email ? { email: job.commit.email } : {}),
      date: job.commit.date,
    };
    for (const raw of out.findings) {
      const f: Finding = {
        ...raw,
        location: { ...raw.location, path: job.path, origin: { ...raw.location.origin, ...origin } },
      };
      if (options.keep && !options.keep(f)) continue;
      if (dedupeByFingerprint) {
        if (byFingerprint.has(f.fingerprint)) continue;
        byFingerprint.add(f.fingerprint);
      }
      findings.push(f);
    }
    for (const d of out.diagnostics ?? []) {
      diagnostics.push({
        ...d,
        path: d.path ?? job.path,
        message: `${d.message} (commit ${job.commit.sha})`,
      });
    }
  };

  const flush = async (jobs: BlobJob[]): Promise<void> => {
    // Sizes first, all ids pipelined, so oversized blobs are never read.
    const infos = await Promise.all(jobs.map((j) => check.info(j.oid)));
    const wanted: { job: BlobJob; size: number }[] = [];
    infos.forEach((info, i) => {
      const job = jobs[i]!;
      if (info.missing) noteMissing(job);
      else if (info.type !== 'blob') return;
      else if (info.size > maxBlobSize) {
        stats.blobsTooLarge++;
        diagnostics.push({
          level: 'info',
          code: 'too-large',
          message: `blob ${job.oid} of ${info.size} bytes (commit ${job.commit.sha}) exceeds the ${maxBlobSize}-byte limit; not scanned`,
          path: job.path,
        });
      } else wanted.push({ job, size: info.size });
    });
    // Then contents, a window of at most BATCH_BYTES (or one blob) in flight, scanned in order.
    let i = 0;
    while (i < wanted.length) {
      let bytes = 0;
      const window: { job: BlobJob; answer: Promise<Awaited<ReturnType<CatFile['get']>>> }[] = [];
      while (i < wanted.length && (window.length === 0 || bytes + wanted[i]!.size <= BATCH_BYTES)) {
        bytes += wanted[i]!.size;
        const answer = cat.get(wanted[i]!.job.oid);
        // If an earlier answer throws, the rest of the window must not become unhandled rejections.
        answer.catch(() => undefined);
        window.push({ job: wanted[i]!.job, answer });
        i++;
      }
      for (const { job, answer } of window) {
        const obj = await answer;
        if (obj.missing) noteMissing(job);
        else scanBlob(job, obj.content);
      }
    }
    progress();
  };

  try {
    let batch: BlobJob[] = [];
    for await (const commit of logCommits(repo.gitDir, options.range)) {
      stats.commits++;
      for (const e of commit.entries) {
        if (!FILE_MODES.has(e.mode) || /^0+$/.test(e.oid) || e.status.startsWith('D')) continue;
        const key =
          /^[0-9a-f]+$/.test(e.oid) && e.oid.length % 2 === 0
            ? Buffer.from(e.oid, 'hex').toString('latin1')
            : e.oid;
        if (seen.has(key)) continue;
        seen.add(key);
        stats.blobsSeen++;
        batch.push({ oid: e.oid, path: e.path, commit });
      }
      if (batch.length >= BATCH_BLOBS) {
        const jobs = batch;
        batch = [];
        await flush(jobs);
      }
    }
    if (batch.length) await flush(batch);
  } finally {
    check.close();
    cat.close();
  }

  stats.blobsMissing = missingCount;
  if (firstMissing) {
    diagnostics.push({
      level: 'warning',
      code: 'missing-blob',
      message: `${missingCount} blob(s) are not in the repository (partial or damaged clone) and were not scanned, first ${firstMissing.oid} at ${firstMissing.path} in commit ${firstMissing.commit}`,
      path: firstMissing.path,
    });
  }
  if (repo.shallow) {
    diagnostics.push({
      level: 'info',
      code: 'shallow-clone',
      message:
        'the repository is a shallow clone: commits before its boundary are not present and were not scanned (files at the boundary are attributed to the boundary commit)',
    });
  }
  stats.findings = findings.length;
  progress();
  return { findings, diagnostics, stats, shallow: repo.shallow };
}
