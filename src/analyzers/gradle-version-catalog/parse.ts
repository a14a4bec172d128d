/**
 * Gradle version catalogs, `gradle/libs.versions.toml` (Gradle 7.4+;
 * https://docs.gradle.org/current/userguide/version_catalogs.html#sec:version-catalog-declaration and rich
 * versions at https://docs.gradle.org/current/userguide/rich_versions.html). A catalog declares the
 * project's libraries:
 *   [versions]  groovy = "3.0.5"   strict = { strictly = "[1.0, 2.0[", prefer = "1.5" }
 *   [libraries] a = "g:a:1.0"   b = { module = "g:b", version.ref = "groovy" }
 *               c = { group = "g", name = "c", version = { require = "1.2" } }
 * Aliases may be dotted (`groovy.core = ...`), which TOML turns into nested tables. `[plugins]` are build
 * plugins and `[bundles]` only group libraries, so neither adds packages.
 */
import { parse as parseToml } from 'smol-toml';
import type { Package, UnpinnedRequirement } from '../../core/model.js';
import { makePackage } from '../shared/package.js';

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

// Dotted aliases nest a table per segment; real catalogs use 2–4.
const MAX_ALIAS_DEPTH = 16;

/**
 * One linear pass over the lines: alias → line of its `alias = ...` entry or `[libraries.alias]` header.
 * Keys are the TOML key segments without quotes, joined by '.', the same path the flattening builds.
 */
function libraryLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  // Segments may be quoted and then contain dots: `"jackson.databind"` is one key.
  const unquote = (key: string) =>
    [...key.matchAll(/"([^"]*)"|'([^']*)'|([^.\s"']+)/g)].map((m) => m[1] ?? m[2] ?? m[3]).join('.');
  let table = '';
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = /^\s*\[\s*([^[\]]+?)\s*\]/.exec(line);
    if (header) {
      table = unquote(header[1]!);
      if (table.startsWith('libraries.')) {
        const alias = table.slice('libraries.'.length);
        if (!out.has(alias)) out.set(alias, i + 1);
      }
      continue;
    }
    if (table !== 'libraries') continue;
    const entry =
      /^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*=/.exec(
        line,
      );
    if (entry) out.set(unquote(entry[1]!), i + 1);
  }
  return out;
}

/** A version Gradle will use as-is: not a range (`[1.0, 2.0[`), not dynamic (`1.+`, `latest.release`). */
export function exactVersion(v: string): string | undefined {
  const s = v.trim();
  if (!s || /[[\]()+,*\s]/.test(s) || /^latest\./.test(s)) return undefined;
  return s;
}

interface Declared {
  module: string;
  version?: unknown;
}

function declared(alias: string, value: unknown): Declared | undefined {
  if (typeof value === 'string') {
    const parts = value.split(':');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !p)) return undefined;
    return { module: `${parts[0]}:${parts[1]}`, version: parts[2] };
  }
  if (!isTable(value)) return undefined;
  const module =
    typeof value.module === 'string'
      ? value.module
      : typeof value.group === 'string' && typeof value.name === 'string'
        ? `${value.group}:${value.name}`
        : undefined;
  if (!module || module.split(':').length !== 2) return undefined;
  return { module, version: value.version };
}

/** The rich-version text used as the unpinned specifier, and the exact version if there is one. */
function pickVersion(version: unknown, versions: Table): { exact?: string; specifier: string } {
  let v = version;
  if (isTable(v) && typeof v.ref === 'string') v = versions[v.ref];
  if (v === undefined) return { specifier: '' };
  if (typeof v === 'string') return { exact: exactVersion(v), specifier: v };
  if (!isTable(v)) return { specifier: String(v) };
  // strictly wins over require; prefer alone is only a hint but is what Gradle picks when nothing else constrains.
  const text = ['strictly', 'require', 'prefer']
    .filter((k) => typeof v[k] === 'string')
    .map((k) => `${k} ${v[k] as string}`)
    .join(', ');
  for (const k of ['strictly', 'require', 'prefer']) {
    const candidate = v[k];
    if (typeof candidate === 'string' && exactVersion(candidate))
      return { exact: exactVersion(candidate), specifier: text };
  }
  return { specifier: text };
}

export interface CatalogResult {
  packages: Package[];
  unpinned: UnpinnedRequirement[];
}

/** Throws on text that is not TOML. */
export function parseVersionCatalog(text: string, path: string, foundBy: string): CatalogResult {
  const doc = parseToml(text) as Table;
  const versions = isTable(doc.versions) ? doc.versions : {};
  const lines = libraryLines(text);
  const packages: Package[] = [];
  const unpinned: UnpinnedRequirement[] = [];
  const visit = (alias: string, value: unknown, depth: number): void => {
    const lib = declared(alias, value);
    if (!lib) {
      // A table that is not a library is the next segment of dotted aliases.
      if (isTable(value) && depth < MAX_ALIAS_DEPTH) {
        for (const [k, v] of Object.entries(value)) visit(alias ? `${alias}.${k}` : k, v, depth + 1);
      }
      return;
    }
    const line = lines.get(alias);
    const { exact, specifier } = pickVersion(lib.version, versions);
    if (exact === undefined) {
      unpinned.push({
        name: lib.module,
        ecosystem: 'Maven',
        specifier,
        location: { path, ...(line !== undefined ? { startLine: line, endLine: line } : {}) },
        foundBy,
      });
      return;
    }
    packages.push(
      makePackage({
        name: lib.module,
        version: exact,
        ecosystem: 'Maven',
        path,
        line,
        foundBy,
        direct: true,
      }),
    );
  };
  if (isTable(doc.libraries)) visit('', doc.libraries, 0);
  return { packages, unpinned };
}
