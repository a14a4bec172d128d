import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateMonorepo, lockSchedule } from './generate-monorepo.js';
import { LOCK_FILE_NAME, LOCK_KINDS, renderLock } from './lockfiles.js';
import type { LockKind } from './lockfiles.js';
import { createRng } from './prng.js';

/** Counts the packages a real parser of each format finds, independently of the generator's own count. */
const COUNT: Record<LockKind, (text: string) => number> = {
  npm: (t) => Object.keys((JSON.parse(t) as { packages: object }).packages).filter((k) => k !== '').length,
  yarn: (t) => t.split('\n').filter((l) => /^\S.*:$/.test(l)).length,
  pnpm: (t) => Object.keys((parseYaml(t) as { packages: object }).packages).length,
  requirements: (t) => t.split('\n').filter((l) => /^[A-Za-z0-9][\w.\-[\]]*==/.test(l)).length,
  poetry: (t) => (parseToml(t) as { package: unknown[] }).package.length,
  pipenv: (t) => {
    const j = JSON.parse(t) as { default: object; develop: object };
    return Object.keys(j.default).length + Object.keys(j.develop).length;
  },
  gomod: (t) => t.split('\n').filter((l) => /^\t\S+ v\S+/.test(l)).length,
  cargo: (t) => (parseToml(t) as { package: { source?: string }[] }).package.filter((p) => p.source).length,
  maven: (t) => {
    const deps = (new XMLParser().parse(t) as { project: { dependencies: { dependency: unknown[] | unknown } } }).project.dependencies.dependency;
    return Array.isArray(deps) ? deps.length : 1;
  },
  gradle: (t) => t.split('\n').filter((l) => /^[^#\s][^=]*:[^=]*:[^=]*=/.test(l)).length,
  bundler: (t) => t.split('\n').filter((l) => /^ {4}\S+ \(/.test(l)).length,
  composer: (t) => {
    const j = JSON.parse(t) as { packages: unknown[]; 'packages-dev': unknown[] };
    return j.packages.length + j['packages-dev'].length;
  },
  nuget: (t) => Object.keys((JSON.parse(t) as { dependencies: Record<string, object> }).dependencies['net8.0']!).length,
  pub: (t) => Object.keys((parseYaml(t) as { packages: object }).packages).length,
};

describe('lockfile writers', () => {
  it.each(LOCK_KINDS.map((k) => [k]))('%s parses with a real parser and holds the packages it claims', (kind) => {
    for (const seed of ['a', 'b', 'c']) {
      const rendered = renderLock(kind, 'svc-demo', createRng(`test/${kind}/${seed}`));
      const lock = rendered.files[0]!;
      expect(lock.path).toBe(LOCK_FILE_NAME[kind]);
      expect(COUNT[kind](lock.content)).toBe(rendered.packages);
      expect(rendered.packages).toBeGreaterThan(0);
    }
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = renderLock('npm', 'x', createRng('same')).files[0]!.content;
    expect(renderLock('npm', 'x', createRng('same')).files[0]!.content).toBe(a);
    expect(renderLock('npm', 'x', createRng('other')).files[0]!.content).not.toBe(a);
  });

  it('writes an npm node_modules tree with a package.json per lockfile entry', () => {
    const rendered = renderLock('npm', 'x', createRng('nm'), { packages: 50, nodeModules: true });
    const manifests = rendered.files.filter((f) => /^node_modules\/.*package\.json$/.test(f.path) && !f.path.endsWith('.package-lock.json'));
    expect(manifests).toHaveLength(rendered.packages);
    expect(rendered.files.some((f) => f.path === 'node_modules/.package-lock.json')).toBe(true);
  });

  it('schedules every format at least once, even in a small repo', () => {
    expect(new Set(lockSchedule(LOCK_KINDS.length, createRng('s'))).size).toBe(LOCK_KINDS.length);
  });
});

async function digestTree(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    out.set(path.relative(root, abs), createHash('sha256').update(await readFile(abs)).digest('hex'));
  }
  return out;
}

describe('generateMonorepo', () => {
  it('writes exactly the requested file count, byte-identical across runs', async () => {
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'palisade-bench-test-'));
    try {
      const a = await generateMonorepo(path.join(tmp, 'a'), 600, 'seed');
      const b = await generateMonorepo(path.join(tmp, 'b'), 600, 'seed');
      expect(a.files).toBe(600);
      expect(b.bytes).toBe(a.bytes);
      expect(a.lockfiles).toBe(LOCK_KINDS.length);
      const [da, db] = [await digestTree(path.join(tmp, 'a')), await digestTree(path.join(tmp, 'b'))];
      expect(da.size).toBe(600);
      expect([...da].sort()).toEqual([...db].sort());
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
