/**
 * An AdvisorySource over records held in memory: for tests, benchmarks and the online fallback's
 * batch results. Indexed like the DB: (base ecosystem, normalised name) of each affected[] package.
 */
import type { AdvisorySource, OsvRecord } from '../types.js';
import { baseEcosystem, normalizePackageName } from '../normalize.js';

export function memorySource(records: readonly OsvRecord[]): AdvisorySource {
  const index = new Map<string, OsvRecord[]>();
  for (const record of records) {
    const keys = new Set<string>();
    for (const entry of record.affected ?? []) {
      if (!entry.package) continue;
      keys.add(key(entry.package.ecosystem, entry.package.name));
    }
    for (const k of keys) {
      const list = index.get(k);
      if (list) list.push(record);
      else index.set(k, [record]);
    }
  }
  return {
    lookup(ecosystem, name) {
      return index.get(key(ecosystem, name)) ?? [];
    },
  };
}

function key(ecosystem: string, name: string): string {
  return baseEcosystem(ecosystem) + '\u0000' + normalizePackageName(ecosystem, name);
}
