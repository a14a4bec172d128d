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
import { normalizePypiName } from '../../core/purl.js';
import {
  arrayTableSpans,
  indexByName,
  isTable,
  type ManifestRoots,
  parseToml,
  devByReachability,
  lockedPackage,
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
  const byIndex = new Map([...byName].map(([k, list]) => [k, list.map((x) => x.i)]));
  const devOf = roots ? devByReachability(byIndex, roots, edges) : undefined;

  return entries.map((e, i) => {
    let dev: boolean | undefined;
    if (e.groups && e.groups.length > 0) dev = !e.groups.includes('main');
    else if (e.category) dev = e.category === 'dev';
    else dev = devOf?.(i);
    return lockedPackage(entries, i, { path, foundBy, roots, dev, deps: edges(i) });
  });
}
