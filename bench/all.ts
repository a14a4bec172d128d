/**
 * `npm run bench`: every scanner's benchmark in turn, each a separate process so peak RSS is its own.
 *   npm run bench                 # everything (the inventory bench generates ~1 GB once, then reuses it)
 *   npm run bench -- inventory    # one of: inventory, vulndb, vuln-match (extra args go to that bench)
 * Figures go to stdout; nothing here is a test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BENCHES: Record<string, { script: string; what: string }> = {
  inventory: { script: 'run.ts', what: 'dependency inventory of a generated ~1 GB monorepo (palisade sbom vs Trivy)' },
  vulndb: { script: 'vulndb-import.ts', what: 'vulnerability DB import of ../shared/vulndb and lookups' },
  'vuln-match': { script: 'vuln-match.ts', what: 'matching 20,000 packages against the advisories' },
  secrets: { script: 'secrets.ts', what: 'secret scanning of a generated 1 GB corpus (vs Trivy)' },
  misconfig: { script: 'misconfig.ts', what: 'IaC misconfiguration scanning of a generated tree (vs Trivy)' },
};

const [first, ...rest] = process.argv.slice(2);
const selected = first && BENCHES[first] ? [first] : Object.keys(BENCHES);
const passThrough = first && BENCHES[first] ? rest : process.argv.slice(2);
let failed = 0;
for (const name of selected) {
  const bench = BENCHES[name]!;
  const script = path.join(here, bench.script);
  if (!existsSync(script)) continue;
  console.log(`\n=== ${name}: ${bench.what}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...(name === 'inventory' || selected.length === 1 ? passThrough : [])], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
