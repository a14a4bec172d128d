/**
 * Reads version-ordering vector files (`<a> <op> <b>` per line, op one of `<` `=` `>`), the format of
 * ../../../shared/testdata/versions (osv-scalibr `semantic/testdata`) and of each scheme's own `cases.txt`.
 * Used by the versioning tests; pure, no I/O.
 */
import type { VersionScheme } from './types.js';

export interface ComparisonVector {
  a: string;
  op: '<' | '=' | '>';
  b: string;
  /** 1-based line number in the file, for failure messages. */
  line: number;
}

/** A line that is neither blank, a comment, nor a well-formed vector. */
export interface MalformedLine {
  line: number;
  text: string;
}

/**
 * Splits a vector file. Comments start with `#` or `//` (osv-scalibr uses `# ` and `// `, osv.dev's packagist
 * file uses `//`; no version starts with either). A malformed line is returned, never dropped silently.
 */
export function parseVectorFile(text: string): { vectors: ComparisonVector[]; malformed: MalformedLine[] } {
  const vectors: ComparisonVector[] = [];
  const malformed: MalformedLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    if (raw.trim() === '' || raw.startsWith('#') || raw.startsWith('//')) continue;
    const parts = raw.split(' ');
    const op = parts[1];
    if (parts.length !== 3 || (op !== '<' && op !== '=' && op !== '>') || !parts[0] || !parts[2]) {
      malformed.push({ line: i + 1, text: raw });
      continue;
    }
    vectors.push({ a: parts[0], op, b: parts[2], line: i + 1 });
  }
  return { vectors, malformed };
}

/** Lines of a validity list (one version per line; `#` comments). */
export function parseVersionList(text: string): { version: string; line: number }[] {
  const out: { version: string; line: number }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    out.push({ version: raw, line: i + 1 });
  }
  return out;
}

/**
 * Checks one vector both ways (`a < b` ⇒ compare(a,b) < 0 and compare(b,a) > 0; `a = b` ⇒ both 0).
 * Returns a readable failure, or undefined when it holds. A throw counts as a failure.
 */
export function checkVector(scheme: VersionScheme, v: ComparisonVector): string | undefined {
  const want = v.op === '<' ? -1 : v.op === '>' ? 1 : 0;
  let forward: number;
  let backward: number;
  try {
    forward = Math.sign(scheme.compare(v.a, v.b));
    backward = Math.sign(scheme.compare(v.b, v.a));
  } catch (err) {
    return `line ${v.line}: ${v.a} ${v.op} ${v.b}: threw ${String(err)}`;
  }
  if (forward === want && backward === -want) return undefined;
  return `line ${v.line}: ${v.a} ${v.op} ${v.b}: compare(a,b)=${forward}, compare(b,a)=${backward}`;
}

/** Every failing vector of a file's text, plus its malformed lines. */
export function failuresIn(scheme: VersionScheme, text: string): string[] {
  const { vectors, malformed } = parseVectorFile(text);
  const failures = malformed.map((m) => `line ${m.line}: malformed vector ${JSON.stringify(m.text)}`);
  for (const v of vectors) {
    const f = checkVector(scheme, v);
    if (f !== undefined) failures.push(f);
  }
  return failures;
}
