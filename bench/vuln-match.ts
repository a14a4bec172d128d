/**
 * Matcher benchmark (a script, not part of `npm test`): `npx tsx src/detectors/vuln/match/bench.ts [count]`.
 * Loads every export in ../shared/vulndb into memory, builds a worst-case inventory (fixtures/inventory.ts)
 * and times detectVulnerabilities: cold (first run, caches empty) and warm.
 */
import { readdirSync } from 'node:fs';
import { detectVulnerabilities } from '../src/detectors/vuln/detector.js';
import { inventoryFrom } from '../src/detectors/vuln/match/fixtures/inventory.js';
import { VULNDB, readAll } from '../src/detectors/vuln/match/fixtures/vulndb.js';
import { memorySource } from '../src/detectors/vuln/match/memory-source.js';

const count = Number(process.argv[2] ?? 20_000);
const ecosystems = readdirSync(VULNDB, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'LICENSES')
  .map((d) => d.name);
let t = performance.now();
const records = ecosystems.flatMap(readAll);
const loadMs = performance.now() - t;
const packages = inventoryFrom(records, count);
const source = memorySource(records);
for (const run of ['cold', 'warm']) {
  t = performance.now();
  const { findings, diagnostics } = detectVulnerabilities(packages, source);
  const ms = performance.now() - t;
  console.log(
    `${run}: ${packages.length} packages in ${ms.toFixed(0)} ms (${Math.round(packages.length / (ms / 1000))} packages/s), ` +
      `${findings.length} findings, ${diagnostics.length} diagnostics`,
  );
}
console.log(
  `records: ${records.length} from ${ecosystems.length} ecosystems, loaded in ${loadMs.toFixed(0)} ms; ` +
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
