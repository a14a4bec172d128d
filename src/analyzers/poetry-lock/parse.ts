/**
 * poetry.lock (TOML). No published spec; the format is Poetry's own, see
 * https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock and poetry-core's locker
 * (src/poetry/packages/locker.py). Versions seen:
 *  - lock-version 1.x (Poetry < 1.5): `[[package]]` with `category = "main" | "dev"`, hashes in [metadata.files];
 *  - lock-version 2.0 (Poetry 1.5–1.8): `category` dropped, dev-ness only via pyproject.toml;
 *  - lock-version 2.1 (Poetry 2): `groups = ["main", "dev"]` (and per-group `markers`) back on each package.
 * `[package.dependencies]` maps dependency names to constraints: the graph for dependsOn.
 */
import type { Package } from '../../core/model.js';
import { normalizePypiName, purlFor } from '../../core/purl.js';
import { makePackage } from '../shared/package.js';
import {
  arrayTableSpans,
  indexByName,
  isTable,
  type ManifestRoots,
  parseToml,
  reachable,
  str,
  strArray,
  tables,
} from '../shared/python.js';

interface Entry {
  name: string;
  version: string;
  deps: string[];
  groups?: string[];
  category?: string;
}

export function parsePoetryLock(
  text: string,
  path: string,
  foundBy: string,
  roots?: ManifestRoots,
): Package[] {
  const doc = parseToml(text, 'poetry.lock');
  const raw = tables(doc.package);
  const spans = arrayTableSpans(
    text,
    'package',
    raw.map((p) => str(p.name)),
  );
  const entries: (Entry & { span?: { line: number; endLine: number } })[] = [];
  raw.forEach((p, i) => {
    const name = str(p.name);
    const version = str(p.version);
    if (!name || !version) return;
    const groups = Array.isArray(p.groups) ? strArray(p.groups) : undefined;
    entries.push({
      name,
      version,
      deps: isTable(p.dependencies) ? Object.keys(p.dependencies) : [],
      groups,
      category: str(p.category),
      span: spans[i],
    });
  });

  const byName = indexByName(
    entries.map((e, i) => ({ e, i })),
    (x) => x.e.name,
  );
  const edges = (i: number) =>
    entries[i]!.deps.flatMap((d) => (byName.get(normalizePypiName(d)) ?? []).map((x) => x.i));
  let prodReach: Set<number> | undefined;
  let devReach: Set<number> | undefined;
  if (roots) {
    const idx = (names: Set<string>) => [...names].flatMap((n) => (byName.get(n) ?? []).map((x) => x.i));
    prodReach = reachable(idx(roots.prod), edges);
    devReach = reachable(idx(roots.dev), edges);
  }

  return entries.map((e, i) => {
    let dev: boolean | undefined;
    if (e.groups && e.groups.length > 0) dev = !e.groups.includes('main');
    else if (e.category) dev = e.category === 'dev';
    else if (prodReach && devReach) dev = prodReach.has(i) ? false : devReach.has(i) ? true : undefined;
    const key = normalizePypiName(e.name);
    return makePackage({
      name: e.name,
      version: e.version,
      ecosystem: 'PyPI',
      path,
      line: e.span?.line,
      endLine: e.span?.endLine,
      foundBy,
      direct: roots ? roots.prod.has(key) || roots.dev.has(key) : undefined,
      dev,
      dependsOn: [...new Set(edges(i))].map((j) => purlFor('PyPI', entries[j]!.name, entries[j]!.version)),
    });
  });
}
