import { describe, expect, it } from 'vitest';
import type { OsvRecord } from '../types.js';
import type { RecordMatch } from './affects.js';
import { groupMatches, idRank } from './aliases.js';

const m = (id: string, aliases: string[] = []): RecordMatch => ({
  record: { id, aliases, modified: '2024-01-01T00:00:00Z' } as OsvRecord,
  entries: [],
  fixes: [],
});

describe('groupMatches', () => {
  it('merges a GHSA, its PYSEC twin and a record sharing only the CVE; the GHSA id wins', () => {
    const groups = groupMatches([
      m('PYSEC-2022-190', ['CVE-2022-28346', 'GHSA-2gwj-7jmv-h26r']),
      m('GHSA-2gwj-7jmv-h26r', ['BIT-django-2022-28346', 'CVE-2022-28346', 'PYSEC-2022-190']),
      m('x_OTHER-1', ['CVE-2022-28346']),
      m('PYSEC-2022-191', ['CVE-2022-28347']),
    ]);
    expect(groups.map((g) => [g.id, g.aliases, g.matches.map((x) => x.record.id)])).toEqual([
      [
        'GHSA-2gwj-7jmv-h26r',
        ['BIT-django-2022-28346', 'CVE-2022-28346', 'PYSEC-2022-190', 'x_OTHER-1'],
        ['GHSA-2gwj-7jmv-h26r', 'PYSEC-2022-190', 'x_OTHER-1'],
      ],
      ['PYSEC-2022-191', ['CVE-2022-28347'], ['PYSEC-2022-191']],
    ]);
  });

  it('merges transitively (A lists B, B lists C)', () => {
    const groups = groupMatches([
      m('RUSTSEC-2020-1', ['CVE-2020-9']),
      m('GO-2020-1', ['RUSTSEC-2020-1']),
      m('OSV-1', ['CVE-2020-9']),
    ]);
    expect(groups).toHaveLength(1);
    // No GHSA: the ecosystem database id beats the CVE; between two, a matched record then byte order.
    expect(groups[0]!.id).toBe('GO-2020-1');
    expect(groups[0]!.aliases).toEqual(['CVE-2020-9', 'OSV-1', 'RUSTSEC-2020-1']);
  });

  it('prefers a GHSA named only as an alias (stable when the GHSA record is missing), a CVE over x_ ids', () => {
    expect(groupMatches([m('PYSEC-1', ['GHSA-aaaa-bbbb-cccc'])])[0]!.id).toBe('GHSA-aaaa-bbbb-cccc');
    expect(groupMatches([m('x_RUBYSEC-rack-CVE-2020-1', ['CVE-2020-1'])])[0]!.id).toBe('CVE-2020-1');
    expect(groupMatches([m('CVE-2020-2'), m('CVE-2020-1')]).map((g) => g.id)).toEqual([
      'CVE-2020-1',
      'CVE-2020-2',
    ]);
  });

  it('keeps unrelated records apart and returns nothing for nothing', () => {
    expect(groupMatches([m('GHSA-b'), m('GHSA-a')]).map((g) => g.id)).toEqual(['GHSA-a', 'GHSA-b']);
    expect(groupMatches([])).toEqual([]);
  });

  it.each([
    ['GHSA-xxxx-yyyy-zzzz', 0],
    ['PYSEC-2021-1', 1],
    ['RUSTSEC-2021-1', 1],
    ['GO-2022-1', 1],
    ['CVE-2021-44228', 2],
    ['BIT-django-1', 3],
    ['x_NSWG-ECO-8', 3],
  ])('idRank(%s) = %d', (id, rank) => {
    expect(idRank(id)).toBe(rank);
  });
});
