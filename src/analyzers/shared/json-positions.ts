/**
 * A small JSON / JSONC parser that remembers where each object, array and object key starts, so the
 * npm-family analyzers can give every package the line of its own entry without searching the text
 * again (which is quadratic on big lockfiles). JSON.parse gives no positions, hence this.
 *
 * Grammar: RFC 8259 (https://www.rfc-editor.org/rfc/rfc8259), plus, when asked, the JSONC extensions
 * bun.lock uses (https://bun.sh/docs/install/lockfile): `//` and `/* *\/` comments and trailing commas.
 * Objects are built without a prototype so keys such as `__proto__` are plain data.
 */

export interface JsonSpan {
  /** Offset of the opening `{` / `[`. */
  start: number;
  /** Offset just past the closing `}` / `]`. */
  end: number;
  /** For objects: offset of each key's opening quote (last occurrence wins, as in JSON.parse). */
  keys?: Map<string, number>;
}

export interface ParsedJson {
  value: unknown;
  /** Position of every object and array in `value`. */
  spans: WeakMap<object, JsonSpan>;
}

export interface JsonOptions {
  jsonc?: boolean;
  /** Nesting deeper than this is rejected (guards the recursion against hostile input). */
  maxDepth?: number;
}

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseJsonWithPositions(text: string, options: JsonOptions = {}): ParsedJson {
  const jsonc = options.jsonc ?? false;
  const maxDepth = options.maxDepth ?? 512;
  const spans = new WeakMap<object, JsonSpan>();
  let i = 0;
  const n = text.length;

  const fail = (msg: string): never => {
    let line = 1;
    for (let k = 0; k < i && k < n; k++) if (text.charCodeAt(k) === 10) line++;
    throw new Error(`invalid JSON at line ${line}: ${msg}`);
  };

  const skip = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        i++;
      } else if (jsonc && c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? n : nl + 1;
      } else if (jsonc && c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
        const close = text.indexOf('*/', i + 2);
        if (close < 0) fail('unterminated comment');
        i = close + 2;
      } else {
        break;
      }
    }
  };

  const parseString = (): string => {
    const start = i; // at the opening quote
    let j = i + 1;
    let escaped = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 34 /* " */) break;
      if (c === 92 /* \ */) {
        escaped = true;
        j += 2;
        continue;
      }
      if (c < 32) {
        i = j;
        fail('control character in string');
      }
      j++;
    }
    if (j >= n) {
      i = start;
      fail('unterminated string');
    }
    i = j + 1;
    if (!escaped) return text.slice(start + 1, j);
    try {
      return JSON.parse(text.slice(start, j + 1)) as string;
    } catch {
      i = start;
      return fail('bad escape in string');
    }
  };

  const parseValue = (depth: number): unknown => {
    if (depth > maxDepth) fail(`nesting deeper than ${maxDepth}`);
    skip();
    const c = text[i];
    if (c === '{') {
      const start = i++;
      const obj = Object.create(null) as JsonObject;
      const keys = new Map<string, number>();
      skip();
      if (text[i] === '}') {
        i++;
      } else {
        for (;;) {
          skip();
          if (jsonc && text[i] === '}') {
            i++;
            break;
          }
          if (text[i] !== '"') fail('expected a string key');
          const keyAt = i;
          const key = parseString();
          skip();
          if (text[i] !== ':') fail("expected ':'");
          i++;
          obj[key] = parseValue(depth + 1);
          keys.set(key, keyAt);
          skip();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === '}') {
            i++;
            break;
          }
          fail("expected ',' or '}'");
        }
      }
      spans.set(obj, { start, end: i, keys });
      return obj;
    }
    if (c === '[') {
      const start = i++;
      const arr: unknown[] = [];
      skip();
      if (text[i] === ']') {
        i++;
      } else {
        for (;;) {
          skip();
          if (jsonc && text[i] === ']') {
            i++;
            break;
          }
          arr.push(parseValue(depth + 1));
          skip();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === ']') {
            i++;
            break;
          }
          fail("expected ',' or ']'");
        }
      }
      spans.set(arr, { start, end: i });
      return arr;
    }
    if (c === '"') return parseString();
    if (text.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return false;
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return null;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m && m[0].length > 0) {
      i += m[0].length;
      return Number(m[0]);
    }
    return fail(i >= n ? 'unexpected end of input' : `unexpected character '${text[i]}'`);
  };

  const value = parseValue(0);
  skip();
  if (i < n) fail('unexpected content after the document');
  return { value, spans };
}
