/**
 * Shared runner for analyzer fixture cases: `cases/<scenario>/` holds real input files (at the paths
 * they have in a repository) and `expected.json`:
 *   { "packages": [{ name, version, ecosystem, purl, path, line?, direct?, dev?, licenses?, dependsOn? }],
 *     "unpinned"?: [{ name, specifier, path, line? }],
 *     "diagnostics"?: [{ code, path }] }
 * The scenario is scanned through the real pipeline with only the analyzer under test, so its path
 * claims are exercised too. `dependsOn` is compared only for entries that list it.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../../src/analyzers/types.js';
import type { Package } from '../../src/core/model.js';
import { scan } from '../../src/scan.js';

interface ExpectedPackage {
  name: string;
  version: string;
  ecosystem: string;
  purl: string;
  path: string;
  line?: number;
  direct?: boolean;
  dev?: boolean;
  licenses?: string[];
  dependsOn?: string[];
}

interface Expected {
  packages: ExpectedPackage[];
  unpinned?: { name: string; specifier: string; path: string; line?: number }[];
  diagnostics?: { code: string; path: string }[];
}

function project(p: Package, withDeps: boolean): ExpectedPackage {
  const out: ExpectedPackage = { name: p.name, version: p.version, ecosystem: p.ecosystem, purl: p.purl, path: p.locations[0]!.path };
  if (p.locations[0]!.startLine !== undefined) out.line = p.locations[0]!.startLine;
  if (p.direct !== undefined) out.direct = p.direct;
  if (p.dev !== undefined) out.dev = p.dev;
  if (p.licenses) out.licenses = p.licenses;
  if (withDeps) out.dependsOn = p.dependsOn ?? [];
  return out;
}

function key(p: { purl: string; path: string }): string {
  return `${p.path} ${p.purl}`;
}

/** Scan one scenario folder with the given analyzers and return the projected result. */
export async function runScenario(analyzers: readonly Analyzer[], dir: string) {
  return scan({ target: dir, analyzers, now: () => new Date(0) });
}

export function describeAnalyzerCases(analyzer: Analyzer, casesDir: string): void {
  const scenarios = existsSync(casesDir)
    ? readdirSync(casesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  describe(`${analyzer.id} cases`, () => {
    it('has at least one scenario', () => {
      expect(scenarios.length).toBeGreaterThan(0);
    });
    it.each(scenarios)('%s', async (scenario) => {
      const dir = path.join(casesDir, scenario);
      const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
      const report = await runScenario([analyzer], dir);
      const byKey = new Map(expected.packages.map((e) => [key(e), e]));
      const actual = report.packages.map((p) => {
        const e = byKey.get(key({ purl: p.purl, path: p.locations[0]!.path }));
        return project(p, e?.dependsOn !== undefined);
      });
      const sortFn = (a: ExpectedPackage, b: ExpectedPackage) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
      expect(actual.sort(sortFn)).toEqual(
        expected.packages.map((e) => (e.dependsOn ? { ...e, dependsOn: [...e.dependsOn].sort() } : e)).sort(sortFn),
      );
      if (expected.unpinned) {
        expect(
          report.unpinned.map((u) => ({
            name: u.name,
            specifier: u.specifier,
            path: u.location.path,
            ...(u.location.startLine !== undefined ? { line: u.location.startLine } : {}),
          })),
        ).toEqual(expected.unpinned);
      }
      const diags = report.diagnostics.filter((d) => d.level !== 'info').map((d) => ({ code: d.code, path: d.path ?? '' }));
      expect(diags).toEqual(expected.diagnostics ?? []);
    });
  });
}
