/**
 * pdm.lock (TOML, written by PDM). Format: https://pdm-project.org/latest/usage/lockfile/ and PDM's
 * src/pdm/formats/… / project/lockfile. `[metadata] lock_version`:
 *  - 4.4+ (PDM ≥ 2.11, `inherit_metadata` strategy): each `[[package]]` lists the `groups` it belongs to
 *    (`default`, optional-dependency groups, dev groups);
 *  - older 4.x / 3.x: no per-package groups (PDM 1.x wrote `sections`); dev is then computed from the
 *    pyproject.toml roots over the graph.
 * `dependencies` are PEP 508 strings (`"win-inet-pton; platform_system == \"Windows\""`). A package with
 * extras may appear twice (once with `extras = [...]`); both entries are the same release.
 */
import type { Package } from '../../core/model.js';
import { normalizePypiName } from '../../core/purl.js';
import {
  arrayTableSpans,
  type ManifestRoots,
  parseToml,
  devByReachability,
  lockedPackage,
  requirementName,
  str,
  strArray,
  tables,
} from '../shared/python.js';

interface Entry {
  name: string;
  version: string;
  groups?: string[];
  deps: string[];
  span?: { line: number; endLine: number };
}

export function parsePdmLock(text: string, path: string, foundBy: string, roots?: ManifestRoots): Package[] {
  const doc = parseToml(text, 'pdm.lock');
  const raw = tables(doc.package);
  const spans = arrayTableSpans(
    text,
    'package',
    raw.map((p) => str(p.name)),
  );
  const entries: Entry[] = [];
  raw.forEach((p, i) => {
    const name = str(p.name);
    const version = str(p.version);
    if (!name || !version) return;
    const groups = Array.isArray(p.groups)
      ? strArray(p.groups)
      : Array.isArray(p.sections)
        ? strArray(p.sections)
        : undefined;
    const deps = strArray(p.dependencies).flatMap((d) => {
      const n = requirementName(d);
      return n ? [normalizePypiName(n)] : [];
    });
    entries.push({ name, version, groups, deps, span: spans[i] });
  });

  const byName = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const k = normalizePypiName(e.name);
    byName.set(k, [...(byName.get(k) ?? []), i]);
  });
  const edges = (i: number) => entries[i]!.deps.flatMap((d) => byName.get(d) ?? []);

  const prodGroup = (g: string) => g === 'default' || (roots?.optionalGroups.has(g) ?? false);
  const devOf = roots && !entries.some((e) => e.groups) ? devByReachability(byName, roots, edges) : undefined;

  return entries.map((e, i) => {
    const dev = e.groups && e.groups.length > 0 ? !e.groups.some(prodGroup) : devOf?.(i);
    return lockedPackage(entries, i, { path, foundBy, roots, dev, deps: edges(i) });
  });
}
