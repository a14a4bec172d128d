/**
 * Fast YAML for machine-written lockfiles (pnpm-lock.yaml, yarn berry's yarn.lock, …).
 *
 * Why js-yaml and not the `yaml` package here: `yaml` builds a full CST + Document and is ~5–10× slower
 * on a 300 KB pnpm lockfile (130 ms vs 15 ms warm), which dominates a monorepo scan. We need no
 * round-tripping, only values and the line of each entry, and lockfiles are written in plain block
 * style, so lines come from a cheap text scan (keyLines) instead of CST ranges.
 *
 * Alias bombs: js-yaml does not copy aliased nodes (they share one object), so parsing stays linear,
 * but walking the value as a tree could still explode. checkExpansion walks it once with a budget
 * proportional to the text size and rejects anything that expands beyond it.
 */
import jsyaml from 'js-yaml';

const MAX_DEPTH = 256;

/** Throws when the value, walked as a tree, has more nodes than the text could hold or is too deep. */
function checkExpansion(value: unknown, budget: number, what: string): void {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (++nodes > budget) throw new Error(`invalid ${what}: YAML aliases expand far beyond the file's size (alias bomb?)`);
    if (depth > MAX_DEPTH) throw new Error(`invalid ${what}: nesting deeper than ${MAX_DEPTH} levels`);
    if (Array.isArray(v)) for (const x of v) stack.push([x, depth + 1]);
    else for (const x of Object.values(v as Record<string, unknown>)) stack.push([x, depth + 1]);
  }
}

/** Parse YAML into plain values, throwing a clear Error on syntax errors, alias abuse or deep nesting. */
export function loadYaml(text: string, what: string): unknown {
  let value: unknown;
  try {
    value = jsyaml.load(text, { json: true });
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Error(`invalid ${what}: ${msg}`);
  }
  // A container node needs at least a couple of characters of text ("[]", "a:"), so a tree with more
  // nodes than characters can only come from aliases.
  checkExpansion(value, Math.max(1000, text.length), what);
  return value;
}

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}

/** The key of a block-mapping line (`key:`, `'quoted key':`, `"a", "b":`), or undefined. */
function keyOfLine(line: string, indent: number): string | undefined {
  const rest = line.slice(indent);
  if (rest === '' || rest.startsWith('#') || rest.startsWith('- ') || rest === '-') return undefined;
  const q = rest[0];
  if (q === '"' || q === "'") {
    // Quoted key: find the closing quote (doubled '' or \" escapes inside), then a colon.
    let i = 1;
    let out = '';
    while (i < rest.length) {
      const c = rest[i]!;
      if (q === "'" && c === "'" && rest[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      if (q === '"' && c === '\\' && i + 1 < rest.length) {
        out += rest[i + 1];
        i += 2;
        continue;
      }
      if (c === q) break;
      out += c;
      i++;
    }
    const after = rest.slice(i + 1);
    // yarn berry joins several descriptors in one quoted key: "a@npm:^1, a@npm:^1.2".
    return /^\s*:(\s|$)/.test(after) ? out : undefined;
  }
  const m = /^(.*?):(\s|$)/.exec(rest);
  return m ? m[1]!.trim() : undefined;
}

/**
 * Start and end line (1-based) of each key of a block mapping in the text, found by indentation.
 * `path` names the enclosing keys from the top (e.g. ['packages']); [] is the top-level mapping.
 * A flow-style or missing mapping gives an empty map (lines unknown rather than wrong).
 */
export function keyLines(text: string, path: readonly string[]): Map<string, { line: number; endLine: number }> {
  const out = new Map<string, { line: number; endLine: number }>();
  const lines = text.split('\n');
  let from = 0;
  let parentIndent = -1;
  for (const key of path) {
    let found = -1;
    for (let i = from; i < lines.length; i++) {
      const line = lines[i]!.replace(/\r$/, '');
      const ind = indentOf(line);
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      if (ind <= parentIndent) break;
      if (keyOfLine(line, ind) === key) {
        found = i;
        parentIndent = ind;
        break;
      }
    }
    if (found < 0) return out;
    from = found + 1;
  }
  let childIndent = -1;
  let current: { key: string; line: number; last: number } | undefined;
  const close = () => {
    if (current) out.set(current.key, { line: current.line, endLine: current.last });
  };
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const ind = indentOf(line);
    if (ind <= parentIndent) break;
    if (childIndent < 0) childIndent = ind;
    if (ind < childIndent) break;
    if (ind === childIndent) {
      const key = keyOfLine(line, ind);
      if (key !== undefined) {
        close();
        current = { key, line: i + 1, last: i + 1 };
        continue;
      }
    }
    if (current) current.last = i + 1;
  }
  close();
  return out;
}
