/**
 * Dockerfile → one ParsedResource per build stage, with `dockerfile-ast` (the parser behind the
 * Dockerfile language server: line continuations, the `# escape=` directive, heredocs, JSON form).
 * Reference: https://docs.docker.com/reference/dockerfile/
 *
 * Stage value (what checks and custom CEL conditions see):
 *   { index, name?, final, from: { image, tag?, digest?, platform?, raw, line },
 *     instructions: [{ cmd, value, args, flags, json?, startLine, endLine }] }
 * `value` is the argument text with continuations joined; `json` the exec-form array when the
 * arguments are a JSON array. ARGs before the first FROM belong to the first stage (`global: true`).
 */
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import type { ParsedResource } from '../../detectors/misconfig/check.js';

export interface DockerInstruction {
  /** Upper-case keyword: RUN, FROM, COPY, … */
  cmd: string;
  value: string;
  args: string[];
  /** `--from=build` → { from: 'build' }; a flag without value → ''. */
  flags: Record<string, string>;
  json?: string[];
  /** ARG before the first FROM. */
  global?: boolean;
  startLine: number;
  endLine: number;
}

export interface DockerStage {
  index: number;
  name?: string;
  /** The last stage: the image that ships. */
  final: boolean;
  /** `stage: true` when the image is an earlier stage of this file (`FROM build`). */
  from: { image: string; tag?: string; digest?: string; platform?: string; raw: string; line: number; stage?: boolean };
  instructions: DockerInstruction[];
}

function jsonForm(text: string): string[] | undefined {
  const t = text.trim();
  if (!t.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(t);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
  } catch {
    return undefined;
  }
}

function toInstruction(i: Instruction): DockerInstruction {
  const range = i.getRange();
  const value = (i.getArgumentsContent() ?? '').trim();
  const flags: Record<string, string> = {};
  const withFlags = i as Instruction & { getFlags?: () => { getName(): string; getValue(): string | null }[] };
  for (const f of withFlags.getFlags?.() ?? []) flags[f.getName()] = f.getValue() ?? '';
  const out: DockerInstruction = {
    cmd: i.getKeyword().toUpperCase(),
    value,
    args: i.getArguments().map((a) => a.getValue()),
    flags,
    startLine: range.start.line + 1,
    endLine: range.end.line + 1,
  };
  const json = jsonForm(value);
  if (json) out.json = json;
  return out;
}

/** Split a FROM argument list (`[--platform=x] image[:tag][@digest] [AS name]`). */
function parseFrom(ins: DockerInstruction): DockerStage['from'] & { stageName?: string } {
  const args = ins.args.filter((a) => !a.startsWith('--'));
  const raw = args[0] ?? '';
  const stageName = args.length >= 3 && args[1]!.toUpperCase() === 'AS' ? args[2] : undefined;
  let rest = raw;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  // A tag is after the last ':' that follows the last '/' (a registry may have a port: host:5000/img).
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag: string | undefined;
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const from: DockerStage['from'] & { stageName?: string } = { image: rest, raw, line: ins.startLine };
  if (tag !== undefined) from.tag = tag;
  if (digest !== undefined) from.digest = digest;
  if (ins.flags.platform !== undefined) from.platform = ins.flags.platform;
  if (stageName !== undefined) from.stageName = stageName;
  return from;
}

export function parseDockerfile(text: string, path: string): ParsedResource[] {
  const df = DockerfileParser.parse(text);
  const stages: DockerStage[] = [];
  const globals: DockerInstruction[] = [];
  for (const raw of df.getInstructions()) {
    const ins = toInstruction(raw);
    if (ins.cmd === 'FROM') {
      const { stageName, ...from } = parseFrom(ins);
      if (stages.some((s) => s.name !== undefined && s.name.toLowerCase() === from.raw.toLowerCase())) from.stage = true;
      const stage: DockerStage = { index: stages.length, final: false, from, instructions: [...globals, ins] };
      if (stageName !== undefined) stage.name = stageName;
      globals.length = 0;
      stages.push(stage);
    } else if (stages.length === 0) {
      globals.push({ ...ins, global: true });
    } else {
      stages[stages.length - 1]!.instructions.push(ins);
    }
  }
  if (stages.length > 0) stages[stages.length - 1]!.final = true;
  const resources: ParsedResource[] = [];
  for (const stage of stages) {
    const ins = stage.instructions;
    const first = stage.from.line;
    const last = ins.length > 0 ? Math.max(...ins.map((x) => x.endLine)) : first;
    resources.push({
      platform: 'dockerfile',
      type: 'stage',
      name: stage.name ? `stage ${stage.name}` : `stage ${stage.index} (${stage.from.raw})`,
      path,
      startLine: first,
      endLine: last,
      value: stage,
      lines(at) {
        if (at[0] === 'from') return { startLine: first, endLine: first };
        if (at[0] === 'instructions' && typeof at[1] === 'number') {
          const x = ins[at[1]];
          return x ? { startLine: x.startLine, endLine: x.endLine } : undefined;
        }
        return undefined;
      },
      siblings: resources,
    });
  }
  return resources;
}
