import { main, type CliIO } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured output (no TTY, no colours, no progress). */
export async function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; tty?: boolean; stdin?: NodeJS.ReadableStream } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdin: options.stdin,
    stderrIsTTY: options.tty ?? false,
    stdoutIsTTY: options.tty ?? false,
    // Hermetic by default: no vulnerability database unless a test provides one.
    env: { PALISADE_CACHE_DIR: '/nonexistent/palisade-test-cache', ...options.env },
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await main(['node', 'palisade', ...args], io);
  return { code, stdout, stderr };
}
