/**
 * package-lock.json and npm-shrinkwrap.json, lockfileVersion 1, 2 and 3
 * (https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json).
 *
 * - v2 and v3 have a `packages` map keyed by install path (`node_modules/a/node_modules/@s/b`); v2 also
 *   keeps the v1 tree for old npm. `packages` is preferred when present.
 * - v1 has a nested `dependencies` tree; each level's `dependencies` are installed under the parent's
 *   `node_modules`, so it is flattened to the same install paths and handled by the same code.
 * Edges are resolved with Node's module resolution over those paths
 * (https://nodejs.org/api/modules.html#loading-from-node_modules-folders).
 */
import type { Package } from '../../core/model.js';
import { lineIndex } from '../../core/text.js';
import { type JsonObject, type JsonSpan, isObject, parseJsonWithPositions } from '../shared/json-positions.js';
import { ALL_DEP_FIELDS, PROD_DEP_FIELDS, declaredNames, dirnamePosix, npmVersion, parseAliasSpec } from '../shared/npm.js';
import { makePackage } from '../shared/package.js';

// The v1 tree recursion is bounded by the JSON parser's depth cap; keep both well below the JS stack.
const MAX_DEPTH = 400;

interface Entry {
  /** Install path, e.g. `node_modules/a/node_modules/b`. */
  key: string;
  name: string;
  version: string;
  purl: string;
  dev: boolean;
  deps: string[];
  licenses: string[];
  line?: number;
  endLine?: number;
}

export interface NpmLockOptions {
  path: string;
  foundBy: string;
  /** The package.json beside the lockfile, used for direct dependencies of v1 files (which do not record them). */
  manifest?: unknown;
}

function lastSegmentName(key: string): string {
  const at = key.lastIndexOf('node_modules/');
  return at < 0 ? key : key.slice(at + 'node_modules/'.length);
}

