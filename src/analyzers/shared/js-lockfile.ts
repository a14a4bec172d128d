/**
 * Helpers shared by the JavaScript lockfile analyzers (yarn-lock, pnpm-lock): reading the package.json
 * beside a lockfile, YAML with line numbers and an alias limit, and dev/prod reachability over the
 * dependency graph a lockfile records.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { decodeText } from '../../core/text.js';

/** The parts of a package.json that decide direct and dev. */
export interface Manifest {
  name?: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
  /** Workspace globs (yarn classic / npm `workspaces`, array or `{ packages }`). */
  workspaces: string[];
}

function stringRecord(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) if (typeof val === 'string') out[k] = val;
  }
  return out;
}

/** Parse package.json bytes; undefined when absent or not a JSON object (a broken manifest only costs direct/dev). */
export function parseManifest(bytes: Uint8Array | undefined): Manifest | undefined {
  if (!bytes) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(decodeText(bytes));
  } catch {
    return undefined;
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const o = json as Record<string, unknown>;
  const ws = Array.isArray(o.workspaces)
    ? o.workspaces
    : o.workspaces && typeof o.workspaces === 'object'
      ? (o.workspaces as { packages?: unknown }).packages
      : undefined;
  return {
    name: typeof o.name === 'string' ? o.name : undefined,
    dependencies: stringRecord(o.dependencies),
    devDependencies: stringRecord(o.devDependencies),
    optionalDependencies: stringRecord(o.optionalDependencies),
    workspaces: Array.isArray(ws) ? ws.filter((w): w is string => typeof w === 'string') : [],
  };
}

/** Directory part of a `/`-separated relative path, '' for the target root. */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Join `/`-separated relative paths, resolving `.` and `..` (never above the root). */
export function joinPath(...parts: string[]): string {
  const out: string[] = [];
  for (const seg of parts.join('/').split('/')) {
    if (!seg || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/** YAML anchors are legitimate in lockfiles but never many; a low cap makes an alias bomb fail fast. */
const MAX_ALIASES = 100;

export interface YamlWithLines {
  doc: Document.Parsed;
  value: unknown;
  /** 1-based line of a character offset. */
  lineAt(offset: number): number;
}

/** Parse YAML, throwing a clear Error on syntax errors or alias abuse. */
export function parseYaml(text: string, what: string): YamlWithLines {
  const lineCounter = new LineCounter();
  // uniqueKeys: the default duplicate-key check is quadratic in a mapping's size (minutes on a
  // 30k-entry lockfile); pnpm and yarn never write duplicate keys, and a later duplicate simply wins.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) throw new Error(`invalid ${what}: ${doc.errors[0]!.message}`);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    throw new Error(`invalid ${what}: ${(err as Error).message}`);
  }
  return { doc, value, lineAt: (offset) => lineCounter.linePos(offset).line };
}

/** Start/end lines of each key of a top-level (or nested, by path) mapping in a parsed YAML document. */
export function keyLines(y: YamlWithLines, path: string[]): Map<string, { line: number; endLine: number }> {
  const out = new Map<string, { line: number; endLine: number }>();
  const node = path.length === 0 ? y.doc.contents : y.doc.getIn(path, true);
  if (!isMap(node)) return out;
  for (const item of node.items) {
    const key = item.key;
    if (!isScalar(key) || !key.range) continue;
    const start = key.range[0];
    const value = item.value as { range?: [number, number, number] } | null;
    // range[1] is the end of the value proper (range[2] includes trailing comments/blank lines).
    const end = value?.range ? Math.max(start, value.range[1] - 1) : key.range[1];
    out.set(String(key.value), { line: y.lineAt(start), endLine: y.lineAt(end) });
  }
  return out;
}

/**
 * Dev classification by reachability: a node reachable from a production root is prod; otherwise one
 * reachable from a root of unknown kind stays unknown; otherwise one reachable from a dev root is dev.
 * Nodes reachable from nothing (stale entries) stay unknown. Iterative, so deep graphs cannot overflow.
 */
export function classifyDev(
  edges: ReadonlyMap<string, Iterable<string>>,
  roots: { prod: Iterable<string>; dev: Iterable<string>; unknown?: Iterable<string> },
): Map<string, boolean | undefined> {
  const reach = (start: Iterable<string>): Set<string> => {
    const seen = new Set<string>();
    const stack = [...start];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const next of edges.get(id) ?? []) if (!seen.has(next)) stack.push(next);
    }
    return seen;
  };
  const prod = reach(roots.prod);
  const unknown = reach(roots.unknown ?? []);
  const dev = reach(roots.dev);
  const out = new Map<string, boolean | undefined>();
  for (const id of edges.keys()) {
    out.set(id, prod.has(id) ? false : unknown.has(id) ? undefined : dev.has(id) ? true : undefined);
  }
  return out;
}

/** Loose semver check: pnpm/yarn keys that do not end in a version are not packages we can name. */
export function looksLikeVersion(v: string): boolean {
  return /^v?\d+(\.\d+){0,2}([-+][0-9A-Za-z.+-]*)?$/.test(v);
}
