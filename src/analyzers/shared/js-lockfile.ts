/**
 * Helpers shared by the JavaScript lockfile analyzers (yarn-lock, pnpm-lock): reading the package.json
 * beside a lockfile, YAML with line numbers and an alias limit, and dev/prod reachability over the
 * dependency graph a lockfile records.
 */
import { keyLines as keyLinesOfText, loadYaml } from './yaml.js';
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

export interface YamlWithLines {
  value: unknown;
  text: string;
}

/** Parse YAML, throwing a clear Error on syntax errors or alias abuse (see shared/yaml.ts). */
export function parseYaml(text: string, what: string): YamlWithLines {
  return { value: loadYaml(text, what), text };
}

/** Start/end lines of each key of a top-level (or nested, by path) block mapping. */
export function keyLines(y: YamlWithLines, path: string[]): Map<string, { line: number; endLine: number }> {
  return keyLinesOfText(y.text, path);
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
