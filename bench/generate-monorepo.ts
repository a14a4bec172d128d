/**
 * Generates the benchmark monorepo once into a cache folder and reuses it afterwards.
 *
 * Layout: services/<domain>/<service>/ each with boilerplate (README, Dockerfile, deploy/), one to
 * three lockfiles (the first at the service root, others in tools/, e2e/, …) with their manifests,
 * source files under src/ and test/, assets under assets/, and in a few npm services an installed
 * node_modules/ tree. Everything comes from one seeded PRNG (forked per service and per phase), so
 * a given (seed, file count) always yields the same bytes.
 *
 * The folder is written as `<name>.partial` and renamed when complete; `<name>.json` beside it is the
 * marker (and the description of what is inside), so an interrupted run is never mistaken for a
 * finished one.
 *
 * Run on its own: `tsx bench/generate-monorepo.ts [--files N | --smoke] [--force] [--cache DIR]`.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ASSET_EXTS, LARGE_ASSET_EXTS, boilerplate, languageFor, magic, moduleName, sourceFile, sourceName } from './content.js';
import { LOCK_ECOSYSTEM, LOCK_FILE_NAME, LOCK_KINDS, LOCK_WEIGHTS, renderLock } from './lockfiles.js';
import type { LockKind } from './lockfiles.js';
import { createRng } from './prng.js';
import type { Rng } from './prng.js';

/** Bump when the generator's output changes, so stale caches are not reused. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_FILES = 100_000;
export const SMOKE_FILES = 2_000;
export const DEFAULT_SEED = 'palisade-bench';
/** 1 GiB per 100,000 files. */
const BYTES_PER_FILE = 2 ** 30 / 100_000;

export interface MonorepoInfo {
  generatorVersion: number;
  seed: string;
  dir: string;
  files: number;
  /** Apparent size (large assets are sparse past their first MiB, so less is allocated on disk). */
  bytes: number;
  services: number;
  lockfiles: number;
  lockfilesByKind: Record<string, number>;
  /** Distinct (name, version) entries written into the lockfiles, summed over lockfiles. */
  lockfilePackages: number;
  packagesByKind: Record<string, number>;
  /** Distinct `name@version` per OSV ecosystem over all lockfiles: what a deduplicating SBOM should list. */
  uniquePackagesByEcosystem: Record<string, number>;
  nodeModulesServices: string[];
  generationSeconds: number;
}

export interface EnsureOptions {
  files?: number;
  seed?: string;
  /** Parent folder of the cached monorepos; default `<tmpdir>/palisade-bench`. */
  cacheDir?: string;
  /** Regenerate even when a complete copy exists. */
  force?: boolean;
  log?: (message: string) => void;
}

export function defaultCacheDir(): string {
  return path.join(os.tmpdir(), 'palisade-bench');
}

export function monorepoDir(cacheDir: string, files: number): string {
  return path.join(cacheDir, files === DEFAULT_FILES ? `monorepo-v${GENERATOR_VERSION}` : `monorepo-v${GENERATOR_VERSION}-n${files}`);
}