/** Node's lookup of `dep` required from the package installed at `from` ('' = the project root). */
function resolveFrom(from: string, dep: string, has: (key: string) => boolean): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${dep}` : `node_modules/${dep}`;
    if (has(candidate)) return candidate;
    if (!dir) return undefined;
    dir = dirnamePosix(dir);
    // Node never looks in node_modules/node_modules: step over the folder that holds the package.
    if (dir === 'node_modules' || dir.endsWith('/node_modules')) dir = dirnamePosix(dir);
  }
}

function stringKeys(v: unknown): string[] {
  return isObject(v) ? Object.keys(v) : [];
}

export function parseNpmLock(text: string, options: NpmLockOptions): Package[] {
  const { value: doc, spans } = parseJsonWithPositions(text, { maxDepth: MAX_DEPTH });
  if (!isObject(doc)) throw new Error('package-lock.json is not a JSON object');
  const lineAt = lineIndex(text);
  const position = (parent: object, key: string, child: unknown): { line?: number; endLine?: number } => {
    const keyAt = spans.get(parent)?.keys?.get(key);
    const span: JsonSpan | undefined = isObject(child) ? spans.get(child) : undefined;
    return {
      line: keyAt !== undefined ? lineAt(keyAt) : undefined,
      endLine: span ? lineAt(span.end - 1) : undefined,
    };
  };

  const entries = new Map<string, Entry>();
  /** Install paths that are symlinks (workspaces, `file:` folders) → the folder they point at. */
  const links = new Map<string, string>();
  /** Folders of the project itself (root and workspaces) → what they declare. */
  const projects = new Map<string, unknown>();

  const packages = doc['packages'];
  if (isObject(packages)) {
    for (const [key, raw] of Object.entries(packages)) {
      if (!isObject(raw)) continue;
      if (raw['link'] === true) {
        if (typeof raw['resolved'] === 'string') links.set(key, raw['resolved']);
        continue;
      }
      // Keys outside any node_modules are the project's own folders (root '', workspaces, file: targets).
      if (key === '' || !key.includes('node_modules/')) {
        projects.set(key, raw);
        continue;
      }
      const rawVersion = raw['version'];
      if (typeof rawVersion !== 'string' || !rawVersion) continue;
      const name = typeof raw['name'] === 'string' && raw['name'] ? raw['name'] : lastSegmentName(key);
      const resolved = typeof raw['resolved'] === 'string' ? raw['resolved'] : undefined;
      const { version, purl } = npmVersion(name, rawVersion, resolved);
      entries.set(key, {
        key,
        name,
        version,
        purl,
        dev: raw['dev'] === true,
        deps: declaredNames(raw, PROD_DEP_FIELDS),
        licenses: typeof raw['license'] === 'string' && raw['license'] ? [raw['license']] : [],
        ...position(packages, key, raw),
      });
    }
    if (!projects.has('')) projects.set('', {});
  } else if (isObject(doc['dependencies'])) {
    const walkTree = (parent: JsonObject, prefix: string, depth: number) => {
      if (depth > MAX_DEPTH) throw new Error(`dependency tree deeper than ${MAX_DEPTH}`);
      for (const [keyName, raw] of Object.entries(parent)) {
        if (!isObject(raw)) continue;
        const key = prefix ? `${prefix}/node_modules/${keyName}` : `node_modules/${keyName}`;
        const rawVersion = raw['version'];
        if (typeof rawVersion === 'string' && rawVersion) {
          // An alias (`"b": { "version": "npm:real@1.0.0" }`) installs `real` under the folder `b`.
          const alias = parseAliasSpec(rawVersion);
          const name = alias?.name ?? keyName;
          const resolved = typeof raw['resolved'] === 'string' ? raw['resolved'] : undefined;
          const { version, purl } = npmVersion(name, alias?.version ?? rawVersion, resolved);
          entries.set(key, {
            key,
            name,
            version,
            purl,
            dev: raw['dev'] === true,
            deps: stringKeys(raw['requires']),
            licenses: [],
            ...position(parent, keyName, raw),
          });
        }
        if (isObject(raw['dependencies'])) walkTree(raw['dependencies'], key, depth + 1);
      }
    };
    walkTree(doc['dependencies'], '', 0);
    // v1 does not record what the project declares; the neighbouring package.json does.
    if (options.manifest !== undefined) projects.set('', options.manifest);
  }

  const has = (key: string) => entries.has(key) || links.has(key);
  /** The package a lookup lands on, following workspace / file: symlinks; undefined for the project's own folders. */
  const resolveEntry = (from: string, dep: string): Entry | undefined => {
    let key = resolveFrom(from, dep, has);
    for (let hops = 0; key !== undefined && links.has(key) && hops < 8; hops++) {
      const target = links.get(key)!;
      key = entries.has(target) || links.has(target) ? target : undefined;
    }
    return key === undefined ? undefined : entries.get(key);
  };

  const direct = new Set<string>();
  for (const [dir, manifest] of projects) {
    for (const dep of declaredNames(manifest, ALL_DEP_FIELDS)) {
      const hit = resolveEntry(dir, dep);
      if (hit) direct.add(hit.key);
    }
  }
  const directKnown = projects.size > 0;

  const out: Package[] = [];
  for (const e of entries.values()) {
    const dependsOn: string[] = [];
    for (const dep of e.deps) {
      const hit = resolveEntry(e.key, dep);
      if (hit && hit !== e) dependsOn.push(hit.purl);
    }
    out.push(
      makePackage({
        name: e.name,
        version: e.version,
        ecosystem: 'npm',
        purl: e.purl,
        path: options.path,
        line: e.line,
        endLine: e.endLine,
        foundBy: options.foundBy,
        direct: directKnown ? direct.has(e.key) : undefined,
        dev: e.dev,
        licenses: e.licenses,
        dependsOn,
      }),
    );
  }
  return out;
}
