/**
 * Helpers shared by the Python analyzers (poetry-lock, uv-lock, pdm-lock, pylock, pipfile-lock,
 * pip-requirements): TOML parsing with a depth cap, line spans of `[[array-of-tables]]` entries
 * (smol-toml keeps no positions), PEP 508 requirement names, and the direct/dev roots a
 * pyproject.toml declares.
 */
import { parse as parseTomlText, type TomlTableWithoutBigInt } from 'smol-toml';
import type { Package } from '../../core/model.js';
import { normalizePypiName, purlFor } from '../../core/purl.js';
import { decodeText } from '../../core/text.js';
import type { Siblings } from '../types.js';
import { lineLocator, makePackage } from './package.js';

export type TomlTable = TomlTableWithoutBigInt;

/** Nesting deeper than this in a lockfile is hostile, not real: fail fast instead of recursing. */
const TOML_MAX_DEPTH = 64;

/** Parse TOML or throw an Error naming the format (the core turns it into a diagnostic). */
export function parseToml(text: string, what: string): TomlTable {
  try {
    return parseTomlText(text, { maxDepth: TOML_MAX_DEPTH, unsafeKeyBehaviour: 'drop' });
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Error(`invalid TOML in ${what}: ${msg}`);
  }
}

export function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function strArray(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function tables(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter(isTable) : [];
}

export interface LineSpan {
  line: number;
  endLine: number;
}

/**
 * Line spans of the entries of a TOML array of tables, in document order, one per element of the
 * parsed array. Header form (`[[package]]` blocks, sub-tables `[package.x]` / `[[package.x]]` belong to
 * the entry above them) is found by one linear pass; the inline form (`package = [ { name = … }, … ]`)
 * falls back to finding each `name = "…"` after the previous one. Undefined entries mean "not found".
 */
export function arrayTableSpans(
  text: string,
  key: string,
  names: (string | undefined)[],
): (LineSpan | undefined)[] {
  const lines = text.split('\n');
  const esc = key.replace(/[.-]/g, (c) => '\\' + c);
  // Tools write table headers at column 0; indented `[` lines are values of multi-line arrays.
  const header = new RegExp(`^\\[\\[\\s*${esc}\\s*\\]\\]\\s*(#.*)?\\r?$`);
  const subHeader = new RegExp(`^\\[\\[?\\s*${esc}\\.`);
  const anyHeader = /^\[\[?[A-Za-z0-9_.\-"' ]+\]\]?[ \t]*(#.*)?\r?$/;
  const starts: number[] = [];
  const ends: number[] = [];
  let open = false;
  let lastContent = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (header.test(l)) {
      if (open) ends.push(lastContent);
      starts.push(i + 1);
      lastContent = i + 1;
      open = true;
    } else if (open && anyHeader.test(l) && !subHeader.test(l)) {
      ends.push(lastContent);
      open = false;
    } else if (open && l.trim() && !l.trim().startsWith('#')) {
      lastContent = i + 1;
    }
  }
  if (open) ends.push(lastContent);
  if (starts.length === names.length) return starts.map((s, i) => ({ line: s, endLine: ends[i]! }));

  const loc = lineLocator(text);
  let from = 0;
  return names.map((name) => {
    if (name === undefined) return undefined;
    const re = new RegExp(`name\\s*=\\s*["']${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`, 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) return undefined;
    from = m.index + m[0].length;
    const line = loc.lineAt(m.index);
    return { line, endLine: line };
  });
}

const NAME_RE = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

/** The project name at the start of a PEP 508 requirement string (`requests[socks]>=2; python_version>"3"`). */
export function requirementName(req: string): string | undefined {
  return NAME_RE.exec(req)?.[1];
}

/** The extras of a PEP 508 requirement string (`name[a, b]…`). */
export function requirementExtras(req: string): string[] {
  const m = /^\s*[A-Za-z0-9._-]+\s*\[([^\]]*)\]/.exec(req);
  return m
    ? m[1]!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/** Index packages by normalised name so dependency names resolve whatever their spelling. */
export function indexByName<T>(items: T[], nameOf: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = normalizePypiName(nameOf(it));
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

/**
 * What a pyproject.toml declares, by normalised name: `prod` runtime dependencies (PEP 621
 * [project.dependencies] / optional-dependencies, [tool.poetry.dependencies] and extras), `dev`
 * dependencies (PEP 735 [dependency-groups], poetry groups and dev-dependencies, pdm and uv dev
 * dependencies). The project's own name is excluded: it is not a dependency.
 */
export interface ManifestRoots {
  prod: Set<string>;
  dev: Set<string>;
  /** Group name → normalised dependency names, for tools that record groups per package (pdm). */
  groups: Map<string, Set<string>>;
  /** Names of groups that hold dev-only dependencies. */
  devGroups: Set<string>;
  /** Names of optional-dependency groups (extras): runtime, not dev. */
  optionalGroups: Set<string>;
}

function addReqs(target: Set<string>, reqs: unknown, group?: Set<string>): void {
  for (const r of strArray(reqs)) {
    const n = requirementName(r);
    if (n) {
      target.add(normalizePypiName(n));
      group?.add(normalizePypiName(n));
    }
  }
}

function groupSet(roots: ManifestRoots, name: string): Set<string> {
  let s = roots.groups.get(name);
  if (!s) roots.groups.set(name, (s = new Set()));
  return s;
}

export function manifestRoots(pyproject: TomlTable): ManifestRoots {
  const roots: ManifestRoots = {
    prod: new Set(),
    dev: new Set(),
    groups: new Map(),
    devGroups: new Set(),
    optionalGroups: new Set(),
  };
  const project = isTable(pyproject.project) ? pyproject.project : {};
  const tool = isTable(pyproject.tool) ? pyproject.tool : {};
  addReqs(roots.prod, project.dependencies, groupSet(roots, 'default'));
  if (isTable(project['optional-dependencies'])) {
    for (const [g, reqs] of Object.entries(project['optional-dependencies'])) {
      roots.optionalGroups.add(g);
      addReqs(roots.prod, reqs, groupSet(roots, g));
    }
  }
  // PEP 735 groups may include other groups ({include-group = "x"}); those names are covered by the group itself.
  const addDevGroups = (table: unknown) => {
    if (!isTable(table)) return;
    for (const [g, reqs] of Object.entries(table)) {
      roots.devGroups.add(g);
      addReqs(roots.dev, reqs, groupSet(roots, g));
    }
  };
  addDevGroups(pyproject['dependency-groups']);
  const poetry = isTable(tool.poetry) ? tool.poetry : {};
  const poetryNames = (t: unknown, into: Set<string>, group?: Set<string>) => {
    if (!isTable(t)) return;
    for (const name of Object.keys(t)) {
      if (name.toLowerCase() === 'python') continue;
      into.add(normalizePypiName(name));
      group?.add(normalizePypiName(name));
    }
  };
  poetryNames(poetry.dependencies, roots.prod, groupSet(roots, 'main'));
  poetryNames(poetry['dev-dependencies'], roots.dev, groupSet(roots, 'dev'));
  if (isTable(poetry.group)) {
    for (const [g, def] of Object.entries(poetry.group)) {
      if (!isTable(def)) continue;
      // Poetry's "main" group is the runtime one, whichever table declares it.
      const into = g === 'main' ? roots.prod : roots.dev;
      if (g !== 'main') roots.devGroups.add(g);
      poetryNames(def.dependencies, into, groupSet(roots, g));
    }
  }
  const pdm = isTable(tool.pdm) ? tool.pdm : {};
  addDevGroups(pdm['dev-dependencies']);
  const uv = isTable(tool.uv) ? tool.uv : {};
  if (Array.isArray(uv['dev-dependencies'])) {
    roots.devGroups.add('dev');
    addReqs(roots.dev, uv['dev-dependencies'], groupSet(roots, 'dev'));
  }
  const own = str(project.name) ?? str(poetry.name);
  if (own) {
    roots.prod.delete(normalizePypiName(own));
    roots.dev.delete(normalizePypiName(own));
  }
  return roots;
}

/** Read and parse the pyproject.toml next to a lockfile; undefined when absent or unreadable (never fatal). */
export async function readPyproject(siblings: Siblings, lockPath: string): Promise<TomlTable | undefined> {
  const dir = lockPath.includes('/') ? lockPath.slice(0, lockPath.lastIndexOf('/') + 1) : '';
  const bytes = await siblings.readFile(`${dir}pyproject.toml`);
  if (!bytes) return undefined;
  try {
    return parseToml(decodeText(bytes), 'pyproject.toml');
  } catch {
    return undefined;
  }
}

/**
 * Breadth-first reachability over a dependency graph of indices, bounded by the node count (no
 * recursion, so deep chains cannot overflow the stack).
 */
export function reachable(starts: Iterable<number>, edges: (i: number) => Iterable<number>): Set<number> {
  const seen = new Set<number>();
  const queue: number[] = [];
  const visit = (n: number) => {
    if (seen.has(n)) return;
    seen.add(n);
    queue.push(n);
  };
  for (const s of starts) visit(s);
  for (let q = 0; q < queue.length; q++) for (const n of edges(queue[q]!)) visit(n);
  return seen;
}

/** A locked release as the Python lock analyzers read it. */
export interface LockedRelease {
  name: string;
  version: string;
  span?: LineSpan;
}

/**
 * Dev classification from the dependency graph: reachable from a production root → false, else from a
 * dev root → true, else unknown. `byName` maps normalised names to entry indexes.
 */
export function devByReachability(
  byName: ReadonlyMap<string, readonly number[]>,
  roots: ManifestRoots,
  edges: (i: number) => Iterable<number>,
): (i: number) => boolean | undefined {
  const idx = (names: Set<string>) => [...names].flatMap((n) => byName.get(n) ?? []);
  const prod = reachable(idx(roots.prod), edges);
  const dev = reachable(idx(roots.dev), edges);
  return (i) => (prod.has(i) ? false : dev.has(i) ? true : undefined);
}

/** The Package of one locked release: purl, line span, direct (declared in pyproject.toml), dev, edges. */
export function lockedPackage(
  entries: readonly LockedRelease[],
  i: number,
  ctx: { path: string; foundBy: string; roots: ManifestRoots | undefined; dev: boolean | undefined; deps: Iterable<number> },
): Package {
  const e = entries[i]!;
  const key = normalizePypiName(e.name);
  const self = purlFor('PyPI', e.name, e.version);
  return makePackage({
    name: e.name,
    version: e.version,
    ecosystem: 'PyPI',
    path: ctx.path,
    line: e.span?.line,
    endLine: e.span?.endLine,
    foundBy: ctx.foundBy,
    direct: ctx.roots ? ctx.roots.prod.has(key) || ctx.roots.dev.has(key) : undefined,
    dev: ctx.dev,
    // An extras entry depends on its own base release (`"requests==2.31.0"`): not an edge.
    dependsOn: [...new Set(ctx.deps)].map((j) => purlFor('PyPI', entries[j]!.name, entries[j]!.version)).filter((p) => p !== self),
  });
}
