/**
 * pylock.toml / pylock.<name>.toml — PEP 751 lock files (https://peps.python.org/pep-0751/,
 * https://packaging.python.org/en/latest/specifications/pylock-toml/), `lock-version = "1.0"`,
 * written by pip (`pip lock`), uv (`uv export --format pylock.toml`) and PDM.
 *
 * `[[packages]]` carry name, optional version, a source (`index` + `wheels`/`sdist`, `vcs`, `directory`,
 * `archive`), an optional `marker` and optional `dependencies = [{ name, version? }]`. Group membership is
 * expressed in markers (`"dev" in dependency_groups`, `"tests" in extras`) against the file's
 * `default-groups`/`dependency-groups`/`extras`.
 */
import type { Package } from '../../core/model.js';
import { normalizePypiName } from '../../core/purl.js';
import {
  arrayTableSpans,
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
  marker?: string;
  deps: { name: string; version?: string }[];
  span?: { line: number; endLine: number };
}

/**
 * dev from a package marker: true when it is selected only through dependency groups that are not
 * default groups; false when a default group or no group condition selects it; undefined when it
 * depends on extras (runtime options, not dev) mixed with groups, or there is no marker.
 */
function devFromMarker(marker: string | undefined, defaultGroups: Set<string>): boolean | undefined {
  if (!marker) return undefined;
  const groups = [...marker.matchAll(/["']([^"']+)["']\s+in\s+dependency_groups/g)].map((m) => m[1]!);
  if (groups.length === 0) return undefined;
  if (groups.some((g) => defaultGroups.has(g))) return false;
  if (/\bin\s+extras\b/.test(marker)) return undefined;
  return true;
}

export function parsePylock(text: string, path: string, foundBy: string, roots?: ManifestRoots): Package[] {
  const doc = parseToml(text, 'pylock.toml');
  const defaultGroups = new Set(strArray(doc['default-groups']));
  const raw = tables(doc.packages);
  const spans = arrayTableSpans(
    text,
    'packages',
    raw.map((p) => str(p.name)),
  );
  const entries: Entry[] = [];
  raw.forEach((p, i) => {
    const name = str(p.name);
    const version = str(p.version);
    // The project itself is locked as `directory = { path = "." }`, usually without a version.
    const dir = isTable(p.directory) ? str(p.directory.path) : undefined;
    if (!name || !version || dir === '.') return;
    const deps = tables(p.dependencies).flatMap((d) => {
      const n = str(d.name);
      return n ? [{ name: n, version: str(d.version) }] : [];
    });
    entries.push({ name, version, marker: str(p.marker), deps, span: spans[i] });
  });

  const byName = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const k = normalizePypiName(e.name);
    byName.set(k, [...(byName.get(k) ?? []), i]);
  });
  const resolve = (d: { name: string; version?: string }) => {
    const all = byName.get(normalizePypiName(d.name)) ?? [];
    if (all.length <= 1 || !d.version) return all;
    const exact = all.filter((i) => entries[i]!.version === d.version);
    return exact.length > 0 ? exact : all;
  };
  const edges = (i: number) => entries[i]!.deps.flatMap(resolve);
  const hasGraph = entries.some((e) => e.deps.length > 0);
  const devOf = roots && hasGraph ? devByReachability(byName, roots, edges) : undefined;

  return entries.map((e, i) => {
    const dev = devFromMarker(e.marker, defaultGroups) ?? devOf?.(i);
    return lockedPackage(entries, i, { path, foundBy, roots, dev, deps: edges(i) });
  });
}
