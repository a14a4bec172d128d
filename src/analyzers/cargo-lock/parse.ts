/**
 * Cargo.lock (https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html; the format is defined by
 * cargo's `EncodableResolve` in src/cargo/core/resolver/encode.rs):
 *   v1: no `version` key, every dependency written "name version (source)", checksums in `[metadata]`,
 *       and in lockfiles from before 2017 the root package in a `[root]` table;
 *   v2 (Rust 1.41): no `version` key, dependencies shortened to "name" or "name version" when unambiguous,
 *       `checksum` on each package;  v3 (Rust 1.53): `version = 3`;  v4 (Rust 1.78): `version = 4`.
 * A package without `source` is a workspace member or path dependency, i.e. the project's own code; it is
 * reported (as osv-scanner does) so the graph has its roots, and the packages it depends on are the direct ones.
 */
import { parse as parseToml } from 'smol-toml';
import type { Diagnostic, Package } from '../../core/model.js';
import { purlFor } from '../../core/purl.js';
import { makePackage } from '../shared/package.js';

export interface LockPackage {
  name: string;
  version: string;
  source?: string;
  dependencies: string[];
  line?: number;
  endLine?: number;
}

/** Names of a manifest's dependencies by kind (renamed dependencies resolved to the package name). */
export interface ManifestDeps {
  /** Package name of the manifest itself, if it has a [package] table. */
  name?: string;
  normal: Set<string>;
  dev: Set<string>;
  build: Set<string>;
}

function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Lines of each `[[package]]` (or v1 `[root]`) table header, and of the last line of its body. */
function tableSpans(text: string): { start: number; end: number; root: boolean }[] {
  const spans: { start: number; end: number; root: boolean }[] = [];
  const lines = text.split('\n');
  let current: { start: number; end: number; root: boolean } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (l.startsWith('[')) {
      current = undefined;
      if (/^\[\[\s*package\s*\]\]/.test(l) || /^\[\s*root\s*\]/.test(l)) {
        current = { start: i + 1, end: i + 1, root: l.includes('root') };
        spans.push(current);
      }
    } else if (current && l && !l.startsWith('#')) {
      current.end = i + 1;
    }
  }
  return spans;
}

