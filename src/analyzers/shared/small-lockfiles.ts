/**
 * Helpers shared by the small lockfile analyzers (gemfile-lock, composer-lock, nuget-lock, packages-config,
 * dotnet-deps, pubspec-lock, swift-resolved, podfile-lock, mix-lock, conan-lock): defensive JSON/YAML
 * decoding with clear errors, and locating an entry's line without a position-aware parser.
 */
import { isMap, isScalar, isSeq, parse as parseYaml, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../../core/model.js';
import { lineLocator } from './package.js';

/** Parse JSON, turning syntax errors into a message that names the format. */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new Error(`${what} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Parse YAML with a low alias budget: lockfiles never use anchors, so an anchor bomb
 * ("billion laughs") fails fast instead of expanding.
 */
export function parseYamlText(text: string, what: string): unknown {
  try {
    return parseYaml(text, { ...YAML_LIMITS, uniqueKeys: false, prettyErrors: false }) as unknown;
  } catch (err) {
    throw new Error(`${what} is not valid YAML: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const YAML_LIMITS = { maxAliasCount: 50 } as const;

export interface YamlWithLines {
  value: unknown;
  /** The parsed node at a path of map keys / sequence indexes, for position lookups. */
  node(path: (string | number)[]): unknown;
  /** 1-based line where a node (or a key of a map pair) starts. */
  lineOf(node: unknown): number | undefined;
}

/** Parse YAML keeping node positions, so entries get their real line without a text search. */
export function parseYamlWithLines(text: string, what: string): YamlWithLines {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) throw new Error(`${what} is not valid YAML: ${doc.errors[0]!.message}`);
  let value: unknown;
  try {
    value = doc.toJS(YAML_LIMITS) as unknown;
  } catch (err) {
    throw new Error(`${what} is not valid YAML: ${err instanceof Error ? err.message : String(err)}`);
  }
  const lineAt = lineLocator(text).lineAt;
  return {
    value,
    node: (path) => doc.getIn(path, true),
    lineOf: (node) => {
      const range = (node as Node | undefined)?.range;
      return range ? lineAt(range[0]) : undefined;
    },
  };
}

/** Key node → value node pairs of a YAML map node, in file order (empty for anything else). */
export function yamlMapEntries(node: unknown): { key: string; keyNode: unknown; value: unknown }[] {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) =>
    isScalar(pair.key) ? [{ key: String(pair.key.value), keyNode: pair.key, value: pair.value }] : [],
  );
}

/** Item nodes of a YAML sequence node (empty for anything else). */
export function yamlSeqItems(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

/** A plain (non-array) object, or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Finds entry lines by scanning forward: lockfiles list entries in file order, so each lookup starts
 * where the previous one matched and the whole pass stays linear. Falls back to a search from the
 * start when an entry is out of order.
 */
export function forwardFinder(text: string): (needle: string) => number | undefined {
  const loc = lineLocator(text);
  let cursor = 0;
  return (needle) => {
    const hit = loc.find(needle, cursor) ?? loc.find(needle, 0);
    if (!hit) return undefined;
    cursor = hit.offset + needle.length;
    return hit.line;
  };
}

/** A JSON-quoted key, as it appears in the file, for forwardFinder. */
export function jsonKey(key: string): string {
  return JSON.stringify(key);
}

export function info(code: string, message: string): Diagnostic {
  return { level: 'info', code, message };
}

export function warning(code: string, message: string): Diagnostic {
  return { level: 'warning', code, message };
}
