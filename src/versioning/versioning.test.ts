/**
 * The scheme registry and the shared version-ordering vectors (../shared/testdata/versions, see its README):
 * every comparison file whose ecosystems have a registered scheme is checked vector by vector, both ways.
 * Files for ecosystems without a scheme yet are skipped by name, so a newly registered scheme is picked up.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMES, SCHEME_BY_ECOSYSTEM, schemeFor } from './index.js';
import type { VersionScheme } from './types.js';
import { failuresIn, parseVectorFile, parseVersionList } from './vector-file.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const VECTORS = path.resolve(repo, '../shared/testdata/versions');

interface IndexEntry {
  file: string;
  ecosystems: string[];
  kind: 'comparison' | 'valid' | 'invalid';
  vectors: number;
}
const index = JSON.parse(readFileSync(path.join(VECTORS, 'index.json'), 'utf8')) as { files: IndexEntry[] };

/** Distinct registered schemes for a file's ecosystems, and the ecosystems that have none. */
function schemesOf(entry: IndexEntry): { schemes: VersionScheme[]; missing: string[] } {
  const schemes = new Set<VersionScheme>();
  const missing: string[] = [];
  for (const eco of entry.ecosystems) {
    const s = schemeFor(eco);
    if (s === undefined) missing.push(eco);
    else schemes.add(s);
  }
  return { schemes: [...schemes], missing };
}

/** Keeps a failing test's message readable when a whole file goes wrong. */
function firstOf(failures: string[]): string[] {
  return failures.length <= 40 ? failures : [...failures.slice(0, 40), `… and ${failures.length - 40} more`];
}

describe('scheme registry', () => {
  const folders = readdirSync(here).filter((name) => statSync(path.join(here, name)).isDirectory());

  it('registers every folder under src/versioning/ exactly once, with id = folder name', () => {
    const ids = SCHEMES.map((s) => s.id);
    expect([...ids].sort()).toEqual([...folders].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('maps ecosystems only to registered schemes', () => {
    const ids = new Set(SCHEMES.map((s) => s.id));
    for (const [eco, id] of Object.entries(SCHEME_BY_ECOSYSTEM))
      expect(ids.has(id), `${eco} → ${id}`).toBe(true);
  });

  it('resolves release-suffixed ecosystems by their base name and unknown ones to undefined', () => {
    expect(schemeFor('npm')?.id).toBe('semver');
    expect(schemeFor('Go')?.id).toBe('semver');
    expect(schemeFor('PyPI')?.id).toBe('pep440');
    expect(schemeFor('Maven')?.id).toBe('maven');
    expect(schemeFor('RubyGems')?.id).toBe('rubygems');
    expect(schemeFor('NuGet')?.id).toBe('nuget');
    expect(schemeFor('npm:whatever')?.id).toBe('semver');
    expect(schemeFor('NoSuchEcosystem')).toBeUndefined();
    expect(schemeFor('pypi')).toBeUndefined(); // OSV ecosystem names are case-sensitive
  });
});

describe('shared version vectors (../shared/testdata/versions)', () => {
  it('index.json lists every vector file in the folder', () => {
    const listed = new Set(index.files.map((f) => f.file));
    const onDisk = [
      ...readdirSync(VECTORS).filter((f) => f.endsWith('-versions.txt') || f.endsWith('-generated.txt')),
      ...readdirSync(path.join(VECTORS, 'osv.dev')).map((f) => `osv.dev/${f}`),
    ];
    for (const f of onDisk) expect(listed.has(f), f).toBe(true);
  });

  for (const entry of index.files) {
    const { schemes, missing } = schemesOf(entry);
    // Every ecosystem the shared vectors cover must have a scheme: a missing one is a failure, not a skip.
    it(`${entry.file}: its ecosystems have a registered scheme`, () => {
      expect(missing).toEqual([]);
    });
    const file = path.join(VECTORS, entry.file);
    for (const scheme of schemes) {
      if (entry.kind === 'comparison') {
        it(`${entry.file}: every vector holds both ways under ${scheme.id}`, () => {
          const text = readFileSync(file, 'utf8');
          // Guard against a loader that silently reads nothing: the index states how many vectors there are.
          expect(parseVectorFile(text).vectors.length).toBe(entry.vectors);
          expect(firstOf(failuresIn(scheme, text))).toEqual([]);
        });
      } else {
        const want = entry.kind === 'valid';
        it(`${entry.file}: ${scheme.id}.isValid is ${want} for every line`, () => {
          const lines = parseVersionList(readFileSync(file, 'utf8'));
          expect(lines.length).toBe(entry.vectors);
          const wrong = lines
            .filter(({ version }) => scheme.isValid(version) !== want)
            .map(({ version, line }) => `line ${line}: ${JSON.stringify(version)}`);
          expect(firstOf(wrong)).toEqual([]);
        });
      }
    }
  }
});
