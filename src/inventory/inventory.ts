import type { Location, Package } from '../core/model.js';
import { compareStrings } from '../core/sort.js';

export interface InventoryOptions {
  excludeDev: boolean;
}

function locationKey(l: Location): string {
  return `${l.path}\u0000${l.startLine ?? 0}\u0000${l.origin?.layer ?? ''}\u0000${l.origin?.commit ?? ''}`;
}

function compareLocations(a: Location, b: Location): number {
  return compareStrings(a.path, b.path) || (a.startLine ?? 0) - (b.startLine ?? 0);
}

/**
 * Merge what the analyzers found into the inventory: one entry per (purl, file). The same package
 * listed twice in one file (e.g. two yarn.lock ranges resolving to one version) becomes one entry
 * with both locations; in two files it stays two entries so each finding points at its own lockfile.
 * A package is direct if any occurrence is direct, and dev only if every occurrence is dev.
 */
export function buildInventory(found: readonly Package[], options: InventoryOptions): Package[] {
  const merged = new Map<string, Package>();
  for (const pkg of found) {
    const key = `${pkg.purl}\u0000${pkg.locations[0]?.path ?? ''}`;
    const prev = merged.get(key);
    if (!prev) {
      merged.set(key, { ...pkg, locations: [...pkg.locations] });
      continue;
    }
    const seen = new Set(prev.locations.map(locationKey));
    for (const l of pkg.locations) if (!seen.has(locationKey(l))) prev.locations.push(l);
    if (pkg.direct !== undefined) prev.direct = (prev.direct ?? false) || pkg.direct;
    if (prev.dev !== undefined || pkg.dev !== undefined) prev.dev = (prev.dev ?? false) && (pkg.dev ?? false);
    if (pkg.licenses) prev.licenses = [...new Set([...(prev.licenses ?? []), ...pkg.licenses])];
    if (pkg.dependsOn) prev.dependsOn = [...new Set([...(prev.dependsOn ?? []), ...pkg.dependsOn])].sort();
  }
  let list = [...merged.values()];
  if (options.excludeDev) {
    list = list.filter((p) => !p.dev);
    const kept = new Set(list.map((p) => p.purl));
    for (const p of list) if (p.dependsOn) p.dependsOn = p.dependsOn.filter((d) => kept.has(d));
  }
  for (const p of list) p.locations.sort(compareLocations);
  return list.sort(
    (a, b) =>
      compareStrings(a.locations[0]?.path ?? '', b.locations[0]?.path ?? '') ||
      compareStrings(a.ecosystem, b.ecosystem) ||
      compareStrings(a.name, b.name) ||
      compareStrings(a.version, b.version) ||
      compareStrings(a.purl, b.purl),
  );
}
