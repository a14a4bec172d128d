/**
 * YAML with line positions for IaC analyzers (compose, GitHub Actions, …): the `yaml` package's
 * Document keeps every node's source range; a LineCounter turns offsets into 1-based lines. A value's
 * range runs from its key (so `ports:` followed by a block list starts at the `ports:` line) to the
 * last character of the value.
 */
import type { ParsedResource } from './check.js';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface LineRange {
  startLine: number;
  endLine: number;
}

export interface PositionedYaml {
  value: unknown;
  /** Line range of the value at `path` (from the document root); undefined when absent. */
  lines(path: readonly (string | number)[]): LineRange | undefined;
}

/** Aliases are expanded by toJS; cap them so a billion-laughs file cannot blow up memory. */
const MAX_ALIASES = 1000;

function keyText(n: unknown): string | undefined {
  if (isScalar(n)) return String(n.value);
  return undefined;
}

/** Parse one YAML document; throws Error with the first syntax error. */
export function parseYamlWithLines(text: string, what: string): PositionedYaml {
  const lc = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) throw new Error(`invalid ${what}: ${doc.errors[0]!.message.split('\n')[0]}`);
  const value = doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown;
  const lineOf = (offset: number) => lc.linePos(offset).line;
  const endLineOf = (start: number, end: number) => {
    // Ranges of block values end after their last newline: step back to the last real character.
    let e = Math.max(start, end - 1);
    while (e > start && /\s/.test(text[e]!)) e--;
    return lineOf(e);
  };
  return {
    value,
    lines(path) {
      let node: unknown = doc.contents;
      let start: number | undefined;
      for (const seg of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(seg));
          if (!pair) return undefined;
          start = (pair.key as Node | null)?.range?.[0];
          node = pair.value;
          if (!node) return start === undefined ? undefined : { startLine: lineOf(start), endLine: lineOf(start) };
        } else if (isSeq(node) && typeof seg === 'number') {
          node = node.items[seg];
          start = (node as Node | undefined)?.range?.[0];
        } else {
          return undefined;
        }
      }
      const range = (node as Node | null)?.range;
      if (!range) return undefined;
      const s = start ?? range[0];
      return { startLine: lineOf(s), endLine: Math.max(lineOf(s), endLineOf(range[0], range[1])) };
    },
  };
}

/** A ParsedResource for the value at `prefix` of a positioned YAML document. */
export function yamlResource(
  y: PositionedYaml,
  init: { platform: ParsedResource['platform']; type: string; name: string; path: string; prefix: readonly (string | number)[]; value: unknown },
  siblings: readonly ParsedResource[],
): ParsedResource | undefined {
  const range = y.lines(init.prefix);
  if (!range) return undefined;
  const prefix = init.prefix;
  return {
    platform: init.platform,
    type: init.type,
    name: init.name,
    path: init.path,
    startLine: range.startLine,
    endLine: range.endLine,
    value: init.value,
    lines: (at) => y.lines([...prefix, ...at]),
    siblings,
  };
}
