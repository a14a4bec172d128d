/**
 * Helpers for Dockerfile checks: the stage value (src/analyzers/dockerfile/parse.ts) and a small,
 * quote-aware split of RUN commands into simple commands (`a && b | c; d` → [a], [b], [c], [d]).
 * Not a full shell parser: enough to see which programs a RUN calls and with which arguments.
 */
import type { DockerInstruction, DockerStage } from '../../../../analyzers/dockerfile/parse.js';
import type { ParsedResource } from '../../check.js';

export type { DockerInstruction, DockerStage };

export function stageOf(r: ParsedResource): DockerStage {
  return r.value as DockerStage;
}

/** Each instruction with its index (the `at` path is ['instructions', index]). */
export function instructions(stage: DockerStage, cmd?: string): { ins: DockerInstruction; index: number }[] {
  const out: { ins: DockerInstruction; index: number }[] = [];
  stage.instructions.forEach((ins, index) => {
    if (cmd === undefined || ins.cmd === cmd) out.push({ ins, index });
  });
  return out;
}

export function at(index: number): ['instructions', number] {
  return ['instructions', index];
}

/** Words of a shell string, honouring quotes and backslash escapes; operators become their own words. */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let cur = '';
  let has = false;
  let q: '"' | "'" | undefined;
  const push = () => {
    if (has) words.push(cur);
    cur = '';
    has = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === q) q = undefined;
      else if (c === '\\' && q === '"' && i + 1 < text.length) cur += text[++i];
      else cur += c;
      continue;
    }
    if (c === '"' || c === "'") {
      q = c;
      has = true;
    } else if (c === '\\' && i + 1 < text.length) {
      const n = text[++i]!;
      if (n !== '\n') {
        cur += n;
        has = true;
      }
    } else if (c === ' ' || c === '\t' || c === '\r') {
      push();
    } else if (c === '\n' || c === ';' || c === '(' || c === ')' || c === '`') {
      push();
      words.push(';');
    } else if (c === '&' || c === '|') {
      push();
      const two = text[i + 1] === c;
      if (two) i++;
      words.push(two ? c + c : c);
    } else {
      cur += c;
      has = true;
    }
  }
  push();
  return words;
}

export const OPERATORS = new Set([';', '&&', '||', '|', '&']);

/** Simple commands of a shell string, each as its words (env assignments and `sudo`/`exec` kept). */
export function shellCommands(text: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const w of shellWords(text)) {
    if (OPERATORS.has(w)) {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(w);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** The shell text a RUN executes: the exec form joined with spaces, heredoc bodies included. */
export function runText(ins: DockerInstruction): string {
  return ins.json ? ins.json.join(' ') : ins.value;
}

/** Commands of a RUN with leading `VAR=x`, `sudo`, `command`, `exec`, `env` stripped, program first. */
export function runCommands(ins: DockerInstruction): string[][] {
  return shellCommands(runText(ins)).map((words) => {
    let i = 0;
    while (i < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!) || ['sudo', 'command', 'exec', 'env', 'nohup', 'time'].includes(words[i]!))) {
      i++;
      // sudo's own options (`sudo -u app …`) are not the program.
      while (i < words.length && words[i - 1] === 'sudo' && words[i]!.startsWith('-')) i += words[i] === '-u' || words[i] === '-g' ? 2 : 1;
    }
    const rest = words.slice(i);
    if (rest[0]) rest[0] = rest[0].replace(/^.*\//, ''); // /usr/bin/apt-get → apt-get
    return rest;
  });
}

/** `apt-get install`-like calls: the program, its sub-command word index, and the package arguments. */
export function packageArgs(words: readonly string[], from: number): string[] {
  return words.slice(from).filter((w) => !w.startsWith('-') && !w.includes('$(') && w !== '');
}

/** Does this simple command run `prog sub` (`apt-get install`, `apk add`)? Returns the index after sub. */
export function subcommand(words: readonly string[], progs: readonly string[], subs: readonly string[]): number | undefined {
  if (!progs.includes(words[0] ?? '')) return undefined;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith('-')) continue;
    return subs.includes(w) ? i + 1 : undefined;
  }
  return undefined;
}

export const DOCKER_REFS = {
  bestPractices: 'https://docs.docker.com/build/building/best-practices/',
  reference: 'https://docs.docker.com/reference/dockerfile/',
  cis: 'https://www.cisecurity.org/benchmark/docker',
  hadolint: 'https://github.com/hadolint/hadolint#rules',
} as const;
