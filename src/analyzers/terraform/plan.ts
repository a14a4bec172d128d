/**
 * Resources of a Terraform plan in JSON (`terraform show -json <plan>`, format documented at
 * https://developer.hashicorp.com/terraform/internals/json-format): planned_values.root_module and its
 * child_modules, each resource's `values` as the resource value. JSON.parse keeps no positions, so a
 * resource's line is the line of its `"address"` and inner values point at the resource.
 */
import type { ParsedResource } from '../../detectors/misconfig/check.js';

interface PlanModule {
  resources?: { address?: string; mode?: string; type?: string; name?: string; values?: unknown }[];
  child_modules?: PlanModule[];
}

/** undefined when the JSON is not a plan (other `*plan*.json` files are not ours). */
export function planResources(text: string, path: string): ParsedResource[] | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const root = (doc as { planned_values?: { root_module?: PlanModule } } | null)?.planned_values?.root_module;
  if (!root || typeof root !== 'object') return undefined;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0,
      hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const all: ParsedResource[] = [];
  const visit = (m: PlanModule): void => {
    for (const r of m.resources ?? []) {
      if (r.mode === 'data' || !r.type || !r.address) continue;
      const at = text.indexOf(`"address": ${JSON.stringify(r.address)}`);
      const at2 = at >= 0 ? at : text.indexOf(`"address":${JSON.stringify(r.address)}`);
      const line = at2 >= 0 ? lineOf(at2) : 1;
      all.push({
        platform: 'terraform',
        type: r.type,
        name: r.address,
        path,
        startLine: line,
        endLine: line,
        value: compact(r.values ?? {}),
        lines: (p) => (p.length === 0 ? { startLine: line, endLine: line } : undefined),
        siblings: all,
      });
    }
    for (const c of m.child_modules ?? []) visit(c);
  };
  visit(root);
  return all;
}

/** Plans spell unset attributes as null and absent blocks as []: drop both so "missing" means missing, as in HCL. */
function compact(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(compact);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, e] of Object.entries(v)) {
    if (e === null || (Array.isArray(e) && e.length === 0)) continue;
    out[k] = compact(e);
  }
  return out;
}
