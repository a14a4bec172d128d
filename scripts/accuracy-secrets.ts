/**
 * Secret scanner accuracy on the gitleaks samples (../shared/testdata/gitleaks, MIT, gitleaks @ b58d3f10):
 * a positive sample counts as found when any rule reports something in it; a negative sample counts as
 * a false positive when any rule reports something (the corpus README's scoring). Samples are scanned
 * with the built-in rules and default settings, under a neutral path (`<case>/<file>`).
 *   npx tsx scripts/accuracy-secrets.ts [--verbose] [--corpus DIR]
 * Bars: recall ≥ 0.95, negatives reported ≤ 2%. Exits 1 below a bar.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSecretScanner } from '../src/detectors/secret/engine/scanner.js';
import { SECRET_RULES } from '../src/detectors/secret/rules/index.js';

interface Sample {
  case: string;
  file: string;
  rule_hint: string;
  kind: 'positive' | 'negative';
}

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const ci = args.indexOf('--corpus');
const corpus = ci >= 0 ? path.resolve(args[ci + 1]!) : path.resolve(here, '../../shared/testdata/gitleaks');
if (!existsSync(path.join(corpus, 'expected.jsonl'))) {
  console.error(`gitleaks corpus not found at ${corpus}`);
  process.exit(2);
}
const samples = readFileSync(path.join(corpus, 'expected.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Sample);

const scanner = createSecretScanner(SECRET_RULES);
let tp = 0;
let pos = 0;
let fp = 0;
let neg = 0;
const missesByRule = new Map<string, string[]>();
const fpsByRule = new Map<string, string[]>();
const t0 = performance.now();
for (const s of samples) {
  const text = readFileSync(path.join(corpus, 'cases', s.case, s.file), 'utf8');
  const findings = scanner.scanText(text, `${s.case}/${s.file}`).findings.filter((f) => !f.suppressed); // suppressed findings are kept, marked, and never reported as open
  if (s.kind === 'positive') {
    pos++;
    if (findings.length > 0) tp++;
    else missesByRule.set(s.rule_hint, [...(missesByRule.get(s.rule_hint) ?? []), s.file]);
  } else {
    neg++;
    if (findings.length > 0) {
      fp++;
      fpsByRule.set(s.rule_hint, [...(fpsByRule.get(s.rule_hint) ?? []), `${s.file} (${[...new Set(findings.map((f) => f.ruleId))].join(', ')})`]);
    }
  }
}
const ms = performance.now() - t0;
const recall = pos === 0 ? 0 : tp / pos;
const fpRate = neg === 0 ? 0 : fp / neg;
console.log(`rules: ${SECRET_RULES.length}; samples: ${pos} positive, ${neg} negative (${ms.toFixed(0)} ms)`);
console.log(`recall on positives: ${tp}/${pos} = ${recall.toFixed(3)} (bar ≥ 0.95)`);
console.log(`negatives reported:  ${fp}/${neg} = ${(fpRate * 100).toFixed(1)}% (bar ≤ 2%)`);
if (verbose) {
  console.log('\nmissed positives by rule_hint:');
  for (const [rule, files] of [...missesByRule].sort()) console.log(`  ${rule}: ${files.join(' ')}`);
  console.log('\nreported negatives by rule_hint (reporting rules):');
  for (const [rule, files] of [...fpsByRule].sort()) console.log(`  ${rule}: ${files.join(' ')}`);
} else if (missesByRule.size + fpsByRule.size > 0) {
  console.log(`(${missesByRule.size} rule_hints with misses, ${fpsByRule.size} with reported negatives; --verbose lists them)`);
}
process.exitCode = recall >= 0.95 && fpRate <= 0.02 ? 0 : 1;
