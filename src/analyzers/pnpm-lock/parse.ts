/**
 * pnpm-lock.yaml, https://github.com/pnpm/spec/tree/master/lockfile (5.x, 6.0, 9.0) and
 * pnpm/pnpm packages/dependency-path (dep path grammar):
 * - 5.x: packages keyed `/name/1.2.3` or `/@scope/name/1.2.3_peer@1+other@2`; non-registry keys carry a
 *   host (`registry.example.com/name/1.0.0`, `github.com/user/repo/sha`) and usually `name`/`version`.
 * - 6.0: `/name@1.2.3` and `/@scope/name@1.2.3(peer@1)`.
 * - 9.0: `packages` keyed `name@1.2.3` (metadata) + `snapshots` keyed `name@1.2.3(peer@1)` (the graph).
 * Importers (`importers` map, or top-level `dependencies`/`devDependencies` of a single project in 5/6)
 * give direct and dev; 5/6 also flag each package `dev: true|false` (absent = used by both).
 */
import type { Diagnostic, Package } from '../../core/model.js';
import { purlFor } from '../../core/purl.js';
import { classifyDev, keyLines, looksLikeVersion, parseYaml } from '../shared/js-lockfile.js';
import { makePackage } from '../shared/package.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** Strip the peer suffix: `1.2.3(react@18)` (6+) or `1.2.3_react@18` (5.x). */
function stripPeers(version: string, slashStyle: boolean): string {
  const paren = version.indexOf('(');
  let v = paren >= 0 ? version.slice(0, paren) : version;
  if (slashStyle) {
    const us = v.indexOf('_');
    if (us >= 0) v = v.slice(0, us);
  }
  return v;
}

/** Name and version from a dep path, or undefined when the key does not end in a version. */
export function parseDepPath(key: string, slashStyle: boolean): { name: string; version: string } | undefined {
  let k = key;
  if (slashStyle) {
    // A key without the leading '/' starts with a registry host or git host: drop it.
    const segs = k.startsWith('/') ? k.slice(1).split('/') : k.split('/').slice(1);
    const scoped = segs[0]?.startsWith('@');
    const name = scoped ? `${segs[0]}/${segs[1] ?? ''}` : segs[0];
    const rest = segs.slice(scoped ? 2 : 1);
    if (!name || rest.length !== 1) return undefined;
    const version = stripPeers(rest[0]!, true);
    return looksLikeVersion(version) ? { name, version } : undefined;
  }
  if (k.startsWith('/')) k = k.slice(1);
  const peerStart = k.indexOf('(');
  const head = peerStart >= 0 ? k.slice(0, peerStart) : k;
  const at = head.indexOf('@', 1);
  if (at < 0) return undefined;
  const name = head.slice(0, at);
  const version = stripPeers(k.slice(at + 1), false);
  return name && looksLikeVersion(version) ? { name, version } : undefined;
}

/** The name alone, for 6+ keys whose version part is a URL or path (`foo@https://…`, `foo@file:…`). */
function nameOfDepPath(key: string): string | undefined {
  const k = key.startsWith('/') ? key.slice(1) : key;
  const at = k.indexOf('@', 1);
  const name = at > 0 ? k.slice(0, at) : '';
  return /^(@[^/@\s]+\/)?[^/@:\s]+$/.test(name) ? name : undefined;
}

interface Importer {
  prod: Record<string, string>;
  dev: Record<string, string>;
}

/** A dependency reference is `1.2.3(peer)`, an alias dep path, a URL, or `link:`; v5/6 may nest `{ version }`. */
function refsOf(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObj(v)) return out;
  for (const [name, ref] of Object.entries(v)) {
    if (typeof ref === 'string' || typeof ref === 'number') out[name] = String(ref);
    else if (isObj(ref) && (typeof ref.version === 'string' || typeof ref.version === 'number')) out[name] = String(ref.version);
  }
  return out;
}

function importersOf(lock: Obj): Importer[] {
  const fromProject = (p: Obj): Importer => ({
    prod: { ...refsOf(p.dependencies), ...refsOf(p.optionalDependencies) },
    dev: refsOf(p.devDependencies),
  });
  if (isObj(lock.importers)) return Object.values(lock.importers).filter(isObj).map(fromProject);
  if ('dependencies' in lock || 'devDependencies' in lock || 'optionalDependencies' in lock) return [fromProject(lock)];
  return [];
}

export interface PnpmResult {
  packages: Package[];
  diagnostics: Diagnostic[];
}

