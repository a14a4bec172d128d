import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Tests that spawn `bin/palisade.js` need dist/ to match the sources: build once per run. */
export default function setup(): void {
  const tsc = path.resolve('node_modules/typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
