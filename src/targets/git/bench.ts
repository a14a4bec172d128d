/**
 * Throughput and memory of the git-history scan, outside `npm test`:
 *
 *   npx tsx src/targets/git/bench.ts [commits=5000] [files-per-commit=4]   # synthetic repository
 *   npx tsx src/targets/git/bench.ts --repo <path> [range]                 # an existing repository
 *
 * The synthetic repository is written with `git fast-import` (one process, no working tree): each
 * commit rewrites a few source files of a few KiB, and every 500th commit plants an AWS key id that
 * the next commit removes. Prints commits, blobs, MB scanned, wall time, MB/s and peak RSS, and
 * checks that every planted key is found with its commit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { scanGitHistoryForSecrets } from './index.js';
import { makeTempDir } from './testing/repo.js';

async function synthetic(commits: number, filesPerCommit: number): Promise<{ dir: string; planted: number }> {
  const dir = path.join(makeTempDir('palisade-git-bench-'), 'repo');
  spawnSync('git', ['init', '-q', '-b', 'main', dir]);
  // Streamed into fast-import commit by commit, so building costs no memory in this process.
  const fi = spawn('git', ['fast-import', '--quiet'], { cwd: dir, stdio: ['pipe', 'ignore', 'inherit'] });
  const exited = once(fi, 'close');
  let planted = 0;
  let seed = 42;
  const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const word = (): string => Math.floor(rnd() * 36 ** 6).toString(36);
  const data = (s: string): string => `data ${Buffer.byteLength(s)}\n${s}\n`;
  for (let c = 1; c <= commits; c++) {
    const t = 1_600_000_000 + c * 60;
    let out = `commit refs/heads/main\nmark :${c}\nauthor Bench <bench@example.com> ${t} +0000\ncommitter Bench <bench@example.com> ${t} +0000\n${data(`commit ${c}`)}`;
    for (let f = 0; f < filesPerCommit; f++) {
      const file = `src/mod${Math.floor(rnd() * 200)}/file${f}.ts`;
      let body = '';
      for (let l = 0; l < 80; l++)
        body += `export const ${word()}_${l} = computeValue("${word()}", ${Math.floor(rnd() * 1000)});\n`;
      out += `M 100644 inline ${file}\n${data(body)}`;
    }
    if (c % 500 === 0) {
      // Key ids are unique per plant: AKIA + 16 base32 characters with no long runs.
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
      let id = 'AKIA';
      for (let i = 0; i < 16; i++) id += alphabet[(c * 7 + i * 13 + Math.floor(rnd() * 32)) % 32];
      out += `M 100644 inline config/credentials.ini\n${data(`[default]\naws_access_key_id = ${id}\n`)}`;
      planted++;
    } else if (c % 500 === 1 && c > 1) {
      out += 'D config/credentials.ini\n';
    }
    if (!fi.stdin.write(out)) await once(fi.stdin, 'drain');
  }
  fi.stdin.end();
  const [code] = (await exited) as [number | null];
  if (code !== 0) throw new Error(`git fast-import failed (${code})`);
  return { dir, planted };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let dir: string;
  let range: string | undefined;
  let planted = -1;
  let cleanup = (): void => undefined;
  if (args[0] === '--repo') {
    dir = path.resolve(args[1] ?? '.');
    range = args[2];
  } else {
    const commits = Number(args[0] ?? 5000);
    const files = Number(args[1] ?? 4);
    const t0 = performance.now();
    ({ dir, planted } = await synthetic(commits, files));
    console.log(
      `built ${commits} commits × ${files} files in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    if (!process.env.KEEP) cleanup = () => rmSync(path.dirname(dir), { recursive: true, force: true });
    else console.log(`kept ${dir}`);
  }
  try {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const res = await scanGitHistoryForSecrets(dir, range === undefined ? {} : { range });
    const secs = (performance.now() - t0) / 1000;
    const mb = res.stats.bytesScanned / 1e6;
    const aws = res.findings.filter((f) => f.ruleId === 'aws-access-key-id').length;
    console.log(
      JSON.stringify(
        {
          commits: res.stats.commits,
          blobsSeen: res.stats.blobsSeen,
          blobsScanned: res.stats.blobsScanned,
          mbScanned: Number(mb.toFixed(1)),
          wallSeconds: Number(secs.toFixed(2)),
          mbPerSecond: Number((mb / secs).toFixed(1)),
          // Wall time on a shared machine varies with load; the CPU time of this process does less.
          nodeCpuSeconds: Number(((c) => (c.user + c.system) / 1e6)(process.cpuUsage(cpu0)).toFixed(2)),
          peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
          findings: res.findings.length,
          awsFindings: aws,
          planted: planted >= 0 ? planted : undefined,
        },
        null,
        2,
      ),
    );
    if (planted >= 0 && aws !== planted) {
      console.error(`MISSED: ${planted - aws} planted key(s)`);
      process.exitCode = 1;
    }
  } finally {
    cleanup();
  }
}

await main();
