/**
 * Suppressions of misconfiguration findings. Both kinds keep the finding (marked `suppressed`) so
 * audits see what was waived and why:
 * - inline comments `# palisade:ignore:PAL-K8S-001[,PAL-K8S-002] reason` (or `// …` for HCL and
 *   JSON-ish files) on the offending line, the line above it, or the resource's first line (or the line
 *   above that);
 * - for Kubernetes, the annotation `palisade.dev/ignore: "PAL-K8S-001,PAL-K8S-002"` on the resource's
 *   own metadata.
 */
import type { Suppression } from '../../core/model.js';
import type { ParsedResource } from './check.js';

export const IGNORE_ANNOTATION = 'palisade.dev/ignore';

interface InlineIgnore {
  ids: Set<string>;
  reason?: string;
}

/** 1-based line → ignore comments on that line. */
export type InlineIgnores = ReadonlyMap<number, InlineIgnore>;

const INLINE = /(?:#|\/\/|\/\*)\s*palisade:ignore:([A-Za-z0-9_.*-]+(?:\s*,\s*[A-Za-z0-9_.*-]+)*)(?:[ \t]+([^\r\n]*?))?\s*(?:\*\/)?\s*$/;

export function parseInlineIgnores(text: string): InlineIgnores {
  const out = new Map<number, InlineIgnore>();
  // Cheap pre-test: nearly every file has no suppression at all.
  if (!text.includes('palisade:ignore:')) return out;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('palisade:ignore:')) continue;
    const m = INLINE.exec(line);
    if (!m) continue;
    const ids = new Set(m[1]!.split(',').map((s) => s.trim().toUpperCase()));
    const reason = m[2]?.trim();
    out.set(i + 1, reason ? { ids, reason } : { ids });
  }
  return out;
}

function matches(ig: InlineIgnore | undefined, id: string): boolean {
  return ig !== undefined && (ig.ids.has(id.toUpperCase()) || ig.ids.has('*'));
}

/** The inline suppression that applies to a finding of `id` at `line` in `resource`, if any. */
export function inlineSuppression(
  ignores: InlineIgnores,
  id: string,
  line: number,
  resource: Pick<ParsedResource, 'startLine'>,
): Suppression | undefined {
  if (ignores.size === 0) return undefined;
  for (const l of [line, line - 1, resource.startLine, resource.startLine - 1]) {
    const ig = ignores.get(l);
    if (matches(ig, id)) return ig!.reason ? { kind: 'inline', reason: ig!.reason } : { kind: 'inline' };
  }
  return undefined;
}

/** Ids listed in the `palisade.dev/ignore` annotation of a Kubernetes resource (upper-cased). */
export function annotationIgnores(resource: ParsedResource): Set<string> | undefined {
  if (resource.platform !== 'kubernetes') return undefined;
  const v = resource.value as { metadata?: { annotations?: Record<string, unknown> } } | null;
  const raw = v && typeof v === 'object' ? v.metadata?.annotations?.[IGNORE_ANNOTATION] : undefined;
  if (typeof raw !== 'string') return undefined;
  return new Set(
    raw
      .split(/[,\s]+/)
      .map((s) => s.trim().toUpperCase())
      .filter((s) => s !== ''),
  );
}