export function parsePnpmLock(text: string, path: string, foundBy: string): PnpmResult {
  const y = parseYaml(text, 'pnpm-lock.yaml');
  if (y.value === null || y.value === undefined) return { packages: [], diagnostics: [] };
  if (!isObj(y.value)) throw new Error('not a pnpm lockfile: top level is not a mapping');
  const lock = y.value;
  const rawVersion = lock.lockfileVersion;
  const major = typeof rawVersion === 'number' || typeof rawVersion === 'string' ? parseFloat(String(rawVersion)) : NaN;
  if (Number.isNaN(major)) throw new Error('not a pnpm lockfile: no lockfileVersion');
  const slashStyle = major < 6;
  const diagnostics: Diagnostic[] = [];

  const pkgsRaw = isObj(lock.packages) ? lock.packages : {};
  // 9.0 keeps the graph in `snapshots`; earlier versions keep it in `packages`.
  const graphRaw = major >= 9 ? (isObj(lock.snapshots) ? lock.snapshots : {}) : pkgsRaw;
  const lines = keyLines(y, ['packages']);

  /** dep path (graph key) → package id (`name@version`). */
  const idOf = new Map<string, string>();
  const meta = new Map<string, { name: string; version: string; line: number; endLine: number; devFlag?: boolean }>();
  const metaKeyToId = new Map<string, string>();

  // pnpm 5/6 omit `dev` on packages used by both prod and dev; only then does absence mean prod.
  const flagged = major < 9 && Object.values(pkgsRaw).some((e) => isObj(e) && typeof e.dev === 'boolean');
  for (const [key, raw] of Object.entries(pkgsRaw)) {
    const e = isObj(raw) ? raw : {};
    const fromKey = parseDepPath(key, slashStyle);
    const name = typeof e.name === 'string' ? e.name : (fromKey?.name ?? (slashStyle ? undefined : nameOfDepPath(key)));
    const version = typeof e.version === 'string' || typeof e.version === 'number' ? String(e.version) : fromKey?.version;
    const pos = lines.get(key);
    if (!name || !version) {
      // A directory or tarball entry without a recorded version is nameable by no advisory: keep it in
      // the graph (what it pulls in still counts) but do not report it.
      metaKeyToId.set(key, `virtual:${key}`);
      diagnostics.push(
        name
          ? { level: 'info', code: 'no-version', message: `package "${key}" records no version; not reported` }
          : { level: 'warning', code: 'parse-error', message: `package "${key}"${pos ? ` (line ${pos.line})` : ''} has no name and version; skipped` },
      );
      continue;
    }
    const id = `${name}@${version}`;
    metaKeyToId.set(key, id);
    const prev = meta.get(id);
    const devFlag = typeof e.dev === 'boolean' ? e.dev : flagged ? false : undefined;
    if (!prev) {
      meta.set(id, { name, version, line: pos?.line ?? 0, endLine: pos?.endLine ?? 0, devFlag });
    } else if (prev.devFlag !== devFlag) {
      // Same package under two peer sets: prod if either copy is prod.
      prev.devFlag = prev.devFlag === false || devFlag === false ? false : prev.devFlag ?? devFlag;
    }
  }

  // Map graph keys to package ids (9.0: snapshot keys carry peer suffixes the `packages` keys lack).
  const graphKeys = Object.keys(graphRaw);
  for (const key of graphKeys) {
    const direct = metaKeyToId.get(key);
    if (direct) {
      idOf.set(key, direct);
      continue;
    }
    const peer = key.indexOf('(');
    const base = peer > 0 ? key.slice(0, peer) : key;
    idOf.set(key, metaKeyToId.get(base) ?? `virtual:${base}`);
  }
  const graphKeySet = new Set(graphKeys);

  /** Resolve `name: ref` from a snapshot, package or importer to a graph key. */
  const resolve = (name: string, ref: string): string | undefined => {
    if (ref.startsWith('link:') || ref.startsWith('workspace:')) return undefined;
    const candidates = slashStyle
      ? [ref, `/${name}/${ref}`]
      : major >= 9
        ? [`${name}@${ref}`, ref]
        : [ref, `/${name}@${ref}`, `${name}@${ref}`];
    return candidates.find((c) => graphKeySet.has(c));
  };

  const edges = new Map<string, Set<string>>();
  for (const id of meta.keys()) edges.set(id, new Set());
  for (const key of graphKeys) {
    const from = idOf.get(key);
    const e = graphRaw[key];
    if (!from || !isObj(e)) continue;
    for (const [n, r] of Object.entries({ ...refsOf(e.dependencies), ...refsOf(e.optionalDependencies) })) {
      const to = resolve(n, r);
      const toId = to !== undefined ? idOf.get(to) : undefined;
      if (toId && toId !== from) {
        const set = edges.get(from) ?? new Set<string>();
        edges.set(from, set);
        set.add(toId);
      }
    }
  }

  const importers = importersOf(lock);
  const prod: string[] = [];
  const dev: string[] = [];
  const direct = new Set<string>();
  for (const imp of importers) {
    for (const [list, refs] of [
      [prod, imp.prod],
      [dev, imp.dev],
    ] as const) {
      for (const [n, r] of Object.entries(refs)) {
        const k = resolve(n, r);
        const id = k !== undefined ? idOf.get(k) : undefined;
        if (!id) continue;
        direct.add(id);
        list.push(id);
      }
    }
  }
  const devByGraph = importers.length > 0 ? classifyDev(edges, { prod, dev }) : undefined;

  const purlOf = new Map<string, string>();
  for (const [id, m] of meta) purlOf.set(id, purlFor('npm', m.name, m.version));
  const packages: Package[] = [];
  for (const [id, m] of meta) {
    packages.push(
      makePackage({
        name: m.name,
        version: m.version,
        ecosystem: 'npm',
        path,
        line: m.line || undefined,
        endLine: m.endLine || undefined,
        foundBy,
        direct: importers.length > 0 ? direct.has(id) : undefined,
        dev: m.devFlag ?? devByGraph?.get(id),
        dependsOn: [...edges.get(id)!].map((t) => purlOf.get(t)).filter((x): x is string => x !== undefined),
      }),
    );
  }
  return { packages, diagnostics };
}
