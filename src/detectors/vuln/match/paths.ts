/**
 * Dependency paths for transitive packages: from a direct dependency down to the package, along the
 * inventory's `dependsOn` edges between packages of the same file, so users see what to bump
 * (`express@4.17.1 → qs@6.7.0`). Breadth-first from the package up its reverse edges, so the shortest
 * paths come first; at most `max` paths; a node never repeats within a path and is expanded at most
 * `max` times overall, so cycles end and dense graphs stay cheap.
 */
import type { Package } from '../../../core/model.js';
import { compareStrings } from '../../../core/sort.js';

export const MAX_PATHS = 5;

/** The packages of one file, indexed for reverse-edge walks. Build once per scan with indexByFile(). */
export interface FileGraph {
  byPurl: Map<string, Package>;
  /** purl → purls of the packages that depend on it (sorted, for deterministic output). */
  parents: Map<string, string[]>;
}

/** The path of a package's first location: the file its dependency edges belong to. */
function fileOf(pkg: Package): string | undefined {
  return pkg.locations[0]?.path;
}

export function indexByFile(packages: readonly Package[]): Map<string, FileGraph> {
  const graphs = new Map<string, FileGraph>();
  for (const pkg of packages) {
    const file = fileOf(pkg);
    if (file === undefined) continue;
    let g = graphs.get(file);
    if (!g) {
      g = { byPurl: new Map(), parents: new Map() };
      graphs.set(file, g);
    }
    if (!g.byPurl.has(pkg.purl)) g.byPurl.set(pkg.purl, pkg);
  }
  for (const g of graphs.values()) {
    for (const pkg of g.byPurl.values()) {
      for (const child of pkg.dependsOn ?? []) {
        if (child === pkg.purl || !g.byPurl.has(child)) continue;
        const list = g.parents.get(child);
        if (list) {
          if (!list.includes(pkg.purl)) list.push(pkg.purl);
        } else g.parents.set(child, [pkg.purl]);
      }
    }
    for (const list of g.parents.values()) list.sort(compareStrings);
  }
  return graphs;
}

const label = (p: Package): string => (p.version === '' ? p.name : `${p.name}@${p.version}`);

/**
 * Up to `max` shortest paths from a direct dependency to `pkg` (each a list of `name@version`, direct
 * dependency first), or undefined when `pkg` is not known to be transitive or no path exists.
 */
export function dependencyPaths(
  pkg: Package,
  graphs: ReadonlyMap<string, FileGraph>,
  max = MAX_PATHS,
): string[][] | undefined {
  if (pkg.direct !== false) return undefined;
  const file = fileOf(pkg);
  const g = file === undefined ? undefined : graphs.get(file);
  if (!g || !g.byPurl.has(pkg.purl)) return undefined;
  const found: string[][] = [];
  const expanded = new Map<string, number>();
  // Each queue item is a path from pkg upwards (pkg first).
  let queue: string[][] = [[pkg.purl]];
  while (queue.length > 0 && found.length < max) {
    const next: string[][] = [];
    for (const path of queue) {
      const top = path[path.length - 1]!;
      const count = expanded.get(top) ?? 0;
      if (count >= max) continue;
      expanded.set(top, count + 1);
      for (const parent of g.parents.get(top) ?? []) {
        if (path.includes(parent)) continue; // a cycle
        const longer = [...path, parent];
        if (g.byPurl.get(parent)!.direct === true) {
          found.push(longer);
          if (found.length >= max) break;
        } else next.push(longer);
      }
      if (found.length >= max) break;
    }
    queue = next;
  }
  if (found.length === 0) return undefined;
  return found.map((path) => path.reverse().map((purl) => label(g.byPurl.get(purl)!)));
}