export function readCargoLock(text: string): { packages: LockPackage[]; diagnostics: Diagnostic[] } {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`invalid TOML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  const diagnostics: Diagnostic[] = [];
  const spans = tableSpans(text);
  const rootSpan = spans.find((s) => s.root);
  const pkgSpans = spans.filter((s) => !s.root);
  const raw: { entry: unknown; span?: { start: number; end: number } }[] = [];
  if (doc.root !== undefined) raw.push({ entry: doc.root, span: rootSpan });
  const list = doc.package;
  if (list !== undefined && !Array.isArray(list)) throw new Error('"package" is not an array of tables');
  (list ?? []).forEach((entry, i) => raw.push({ entry, span: pkgSpans[i] }));
  const packages: LockPackage[] = [];
  for (const { entry, span } of raw) {
    if (!isTable(entry) || typeof entry.name !== 'string' || typeof entry.version !== 'string' || !entry.name || !entry.version) {
      diagnostics.push({ level: 'warning', code: 'malformed-entry', message: `package entry at line ${span?.start ?? '?'} has no name or version, skipped` });
      continue;
    }
    const deps = Array.isArray(entry.dependencies) ? entry.dependencies.filter((d): d is string => typeof d === 'string') : [];
    packages.push({
      name: entry.name,
      version: entry.version,
      source: typeof entry.source === 'string' ? entry.source : undefined,
      dependencies: deps,
      line: span?.start,
      endLine: span?.end,
    });
  }
  return { packages, diagnostics };
}

/** Index to resolve "name", "name version" and "name version (source)" dependency strings. */
export function makeResolver(packages: readonly LockPackage[]): (dep: string) => LockPackage | undefined {
  const byName = new Map<string, LockPackage[]>();
  for (const p of packages) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  return (dep) => {
    const m = /^(\S+)(?:\s+(\S+))?(?:\s+\((.*)\))?\s*$/.exec(dep.trim());
    if (!m) return undefined;
    const candidates = byName.get(m[1]!) ?? [];
    const matches = candidates.filter((c) => (m[2] === undefined || c.version === m[2]) && (m[3] === undefined || c.source === m[3]));
    // Cargo omits the source only when the name+version is unique, so the first match is the one.
    return matches[0];
  };
}

export function cargoPurl(p: { name: string; version: string }): string {
  return purlFor('crates.io', p.name, p.version);
}

/**
 * Build packages. `manifests` holds the dependency tables of the workspace members whose Cargo.toml could
 * be read; when none could, `dev` stays unknown. Build-dependencies count as dev: they run at build time
 * and are not linked into the artifact.
 */
export function cargoLockPackages(
  lock: readonly LockPackage[],
  path: string,
  foundBy: string,
  manifests: readonly ManifestDeps[],
): Package[] {
  const resolve = makeResolver(lock);
  const edges = new Map<LockPackage, LockPackage[]>();
  for (const p of lock) {
    const out: LockPackage[] = [];
    for (const d of p.dependencies) {
      const target = resolve(d);
      if (target) out.push(target);
    }
    edges.set(p, out);
  }
  const roots = lock.filter((p) => p.source === undefined);
  const direct = new Set<LockPackage>();
  for (const r of roots) for (const d of edges.get(r)!) if (d.source !== undefined) direct.add(d);

  let devOf: ((p: LockPackage) => boolean) | undefined;
  if (manifests.length > 0) {
    const byName = new Map(manifests.filter((m) => m.name).map((m) => [m.name!, m]));
    const prod = new Set<LockPackage>();
    const stack: LockPackage[] = [];
    for (const r of roots) {
      prod.add(r);
      const m = byName.get(r.name);
      for (const d of edges.get(r)!) {
        // A member whose manifest was not read: all its edges count as production (dev stays false rather than guessed).
        const isProd = !m || m.normal.has(d.name) || !(m.dev.has(d.name) || m.build.has(d.name));
        if (isProd && !prod.has(d)) {
          prod.add(d);
          stack.push(d);
        }
      }
    }
    while (stack.length > 0) {
      const p = stack.pop()!;
      for (const d of edges.get(p)!) {
        if (!prod.has(d)) {
          prod.add(d);
          stack.push(d);
        }
      }
    }
    devOf = (p) => !prod.has(p);
  }

  return lock.map((p) =>
    makePackage({
      name: p.name,
      version: p.version,
      ecosystem: 'crates.io',
      path,
      line: p.line,
      endLine: p.endLine,
      foundBy,
      direct: p.source === undefined ? undefined : direct.has(p),
      dev: devOf?.(p),
      dependsOn: edges.get(p)!.map(cargoPurl),
    }),
  );
}

/** Dependency names of a Cargo.toml, including `[target.'cfg(..)'.*dependencies]` tables. */
export function readCargoManifest(text: string): { deps: ManifestDeps; workspaceMembers: string[] } {
  const doc = parseToml(text) as Record<string, unknown>;
  const deps: ManifestDeps = { normal: new Set(), dev: new Set(), build: new Set() };
  if (isTable(doc.package) && typeof doc.package.name === 'string') deps.name = doc.package.name;
  const collect = (table: Record<string, unknown>) => {
    const add = (key: string, into: Set<string>) => {
      const t = table[key];
      if (!isTable(t)) return;
      for (const [name, spec] of Object.entries(t)) {
        into.add(isTable(spec) && typeof spec.package === 'string' ? spec.package : name);
      }
    };
    add('dependencies', deps.normal);
    add('dev-dependencies', deps.dev);
    add('dev_dependencies', deps.dev);
    add('build-dependencies', deps.build);
    add('build_dependencies', deps.build);
  };
  collect(doc);
  if (isTable(doc.target)) for (const t of Object.values(doc.target)) if (isTable(t)) collect(t);
  const ws = isTable(doc.workspace) && Array.isArray(doc.workspace.members) ? doc.workspace.members : [];
  return { deps, workspaceMembers: ws.filter((m): m is string => typeof m === 'string') };
}
