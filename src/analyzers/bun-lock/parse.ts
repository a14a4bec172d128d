/**
 * bun.lock, Bun's text lockfile (lockfileVersion 0 and 1), https://bun.sh/docs/install/lockfile.
 * JSONC (comments and trailing commas allowed):
 *   { "lockfileVersion": 1,
 *     "workspaces": { "": { "name", "dependencies", "devDependencies", ... }, "packages/web": { ... } },
 *     "packages": { "<install key>": ["name@version", "<registry>", { dependencies, ... }, "sha512-..."] } }
 * Git and GitHub entries are ["name@github:owner/repo#sha", { ... }, "<id>"]; workspace members are
 * ["name@workspace:path"]. An install key is the chain of package names it is nested under
 * (`chalk/supports-color` is supports-color installed inside chalk), resolved like node_modules.
 * The binary bun.lockb is not read.
 */
import type { Diagnostic, Package } from '../../core/model.js';
import { lineIndex } from '../../core/text.js';
import { type JsonObject, isObject, parseJsonWithPositions } from '../shared/json-positions.js';
import { PROD_DEP_FIELDS, declaredNames, npmVersion } from '../shared/npm.js';
import { makePackage } from '../shared/package.js';

interface Entry {
  key: string;
  name: string;
  version: string;
  purl: string;
  deps: string[];
  line?: number;
  endLine?: number;
}

export interface BunLockResult {
  packages: Package[];
  diagnostics: Diagnostic[];
}

/** `@s/a/b/@t/c` → ['@s/a', 'b', '@t/c']. */
function splitKey(key: string): string[] {
  const parts = key.split('/');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i]!.startsWith('@') && i + 1 < parts.length) out.push(`${parts[i]}/${parts[++i]}`);
    else out.push(parts[i]!);
  }
  return out;
}

/** `name@spec`, where a scoped name starts with its own `@`. */
function splitIdent(ident: string): { name: string; spec: string } | undefined {
  const at = ident.indexOf('@', 1);
  if (at <= 0 || at === ident.length - 1) return undefined;
  return { name: ident.slice(0, at), spec: ident.slice(at + 1) };
}

export function parseBunLock(text: string, path: string, foundBy: string): BunLockResult {
  const { value: doc, spans } = parseJsonWithPositions(text, { jsonc: true, maxDepth: 64 });
  if (!isObject(doc)) throw new Error('bun.lock is not a JSON object');
  const version = doc['lockfileVersion'];
  if (version !== undefined && typeof version !== 'number') throw new Error('bun.lock lockfileVersion is not a number');
  const diagnostics: Diagnostic[] = [];
  const lineAt = lineIndex(text);

  const workspaces = isObject(doc['workspaces']) ? doc['workspaces'] : ({} as JsonObject);
  const packages = isObject(doc['packages']) ? doc['packages'] : ({} as JsonObject);
  const keyOffsets = spans.get(packages)?.keys;

  const entries = new Map<string, Entry>();
  /** Install keys that are workspace members (the project's own code): resolvable, but not packages. */
  const members = new Set<string>();
  for (const [key, tuple] of Object.entries(packages)) {
    const ident = Array.isArray(tuple) ? tuple[0] : undefined;
    const parsed = typeof ident === 'string' ? splitIdent(ident) : undefined;
    if (!parsed) {
      diagnostics.push({ level: 'warning', code: 'bad-entry', message: `bun.lock entry "${key}" is not a ["name@version", ...] tuple; skipped` });
      continue;
    }
    if (/^(?:workspace|link|root):/.test(parsed.spec)) {
      members.add(key);
      continue;
    }
    const info = (tuple as unknown[]).slice(1).find(isObject);
    const { version: v, purl } = npmVersion(parsed.name, parsed.spec);
    const keyAt = keyOffsets?.get(key);
    const span = spans.get(tuple as unknown[]);
    entries.set(key, {
      key,
      name: parsed.name,
      version: v,
      purl,
      deps: declaredNames(info, PROD_DEP_FIELDS),
      line: keyAt !== undefined ? lineAt(keyAt) : undefined,
      endLine: span ? lineAt(span.end - 1) : undefined,
    });
  }

  const has = (k: string) => entries.has(k) || members.has(k);
  /** Lookup from inside `from` (a list of nested package names), innermost first, then the top level. */
  const resolve = (from: string[], dep: string): Entry | undefined => {
    for (let n = from.length; n >= 0; n--) {
      const k = [...from.slice(0, n), dep].join('/');
      if (has(k)) return entries.get(k);
    }
    return undefined;
  };

  const direct = new Set<Entry>();
  const prodRoots: Entry[] = [];
  const devRoots: Entry[] = [];
  for (const [wsPath, ws] of Object.entries(workspaces)) {
    if (!isObject(ws)) continue;
    // Members' own non-hoisted deps are keyed under the member's name.
    const from = wsPath && typeof ws['name'] === 'string' ? [ws['name']] : [];
    for (const [fields, roots] of [
      [PROD_DEP_FIELDS, prodRoots],
      [['devDependencies'], devRoots],
    ] as const) {
      for (const dep of declaredNames(ws, fields)) {
        const hit = resolve(from, dep);
        if (hit) {
          direct.add(hit);
          roots.push(hit);
        }
      }
    }
  }

  const edges = new Map<Entry, Entry[]>();
  for (const e of entries.values()) {
    const from = splitKey(e.key);
    const out: Entry[] = [];
    for (const dep of e.deps) {
      const hit = resolve(from, dep);
      if (hit && hit !== e) out.push(hit);
    }
    edges.set(e, out);
  }
  const reach = (roots: Entry[]): Set<Entry> => {
    const seen = new Set<Entry>(roots);
    const stack = [...roots];
    while (stack.length > 0) {
      for (const next of edges.get(stack.pop()!) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    return seen;
  };
  const prod = reach(prodRoots);
  const dev = reach(devRoots);
  const hasWorkspaces = Object.keys(workspaces).length > 0;

  const out: Package[] = [];
  for (const e of entries.values()) {
    out.push(
      makePackage({
        name: e.name,
        version: e.version,
        ecosystem: 'npm',
        purl: e.purl,
        path,
        line: e.line,
        endLine: e.endLine,
        foundBy,
        direct: hasWorkspaces ? direct.has(e) : undefined,
        // Only what the graph proves: unreachable entries (stale or partial files) stay unknown.
        dev: prod.has(e) ? false : dev.has(e) ? true : undefined,
        dependsOn: edges.get(e)!.map((d) => d.purl),
      }),
    );
  }
  return { packages: out, diagnostics };
}
