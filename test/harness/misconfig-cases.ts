/**
 * Shared runner for misconfiguration check fixtures. Every check folder
 * (src/detectors/misconfig/checks/<platform>/<slug>/) holds `cases/fail*.<ext>` (must produce ≥1
 * finding of the check) and `cases/pass*.<ext>` (must produce none). Each fixture is parsed with the
 * analyzers that feed the `misconfig` scanner (those of ANALYZERS, or the one passed in), keeping the
 * `iac` docs of the check's platform, and run through the real engine with only this check.
 *
 * Expected lines of a failing fixture: a comment `# expect-line: N` (or `// expect-line: N`) anywhere in
 * the file — several allowed — or, for formats without comments (JSON), `cases/expected.json`:
 * `{ "fail.json": [12, 30] }`. Each expected line must be the start line of a finding of the check.
 * Suppressed findings count as findings (the engine keeps them).
 *
 * Usage (one test file per platform is enough): `describeCheckCases(MY_CHECKS, import.meta.url)`
 * or `describeCheckCase(check, casesDir, analyzer?)`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANALYZERS } from '../../src/analyzers/index.js';
import type { Analyzer } from '../../src/analyzers/types.js';
import type { Finding } from '../../src/core/model.js';
import { decodeText } from '../../src/core/text.js';
import type { IacDoc, MisconfigCheck } from '../../src/detectors/misconfig/check.js';
import { runChecks } from '../../src/detectors/misconfig/engine.js';

/** The analyzers feeding the misconfig scanner. */
export function misconfigAnalyzers(): Analyzer[] {
  return ANALYZERS.filter((a) => a.scanners?.includes('misconfig'));
}

/** Parse `file` (absolute) and return the findings of `checks` on its docs of `platform`. */
export async function findingsFor(
  file: string,
  checks: readonly MisconfigCheck[],
  analyzers: readonly Analyzer[] = misconfigAnalyzers(),
  relPath = path.basename(file),
): Promise<{ findings: Finding[]; docs: number }> {
  const bytes = new Uint8Array(readFileSync(file));
  const dir = path.dirname(file);
  const platform = checks[0]?.platform;
  const findings: Finding[] = [];
  let docs = 0;
  for (const analyzer of analyzers) {
    let out;
    try {
      out = await analyzer.analyze({
        path: relPath,
        bytes,
        text: () => decodeText(bytes),
        siblings: {
          async readFile(p: string) {
            const abs = path.join(dir, p);
            return existsSync(abs) ? new Uint8Array(readFileSync(abs)) : undefined;
          },
        },
      });
    } catch {
      continue; // another platform's analyzer rejecting this format
    }
    for (const doc of out.docs ?? []) {
      const iac = doc.content as IacDoc;
      if (doc.kind !== 'iac' || iac.platform !== platform) continue;
      docs++;
      findings.push(...runChecks(doc.path, iac, checks).findings);
    }
  }
  return { findings, docs };
}

function expectedLines(casesDir: string, name: string, text: string): number[] {
  const lines = [...text.matchAll(/(?:#|\/\/)\s*expect-line:\s*(\d+)/g)].map((m) => Number(m[1]));
  const json = path.join(casesDir, 'expected.json');
  if (existsSync(json)) {
    const map = JSON.parse(readFileSync(json, 'utf8')) as Record<string, number[]>;
    lines.push(...(map[name] ?? []));
  }
  return lines;
}

/** Fixture file names of a cases folder: fail* and pass*, sorted. */
export function fixtures(casesDir: string): { fail: string[]; pass: string[] } {
  const names = existsSync(casesDir) ? readdirSync(casesDir).filter((n) => n !== 'expected.json').sort() : [];
  return { fail: names.filter((n) => n.startsWith('fail')), pass: names.filter((n) => n.startsWith('pass')) };
}

export function describeCheckCase(check: MisconfigCheck, casesDir: string, analyzers?: readonly Analyzer[]): void {
  const { fail, pass } = fixtures(casesDir);
  describe(`${check.id} ${check.slug}`, () => {
    it('has a failing and a passing fixture', () => {
      expect(fail.length).toBeGreaterThan(0);
      expect(pass.length).toBeGreaterThan(0);
    });
    it.each(fail)('flags %s', async (name) => {
      const file = path.join(casesDir, name);
      const { findings, docs } = await findingsFor(file, [check], analyzers);
      expect(docs, `no ${check.platform} doc parsed from ${name}`).toBeGreaterThan(0);
      const mine = findings.filter((f) => f.ruleId === check.id);
      expect(mine.length, `${check.id} found nothing in ${name}`).toBeGreaterThan(0);
      const starts = mine.map((f) => f.location.startLine);
      for (const line of expectedLines(casesDir, name, readFileSync(file, 'utf8'))) expect(starts).toContain(line);
    });
    it.each(pass)('accepts %s', async (name) => {
      const { findings, docs } = await findingsFor(path.join(casesDir, name), [check], analyzers);
      expect(docs, `no ${check.platform} doc parsed from ${name}`).toBeGreaterThan(0);
      expect(findings.filter((f) => f.ruleId === check.id).map((f) => `${f.location.startLine}: ${f.message}`)).toEqual([]);
    });
  });
}

/**
 * Run the fixtures of every check of one platform barrel. `barrelUrl` is `import.meta.url` of a test
 * file in checks/<platform>/: each check's folder is `<that dir>/<slug>/cases`.
 */
export function describeCheckCases(checks: readonly MisconfigCheck[], barrelUrl: string, analyzers?: readonly Analyzer[]): void {
  const dir = path.dirname(fileURLToPath(barrelUrl));
  describe(`checks in ${path.basename(dir)}`, () => {
    it('is a list', () => {
      expect(Array.isArray(checks)).toBe(true);
    });
    for (const check of checks) describeCheckCase(check, path.join(dir, check.slug, 'cases'), analyzers);
  });
}
