/**
 * Terraform for the misconfig scanner: each `*.tf` file becomes one `iac` doc holding its own resources,
 * resolved with the variables, locals and resources of every `.tf` file of its directory (a module), and
 * `terraform show -json` plan output becomes resources from `planned_values`.
 */
import path from 'node:path';
import type { IacDoc } from '../../detectors/misconfig/check.js';
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

/** Other `.tf` files of the module: parsed when readable; a broken sibling is that file's own parse error. */
async function moduleFiles(input: AnalyzerInput, own: ModuleFile): Promise<ModuleFile[]> {
  const dir = path.posix.dirname(input.path);
  const names = (await input.siblings.listDir?.(dir === '.' ? '' : dir)) ?? [];
  const files: ModuleFile[] = [own];
  for (const name of names) {
    const rel = dir === '.' ? name : `${dir}/${name}`;
    if (!name.endsWith('.tf') || rel === input.path) continue;
    const bytes = await input.siblings.readFile(rel);
    const body = bytes && parseSibling(rel, decodeText(bytes));
    if (body) files.push({ path: rel, body });
  }
  return files;
}

export async function analyzeTerraform(input: AnalyzerInput): Promise<AnalyzerOutput> {
  const text = input.text();
  if (input.path.endsWith('.json')) {
    const resources = planResources(text, input.path);
    if (!resources) return {};
    const doc: IacDoc = { platform: 'terraform', text, resources };
    return { docs: [{ kind: 'iac', path: input.path, content: doc }] };
  }
  const own: ModuleFile = { path: input.path, body: parseHcl(text) };
  const files = await moduleFiles(input, own);
  const resources = moduleResources(files).filter((r) => r.path === input.path);
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
