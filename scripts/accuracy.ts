/**
 * `npm run accuracy`: every accuracy measurement against the labeled corpora in ../shared/testdata,
 * each in its own process:
 *   npm run accuracy                        # inventory (osv-scalibr), secrets (gitleaks), misconfig (KICS)
 *   npm run accuracy -- secrets --verbose   # one of them, with its own options
 * Exits 1 when any of them is below its bar.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const SUITES: Record<string, string> = {
  inventory: 'accuracy-inventory.ts',
  secrets: 'accuracy-secrets.ts',
  misconfig: 'accuracy-misconfig.ts',
};
const [first, ...rest] = process.argv.slice(2);
const selected = first && SUITES[first] ? [first] : Object.keys(SUITES);
const args = first && SUITES[first] ? rest : process.argv.slice(2);
let failed = 0;
for (const name of selected) {
  const script = path.join(here, SUITES[name]!);
  if (!existsSync(script)) continue;
  console.log(`\n=== ${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
