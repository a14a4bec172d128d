/**
 * `npm run accuracy -- misconfig [--verbose] [--platform dockerfile]`: misconfiguration checks against
 * the KICS query test files in ../shared/testdata/kics (DataDog/kics, Apache-2.0; see its README).
 *
 * Scoring (as the corpus README prescribes): a KICS case belongs to one query; our checks map to KICS
 * query titles (`check.kics`). Coverage = KICS queries of the six platforms that any check maps to.
 * On mapped queries only, and only with the mapped checks' findings:
 *   - recall: expected positive lines found (a finding starts on the line, or its range contains it);
 *   - negatives flagged: negative files with any finding of a mapped check.
 * Each file is parsed by every analyzer that feeds the misconfig scanner; only docs of the case's
 * platform are kept. Targets: recall ≥ 0.9, negatives flagged ≤ 5%. Exits 1 below either.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANALYZERS } from '../src/analyzers/index.js';
import type { Finding } from '../src/core/model.js';
import { decodeText } from '../src/core/text.js';
import type { IacDoc, MisconfigCheck, Platform } from '../src/detectors/misconfig/check.js';
import { CHECKS } from '../src/detectors/misconfig/checks/index.js';
import { runChecks } from '../src/detectors/misconfig/engine.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = path.resolve(here, '../../shared/testdata/kics');
const PLATFORM_OF: Record<string, Platform> = {
  dockerfile: 'dockerfile',
  k8s: 'kubernetes',
  terraform: 'terraform',
  cloudFormation: 'cloudformation',
  dockerCompose: 'compose',
  cicd: 'github-actions',
};

interface Case {
  case: string;
  query_name: string;
  positive_files: string[];
  negative_files: string[];
}
interface Expected {
  case: string;
  file: string | null;
  line: number | null;
  kind: 'positive' | 'negative';
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const onlyPlatform = args.includes('--platform') ? args[args.indexOf('--platform') + 1] : undefined;

function norm(title: string): string {
  return title.trim().toLowerCase();
}

const analyzers = ANALYZERS.filter((a) => a.scanners?.includes('misconfig'));

async function findings(file: string, rel: string, platform: Platform, checks: readonly MisconfigCheck[]): Promise<Finding[]> {
  const bytes = new Uint8Array(readFileSync(file));
  const out: Finding[] = [];
  for (const a of analyzers) {
    try {
      const res = await a.analyze({
        path: rel,
        bytes,
        text: () => decodeText(bytes),
        siblings: { readFile: async (p) => (existsSync(path.join(path.dirname(file), p)) ? new Uint8Array(readFileSync(path.join(path.dirname(file), p))) : undefined) },
      });
      for (const d of res.docs ?? []) {
        const iac = d.content as IacDoc;
        if (d.kind === 'iac' && iac.platform === platform) out.push(...runChecks(rel, iac, checks).findings);
      }
    } catch {
      // not this analyzer's format
    }
  }
  return out;
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`corpus not found: ${CORPUS}`);
    return;
  }
  const cases = readFileSync(path.join(CORPUS, 'cases.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Case);
  const expected = readFileSync(path.join(CORPUS, 'expected.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Expected);
  const byCase = new Map<string, Expected[]>();
  for (const e of expected) byCase.set(e.case, [...(byCase.get(e.case) ?? []), e]);
  const byTitle = new Map<string, MisconfigCheck[]>();
  for (const c of CHECKS) for (const t of c.kics ?? []) byTitle.set(norm(t), [...(byTitle.get(norm(t)) ?? []), c]);

  type Row = { queries: number; mapped: number; pos: number; found: number; neg: number; negFlagged: number };
  const rows = new Map<Platform, Row>();
  const misses: string[] = [];
  for (const c of cases) {
    const platform = PLATFORM_OF[c.case.split('__')[0]!];
    if (!platform || (onlyPlatform && platform !== onlyPlatform)) continue;
    const row = rows.get(platform) ?? { queries: 0, mapped: 0, pos: 0, found: 0, neg: 0, negFlagged: 0 };
    rows.set(platform, row);
    row.queries++;
    const checks = (byTitle.get(norm(c.query_name)) ?? []).filter((k) => k.platform === platform);
    if (checks.length === 0) continue;
    row.mapped++;
    const dir = path.join(CORPUS, 'cases', c.case);
    const cache = new Map<string, Finding[]>();
    const get = async (file: string) => {
      if (!cache.has(file)) cache.set(file, await findings(path.join(dir, file), `${c.case}/${file}`, platform, checks));
      return cache.get(file)!;
    };
    for (const e of byCase.get(c.case) ?? []) {
      if (e.kind === 'positive') {
        if (e.file === null || e.line === null) continue;
        row.pos++;
        const fs = await get(e.file);
        const line = e.line;
        const hit = fs.some((f) => f.location.startLine === line || (f.location.startLine! <= line && line <= (f.location.endLine ?? f.location.startLine!)));
        if (hit) row.found++;
        else misses.push(`miss  ${c.case}/${e.file}:${line}  [${c.query_name}] got ${fs.map((f) => f.location.startLine).join(',') || 'nothing'}`);
      } else if (e.file !== null) {
        row.neg++;
        const fs = await get(e.file);
        if (fs.length > 0) {
          row.negFlagged++;
          misses.push(`extra ${c.case}/${e.file}  [${c.query_name}] ${fs.map((f) => `${f.ruleId}@${f.location.startLine}`).join(', ')}`);
        }
      }
    }
  }
  let ok = true;
  const total: Row = { queries: 0, mapped: 0, pos: 0, found: 0, neg: 0, negFlagged: 0 };
  const pct = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(3));
  console.log('platform        queries  mapped  coverage  recall (found/expected)  negatives flagged   on mapped queries');
  for (const [platform, r] of [...rows].sort()) {
    for (const k of Object.keys(total) as (keyof Row)[]) total[k] += r[k];
    console.log(
      `${platform.padEnd(15)} ${String(r.queries).padStart(7)} ${String(r.mapped).padStart(7)}  ${pct(r.mapped, r.queries).padStart(8)}  ${pct(r.found, r.pos).padStart(6)} (${r.found}/${r.pos})`.padEnd(66) +
        `${pct(r.negFlagged, r.neg)} (${r.negFlagged}/${r.neg})`.padEnd(20) +
        (r.pos === 0 || (r.found / r.pos >= 0.9 && (r.neg === 0 || r.negFlagged / r.neg <= 0.05)) ? 'ok' : 'below target'),
    );
  }
  console.log(
    `${'all'.padEnd(15)} ${String(total.queries).padStart(7)} ${String(total.mapped).padStart(7)}  ${pct(total.mapped, total.queries).padStart(8)}  ${pct(total.found, total.pos).padStart(6)} (${total.found}/${total.pos})`.padEnd(66) +
      `${pct(total.negFlagged, total.neg)} (${total.negFlagged}/${total.neg})`,
  );
  if (total.pos > 0 && total.found / total.pos < 0.9) ok = false;
  if (total.neg > 0 && total.negFlagged / total.neg > 0.05) ok = false;
  if (verbose) for (const m of misses) console.log(m);
  console.log(ok ? 'targets met (recall >= 0.9, negatives flagged <= 5%)' : 'below target (recall >= 0.9, negatives flagged <= 5%)');
  process.exitCode = ok ? 0 : 1;
}

await main();
