/**
 * Terraform for the misconfig scanner: each `*.tf` file becomes one `iac` doc holding its own resources,
 * resolved with the variables, locals and resources of every `.tf` file of its directory (a module), and
 * `terraform show -json` plan output becomes resources from `planned_values`.
 */
import path from 'node:path';
import type { IacDoc, ParsedResource } from '../../detectors/misconfig/check.js';
import type { Analyzer, AnalyzerInput, AnalyzerOutput } from '../types.js';
import { decodeText } from '../../core/text.js';
import { parseHcl } from './hcl.js';
import { planResources } from './plan.js';
import { moduleResources, type ModuleFile } from './resolve.js';

// Every file of a module reads and parses all the others, so without this a module of n files is parsed
// n times. Recent parses are kept by path and reused only when the text is identical (so a long-running
// process never sees a stale parse); 64 entries cover the modules a worker is busy with.
const recentParses = new Map<string, { text: string; body: ModuleFile['body'] | null }>();
const RECENT_PARSES = 64;

export function parseSibling(rel: string, text: string): ModuleFile['body'] | null {
  const hit = recentParses.get(rel);
  if (hit && hit.text === text) return hit.body;
  let body: ModuleFile['body'] | null;
  try {
    body = parseHcl(text);
  } catch {
    body = null; // reported when that file itself is analyzed
  }
  recentParses.delete(rel);
  recentParses.set(rel, { text, body });
  if (recentParses.size > RECENT_PARSES) recentParses.delete(recentParses.keys().next().value as string);
  return body;
}

// Resolved resources of the modules a worker saw last, keyed by directory and reused only when every
// file of the module has the same text: the n files of a module would otherwise each resolve the whole
// module again (quadratic; 1,000-file modules exist in monorepos).
const recentModules = new Map<string, { texts: Map<string, string>; resources: ParsedResource[] }>();
const RECENT_MODULES = 8;

/** Texts of every `.tf` file of the module (the analyzed file's own text included), by path, sorted. */
async function moduleTexts(input: AnalyzerInput, ownText: string): Promise<Map<string, string>> {
  const dir = path.posix.dirname(input.path);
  const names = (await input.siblings.listDir?.(dir === '.' ? '' : dir)) ?? [];
  const texts = new Map<string, string>();
  for (const name of names) {
    const rel = dir === '.' ? name : `${dir}/${name}`;
    if (!name.endsWith('.tf')) continue;
    if (rel === input.path) texts.set(rel, ownText);
    else {
      const bytes = await input.siblings.readFile(rel);
      if (bytes) texts.set(rel, decodeText(bytes));
    }
  }
  // listDir unavailable or the file vanished from the listing: the file is a module of its own.
  if (!texts.has(input.path)) texts.set(input.path, ownText);
  return new Map([...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function sameTexts(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** Every resource of the module, resolved with the module's variables, locals and policy documents. */
function resolvedModule(dir: string, texts: Map<string, string>): ParsedResource[] {
  const hit = recentModules.get(dir);
  if (hit && sameTexts(hit.texts, texts)) return hit.resources;
  const files: ModuleFile[] = [];
  for (const [rel, text] of texts) {
    // A broken sibling is left out here; it is reported as a parse error when that file is analyzed.
    const body = parseSibling(rel, text);
    if (body) files.push({ path: rel, body });
  }
  const resources = moduleResources(files);
  recentModules.delete(dir);
  recentModules.set(dir, { texts, resources });
  if (recentModules.size > RECENT_MODULES) recentModules.delete(recentModules.keys().next().value as string);
  return resources;
}

export async function analyzeTerraform(input: AnalyzerInput): Promise<AnalyzerOutput> {
  const text = input.text();
  if (input.path.endsWith('.json')) {
    const resources = planResources(text, input.path);
    if (!resources) return {};
    const doc: IacDoc = { platform: 'terraform', text, resources };
    return { docs: [{ kind: 'iac', path: input.path, content: doc }] };
  }
  // The file's own syntax errors are its own diagnostics (parseHcl throws with the line).
  if (!parseSibling(input.path, text)) parseHcl(text);
  const texts = await moduleTexts(input, text);
  const resources = resolvedModule(path.posix.dirname(input.path), texts).filter(
    (r) => r.path === input.path,
  );
  const doc: IacDoc = { platform: 'terraform', text, resources };
  return { docs: [{ kind: 'iac', path: input.path, content: doc }] };
}

export const terraform: Analyzer = {
  id: 'terraform',
  scanners: ['misconfig'],
  version: 1,
  claims: {
    // Plan JSON has no fixed name; `terraform show -json plan.out > tfplan.json` is the documented habit.
    patterns: [/\.tf$/, /(^|\/)[^/]*(tfplan|plan)[^/]*\.json$/i],
    exclude: [/(^|\/)\.terraform\//],
  },
  analyze: analyzeTerraform,
};
