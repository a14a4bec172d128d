/**
 * Alias merging: the same vulnerability is often published by several databases (a GHSA, its CVE, the
 * PYSEC/RUSTSEC/GO record that mirrors it), each record naming the others in `aliases`. Records that
 * affect the same package and share any id (their own id or an alias, transitively: A lists B, B and C
 * both list the same CVE) become one group, reported as one finding.
 *
 * The finding's id (ruleId) is chosen from every id in the group, records and aliases alike, so it stays
 * the same when a mirror record appears or disappears from the database:
 *   1. GitHub advisories (`GHSA-`): reviewed, present for every ecosystem GitHub covers, and the id most
 *      tools and users search for;
 *   2. ecosystem databases (`PYSEC-`, `RUSTSEC-`, `GO-`, `MAL-`, distro ids, …): the source closest to
 *      the package;
 *   3. `CVE-`: universal but often without package-level data;
 *   4. anything else (`OSV-`, `BIT-`, `OSVDB-`, our `x_` conversions).
 * Ties go to an id that is a record we matched (its page certainly exists), then to the byte-wise smallest.
 */
import { compareStrings } from '../../../core/sort.js';
import type { RecordMatch } from './affects.js';

export interface MatchGroup {
  /** The preferred id (see the module comment). */
  id: string;
  /** Every other id of the group, sorted. */
  aliases: string[];
  /** The matched records, the one whose id is `id` (or the best-ranked) first. */
  matches: RecordMatch[];
}

/** Rank of an id for the preferred-id rule, lower is better. */
export function idRank(id: string): number {
  if (id.startsWith('GHSA-')) return 0;
  if (id.startsWith('CVE-')) return 2;
  if (/^(OSV|BIT|OSVDB)-/.test(id) || id.startsWith('x_')) return 3;
  return 1;
}

function better(a: string, b: string, records: ReadonlySet<string>): number {
  return idRank(a) - idRank(b) || Number(records.has(b)) - Number(records.has(a)) || compareStrings(a, b);
}

/** Groups matched records by shared ids (union-find over ids). Output sorted by preferred id. */
export function groupMatches(matches: readonly RecordMatch[]): MatchGroup[] {
  if (matches.length === 0) return [];
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps later finds flat.
    while (parent.get(x) !== root) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const add = (x: string): void => {
    if (!parent.has(x)) parent.set(x, x);
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const m of matches) {
    add(m.record.id);
    for (const alias of m.record.aliases ?? []) {
      if (typeof alias !== 'string' || alias === '') continue;
      add(alias);
      union(m.record.id, alias);
    }
  }
  const byRoot = new Map<string, RecordMatch[]>();
  for (const m of matches) {
    const root = find(m.record.id);
    const list = byRoot.get(root);
    if (list) list.push(m);
    else byRoot.set(root, [m]);
  }
  const groups: MatchGroup[] = [];
  for (const list of byRoot.values()) {
    const recordIds = new Set(list.map((m) => m.record.id));
    const ids = new Set<string>();
    for (const m of list) {
      ids.add(m.record.id);
      for (const alias of m.record.aliases ?? [])
        if (typeof alias === 'string' && alias !== '') ids.add(alias);
    }
    const sorted = [...ids].sort((a, b) => better(a, b, recordIds));
    const id = sorted[0]!;
    // The same record can be matched once only, but keep the list deterministic and lead with the best.
    const ordered = [...list].sort((a, b) => better(a.record.id, b.record.id, recordIds));
    groups.push({ id, aliases: sorted.slice(1).sort(compareStrings), matches: ordered });
  }
  return groups.sort((a, b) => compareStrings(a.id, b.id));
}
