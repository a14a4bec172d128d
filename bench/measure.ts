/**
 * Runs a command as a child process and measures wall time and peak resident memory.
 * GNU time (`/usr/bin/time -f "%e %M"`) gives the kernel's max RSS of the child; without it we poll
 * /proc/<pid>/status for VmHWM (the kernel's own high-water mark, so polling cannot miss a peak
 * as long as the process is still alive at the last poll).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export interface Measurement {
  wallSeconds: number;
  /** Peak RSS in bytes; undefined when it could not be measured. */
  peakRssBytes?: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  method: 'gnu-time' | 'proc-status' | 'none';
  /** Last lines of the child's stderr, for error messages. */
  stderrTail: string;
  timedOut: boolean;
}

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** stdout and stderr of the child go here. */
  logFile: string;
  timeoutMs?: number;
}

const GNU_TIME = '/usr/bin/time';

export function gnuTimeAvailable(): boolean {
  return existsSync(GNU_TIME);
}

export async function measure(command: string, args: string[], options: MeasureOptions): Promise<Measurement> {
  const useTime = gnuTimeAvailable();
  const timeFile = `${options.logFile}.time`;
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%e %M', '-o', timeFile, command, ...args]] : [command, args];
  const log = createWriteStream(options.logFile);
  const started = process.hrtime.bigint();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  child.stdout.pipe(log, { end: false });
  child.stderr.on('data', (chunk: Buffer) => {
    log.write(chunk);
    tail = (tail + chunk.toString('utf8')).slice(-4000);
  });

  let hwmKb = 0;
  // /proc fallback: with GNU time the pid would be time's own, so poll only without it.
  const poll = useTime
    ? undefined
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) hwmKb = Math.max(hwmKb, Number(m[1]));
        } catch {
          // The process may have exited between polls.
        }
      }, 25);
  let timedOut = false;
  const timer = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, options.timeoutMs)
    : undefined;

  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, s) => resolve({ code: c, signal: s }));
  });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (poll) clearInterval(poll);
  if (timer) clearTimeout(timer);
  await new Promise<void>((resolve) => log.end(resolve));

  let peakRssBytes: number | undefined;
  let method: Measurement['method'] = 'none';
  if (useTime) {
    try {
      // On failure GNU time prefixes "Command exited with non-zero status N"; the figures are the last line.
      const lines = (await readFile(timeFile, 'utf8')).trim().split('\n');
      const m = /^([\d.]+) (\d+)$/.exec(lines[lines.length - 1]!.trim());
      if (m) {
        peakRssBytes = Number(m[2]) * 1024;
        method = 'gnu-time';
      }
    } catch {
      // No time file: the child was killed before GNU time could write it.
    }
  } else if (hwmKb > 0) {
    peakRssBytes = hwmKb * 1024;
    method = 'proc-status';
  }
  // GNU time reports the wrapped command's exit status as its own.
  return { wallSeconds, peakRssBytes, exitCode: code, signal, method, stderrTail: tail.trim(), timedOut };
}

/** Components in a CycloneDX JSON document (nested ones included), with and without a purl. */
export interface ComponentCount {
  components: number;
  withPurl: number;
  uniquePurls: number;
  /** purl type (npm, pypi, golang, …) → components with a purl of that type. */
  byType: Record<string, number>;
}

export async function countCycloneDxComponents(file: string): Promise<ComponentCount> {
  const doc = JSON.parse(await readFile(file, 'utf8')) as { components?: unknown[] };
  const result: ComponentCount = { components: 0, withPurl: 0, uniquePurls: 0, byType: {} };
  const purls = new Set<string>();
  const stack: unknown[] = [...(doc.components ?? [])];
  while (stack.length > 0) {
    const c = stack.pop() as { purl?: unknown; components?: unknown[] } | null;
    if (!c || typeof c !== 'object') continue;
    result.components++;
    if (typeof c.purl === 'string' && c.purl.startsWith('pkg:')) {
      result.withPurl++;
      purls.add(c.purl);
      const type = c.purl.slice(4, c.purl.indexOf('/') > 4 ? c.purl.indexOf('/') : undefined);
      result.byType[type] = (result.byType[type] ?? 0) + 1;
    }
    if (Array.isArray(c.components)) stack.push(...c.components);
  }
  result.uniquePurls = purls.size;
  return result;
}
