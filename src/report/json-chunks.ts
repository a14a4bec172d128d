/**
 * JSON.stringify(value, null, 2) + '\n', produced in pieces: top-level arrays and the arrays of
 * top-level objects are emitted one element at a time, so a 170 MB SBOM never exists as one string.
 * The bytes are identical to the one-shot form (json-chunks.test.ts checks it).
 */
function indentLines(text: string, indent: string): string {
  return text.replace(/\n/g, '\n' + indent);
}

function* arrayChunks(items: readonly unknown[], indent: string): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  yield '[';
  const inner = indent + '  ';
  for (let i = 0; i < items.length; i++) {
    yield '\n' + inner + indentLines(JSON.stringify(items[i], null, 2), inner) + (i < items.length - 1 ? ',' : '');
  }
  yield '\n' + indent + ']';
}

function* valueChunks(value: unknown, indent: string, depth: number): Generator<string> {
  if (Array.isArray(value) && depth <= 1) {
    yield* arrayChunks(value, indent);
    return;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && depth === 0) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
    if (entries.length === 0) {
      yield '{}';
      return;
    }
    yield '{';
    const inner = indent + '  ';
    for (let i = 0; i < entries.length; i++) {
      const [k, v] = entries[i]!;
      yield '\n' + inner + JSON.stringify(k) + ': ';
      yield* valueChunks(v, inner, depth + 1);
      if (i < entries.length - 1) yield ',';
    }
    yield '\n' + indent + '}';
    return;
  }
  yield indentLines(JSON.stringify(value, null, 2), indent);
}

export function* jsonChunks(value: unknown): Generator<string> {
  yield* valueChunks(value, '', 0);
  yield '\n';
}