/** Return the cached monorepo for these options, generating it first when missing or incomplete. */
export async function ensureMonorepo(options: EnsureOptions = {}): Promise<MonorepoInfo & { reused: boolean }> {
  const files = options.files ?? DEFAULT_FILES;
  const seed = options.seed ?? DEFAULT_SEED;
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const log = options.log ?? (() => {});
  const dir = monorepoDir(cacheDir, files);
  const marker = `${dir}.json`;
  if (!options.force && existsSync(marker) && existsSync(dir)) {
    try {
      const info = JSON.parse(readFileSync(marker, 'utf8')) as MonorepoInfo;
      if (info.generatorVersion === GENERATOR_VERSION && info.seed === seed && info.files === files && info.uniquePackagesByEcosystem) return { ...info, dir, reused: true };
    } catch {
      // An unreadable marker means an unknown state: regenerate below.
    }
  }
  await rm(marker, { force: true });
  await rm(dir, { recursive: true, force: true });
  const partial = `${dir}.partial`;
  await rm(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  log(`generating ${files.toLocaleString('en-US')} files into ${dir} …`);
  const info = await generateMonorepo(partial, files, seed, log);
  await rename(partial, dir);
  const final: MonorepoInfo = { ...info, dir };
  await writeFile(marker, `${JSON.stringify(final, null, 2)}\n`);
  return { ...final, reused: false };
}

interface Service {
  index: number;
  dir: string;
  name: string;
  locks: { kind: LockKind; sub: string }[];
}

const DOMAINS = ['payments', 'identity', 'catalog', 'search', 'platform', 'data', 'growth', 'mobile', 'infra', 'ml', 'billing', 'support'];
const SUBDIRS = ['tools', 'e2e', 'scripts/release', 'docs/site', 'infra/lambda', 'packages/sdk'];
const SERVICE_WORDS = `atlas beacon cobalt delta ember falcon garnet harbor iris jade kepler lumen mosaic nebula onyx
  prism quartz raven sierra tundra umbra vector willow xenon yonder zephyr amber basalt cedar dune`.trim().split(/\s+/);

/** Lockfile kinds in order: every kind once first (so even the smoke repo has each format), then by weight. */
export function lockSchedule(count: number, rng: Rng): LockKind[] {
  const bag: LockKind[] = [];
  for (const kind of LOCK_KINDS) for (let i = 0; i < LOCK_WEIGHTS[kind]; i++) bag.push(kind);
  const shuffled = rng.sample(bag, bag.length);
  const first = rng.sample(LOCK_KINDS, LOCK_KINDS.length);
  return Array.from({ length: count }, (_, i) => (i < first.length ? first[i]! : shuffled[(i - first.length) % shuffled.length]!));
}

function planServices(lockCount: number, rng: Rng): Service[] {
  const kinds = lockSchedule(lockCount, rng.fork('schedule'));
  const services: Service[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < kinds.length; ) {
    const extra = rng.chance(0.1) ? 2 : rng.chance(0.33) ? 1 : 0;
    const n = Math.min(1 + extra, kinds.length - i);
    let name = `${rng.pick(SERVICE_WORDS)}-${rng.pick(SERVICE_WORDS)}`;
    for (let k = 2; taken.has(name); k++) name = `${name.replace(/-\d+$/, '')}-${k}`;
    taken.add(name);
    const subs = rng.sample(SUBDIRS, n - 1);
    const domain = rng.pick(DOMAINS);
    services.push({
      index: services.length,
      dir: `services/${domain}/${name}`,
      name,
      locks: kinds.slice(i, i + n).map((kind, j) => ({ kind, sub: j === 0 ? '' : subs[j - 1]! })),
    });
    i += n;
  }
  return services;
}

/** Bounded-concurrency file writer: keeps the disk busy without holding 1 GB of pending buffers. */
function createWriter(root: string, concurrency = 64) {
  const dirs = new Set<string>();
  const inflight = new Set<Promise<void>>();
  let failure: unknown;
  let files = 0;
  let bytes = 0;
  const ensureDir = (abs: string): void => {
    const dir = path.dirname(abs);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
  };
  const track = (p: Promise<void>): void => {
    const tracked: Promise<void> = p.then(
      () => void inflight.delete(tracked),
      (err: unknown) => {
        failure ??= err;
        inflight.delete(tracked);
      },
    );
    inflight.add(tracked);
  };
  const waitForSlot = async (): Promise<void> => {
    while (inflight.size >= concurrency) await Promise.race(inflight);
    if (failure) throw failure;
  };
  return {
    get files() {
      return files;
    },
    get bytes() {
      return bytes;
    },
    async write(rel: string, data: string | Uint8Array): Promise<void> {
      const abs = path.join(root, rel);
      ensureDir(abs);
      await waitForSlot();
      files++;
      bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
      track(writeFile(abs, data));
    },
    /** Writes `head` and extends the file to `size` with a hole: apparent size without the disk cost. */
    async writeSparse(rel: string, head: Uint8Array, size: number): Promise<void> {
      const abs = path.join(root, rel);
      ensureDir(abs);
      await waitForSlot();
      files++;
      bytes += size;
      track(
        (async () => {
          const fh = await open(abs, 'w');
          try {
            await fh.write(head, 0, head.length, 0);
            await fh.truncate(size);
          } finally {
            await fh.close();
          }
        })(),
      );
    },
    async flush(): Promise<void> {
      await Promise.all(inflight);
      if (failure) throw failure;
    },
  };
}

const POOL_BYTES = 16 * 2 ** 20;
const SPARSE_HEAD = 2 ** 20;

export async function generateMonorepo(dir: string, files: number, seed: string, log: (m: string) => void = () => {}): Promise<Omit<MonorepoInfo, 'dir'>> {
  const started = performance.now();
  const rng = createRng(`${seed}/v${GENERATOR_VERSION}/n${files}`);
  const out = createWriter(dir);
  const targetBytes = Math.round(files * BYTES_PER_FILE);
  const lockCount = Math.max(LOCK_KINDS.length, Math.round(files * 0.02));
  const services = planServices(lockCount, rng.fork('plan'));

  // A few npm services also carry an installed node_modules/ (about 12% of the files at full scale).
  const nmServiceCount = Math.max(1, Math.round(files / 20_000));
  const nmServices = services.filter((s) => s.locks[0]!.kind === 'npm').slice(0, nmServiceCount);
  const nmPackages = Math.max(30, Math.min(1500, Math.floor((files * 0.12) / nmServices.length / 3)));

  await out.write('README.md', `# acme monorepo\n\n${services.length} services. Generated by palisade bench (seed ${seed}).\n`);
  await out.write('.gitignore', 'node_modules/\ndist/\n.env\n');
  await out.write('CODEOWNERS', services.slice(0, 50).map((s) => `/${s.dir}/ @acme/${s.name}-owners\n`).join(''));

  // Phase A: boilerplate, lockfiles, manifests, node_modules.
  const lockfilesByKind: Record<string, number> = {};
  const packagesByKind: Record<string, number> = {};
  let lockfilePackages = 0;
  const unique = new Map<string, Set<string>>();
  for (const svc of services) {
    const srng = rng.fork(`service/${svc.index}`);
    const lang = languageFor(svc.locks[0]!.kind, srng);
    for (const f of boilerplate(svc.name, lang, srng)) await out.write(`${svc.dir}/${f.path}`, f.content);
    for (const [j, lock] of svc.locks.entries()) {
      const withNm = j === 0 && nmServices.includes(svc);
      const project = lock.sub ? `${svc.name}-${lock.sub.replace(/\//g, '-')}` : svc.name;
      const rendered = renderLock(lock.kind, project, srng.fork(`lock/${j}`), withNm ? { packages: nmPackages, nodeModules: true } : {});
      const base = lock.sub ? `${svc.dir}/${lock.sub}` : svc.dir;
      for (const f of rendered.files) await out.write(`${base}/${f.path}`, f.content);
      lockfilesByKind[LOCK_FILE_NAME[lock.kind]] = (lockfilesByKind[LOCK_FILE_NAME[lock.kind]] ?? 0) + 1;
      packagesByKind[LOCK_FILE_NAME[lock.kind]] = (packagesByKind[LOCK_FILE_NAME[lock.kind]] ?? 0) + rendered.packages;
      lockfilePackages += rendered.packages;
      const eco = LOCK_ECOSYSTEM[lock.kind];
      let set = unique.get(eco);
      if (!set) unique.set(eco, (set = new Set()));
      for (const id of rendered.ids) set.add(id);
    }
  }
  log(`  lockfiles, manifests, node_modules: ${out.files.toLocaleString('en-US')} files`);

  // Phase B: assets and sources fill the rest of the file budget.
  const assetCount = Math.max(2, Math.round(files * 0.08));
  const largeCount = Math.max(1, Math.round(files / 4000));
  const smallCount = assetCount - largeCount;
  const sourceCount = Math.max(0, files - out.files - assetCount);
  const pool = new Uint8Array(POOL_BYTES);
  rng.fork('pool').fill(pool);

  const arng = rng.fork('assets');
  const assetPaths = new Set<string>();
  const assetPath = (svc: Service, ext: string, large: boolean): string => {
    const folder = large ? 'assets/media' : arng.pick(['assets/img', 'assets/fonts', 'public/static', 'assets/icons']);
    let p = `${svc.dir}/${folder}/${arng.pick(SERVICE_WORDS)}-${arng.hex(6)}.${ext}`;
    while (assetPaths.has(p)) p = p.replace(/\.(\w+)$/, `-${arng.hex(2)}.$1`);
    assetPaths.add(p);
    return p;
  };
  const blob = (ext: string, size: number): Uint8Array => {
    const head = magic(ext);
    const buf = new Uint8Array(size);
    buf.set(head.subarray(0, size));
    if (size > head.length) {
      const len = size - head.length;
      const off = arng.int(0, POOL_BYTES - len);
      buf.set(pool.subarray(off, off + len), head.length);
    }
    return buf;
  };
  for (let i = 0; i < smallCount; i++) {
    const ext = arng.pick(ASSET_EXTS);
    await out.write(assetPath(services[i % services.length]!, ext, false), blob(ext, arng.logInt(200, 200_000)));
  }

  const perService = Math.floor(sourceCount / services.length);
  const remainder = sourceCount % services.length;
  for (const svc of services) {
    const srng = rng.fork(`sources/${svc.index}`);
    const lang = languageFor(svc.locks[0]!.kind, rng.fork(`service/${svc.index}`));
    const n = perService + (svc.index < remainder ? 1 : 0);
    const modules: string[] = [];
    const used = new Set<string>();
    for (let i = 0; i < n; i++) {
      if (i % 25 === 0) {
        let m = moduleName(srng);
        while (modules.includes(m)) m = `${m}${modules.length}`;
        modules.push(m);
      }
      const isTest = srng.chance(0.15);
      const { ext, content } = sourceFile(lang, srng, srng.logInt(300, 24_000));
      let stem = sourceName(lang, srng);
      const folder = isTest ? (lang === 'go' || lang === 'rs' ? `src/${modules[modules.length - 1]}` : 'test') : `src/${modules[modules.length - 1]}`;
      if (isTest) stem = lang === 'go' || lang === 'py' || lang === 'rb' || lang === 'rs' || lang === 'dart' ? `${stem}_test` : lang === 'ts' || lang === 'js' ? `${stem}.test` : `${stem}Test`;
      let rel = `${svc.dir}/${folder}/${stem}.${ext}`;
      for (let k = 2; used.has(rel); k++) rel = `${svc.dir}/${folder}/${stem}${k}.${ext}`;
      used.add(rel);
      await out.write(rel, content);
    }
  }
  log(`  sources and small assets: ${out.files.toLocaleString('en-US')} files, ${(out.bytes / 2 ** 20).toFixed(0)} MiB`);

  // Large media: sized to bring the total to the byte target; sparse past the first MiB.
  const remaining = Math.max(largeCount * 2 ** 20, targetBytes - out.bytes);
  let left = remaining;
  for (let i = 0; i < largeCount; i++) {
    const ext = arng.pick(LARGE_ASSET_EXTS);
    const share = i === largeCount - 1 ? left : Math.max(2 ** 20, Math.round((remaining / largeCount) * (0.5 + arng.next())));
    const size = Math.max(2 ** 20, Math.min(share, left - (largeCount - 1 - i) * 2 ** 20));
    left -= size;
    const head = blob(ext, Math.min(size, SPARSE_HEAD));
    await out.writeSparse(assetPath(services[(i * 7) % services.length]!, ext, true), head, size);
  }
  await out.flush();

  return {
    generatorVersion: GENERATOR_VERSION,
    seed,
    files: out.files,
    bytes: out.bytes,
    services: services.length,
    lockfiles: lockCount,
    lockfilesByKind: sortKeys(lockfilesByKind),
    lockfilePackages,
    packagesByKind: sortKeys(packagesByKind),
    uniquePackagesByEcosystem: sortKeys(Object.fromEntries([...unique].map(([eco, set]) => [eco, set.size]))),
    nodeModulesServices: nmServices.map((s) => s.dir),
    generationSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

const sortKeys = (o: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

async function cli(argv: string[]): Promise<void> {
  const arg = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const files = argv.includes('--smoke') ? SMOKE_FILES : Number(arg('--files') ?? DEFAULT_FILES);
  if (!Number.isInteger(files) || files < 200) throw new Error('--files must be an integer >= 200');
  const info = await ensureMonorepo({
    files,
    cacheDir: arg('--cache'),
    seed: arg('--seed'),
    force: argv.includes('--force'),
    log: (m) => console.error(m),
  });
  console.log(JSON.stringify(info, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cli(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 2;
  });
}
