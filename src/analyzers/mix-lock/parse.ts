/**
 * mix.lock, the lockfile of Elixir's Mix (written by Mix.Dep.Lock, https://hexdocs.pm/mix/Mix.Tasks.Deps.html;
 * entry shapes from Hex's Hex.SCM and Mix.SCM.Git). It is an Elixir map literal, read here by a small
 * tokenizer and parser, never evaluated:
 *
 *   %{
 *     "plug": {:hex, :plug, "1.14.2", "<inner sha>", [:mix], [{:mime, "~> 1.0 or ~> 2.0", [hex: :mime, repo: "hexpm", optional: false]}], "hexpm", "<outer sha>"},
 *     "ranch": {:hex, :ranch, "1.8.0", "<sha>"},                                   (Hex < 0.20: 4 elements)
 *     "my_dep": {:git, "https://github.com/org/my_dep.git", "<sha>", [branch: "main"]},
 *   }
 *
 * Git dependencies record a commit, not a version, so they are skipped with an info diagnostic. An entry that
 * does not parse is skipped with a warning and the rest of the file is still read.
 */
import type { Diagnostic, Package } from '../../core/model.js';
import { purlFor } from '../../core/purl.js';
import { lineLocator, makePackage } from '../shared/package.js';
import { info, warning } from '../shared/small-lockfiles.js';

type Token =
  | { t: 'punct'; v: '%{' | '{' | '}' | '[' | ']' | ',' | '=>'; at: number }
  | { t: 'atom'; v: string; at: number }
  | { t: 'string'; v: string; at: number }
  | { t: 'key'; v: string; at: number } // `name:` or `"name":`
  | { t: 'word'; v: string; at: number }; // true/false/nil, numbers, aliases

type Value =
  | string
  | { atom: string }
  | Value[]
  | { tuple: Value[] }
  | { kw: string; value: Value }
  | { map: [Value, Value][] }
  | null;

const MAX_DEPTH = 64;

function readString(src: string, start: number): { value: string; end: number } {
  let out = '';
  let i = start + 1;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '"') return { value: out, end: i + 1 };
    if (ch === '\\') {
      const next = src[i + 1];
      out += next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? '');
      i += 2;
      continue;
    }
    out += ch;
    i++;
  }
  throw new Error(`mix.lock: unterminated string starting at offset ${start}`);
}

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (ch === '%' && src[i + 1] === '{') {
      tokens.push({ t: 'punct', v: '%{', at: i });
      i += 2;
    } else if (ch === '=' && src[i + 1] === '>') {
      tokens.push({ t: 'punct', v: '=>', at: i });
      i += 2;
    } else if ('{}[],'.includes(ch)) {
      tokens.push({ t: 'punct', v: ch as '{', at: i });
      i++;
    } else if (ch === '"') {
      const s = readString(src, i);
      // `"name": value` is keyword syntax with a quoted key.
      if (src[s.end] === ':' && /\s/.test(src[s.end + 1] ?? '')) {
        tokens.push({ t: 'key', v: s.value, at: i });
        i = s.end + 1;
      } else {
        tokens.push({ t: 'string', v: s.value, at: i });
        i = s.end;
      }
    } else if (ch === ':' && src[i + 1] === '"') {
      const s = readString(src, i + 1);
      tokens.push({ t: 'atom', v: s.value, at: i });
      i = s.end;
    } else if (ch === ':' && /[\w@]/.test(src[i + 1] ?? '')) {
      const m = /^[\w@]+[?!]?/.exec(src.slice(i + 1, i + 256))!;
      tokens.push({ t: 'atom', v: m[0], at: i });
      i += 1 + m[0].length;
    } else if (/[\w.]/.test(ch)) {
      const m = /^[\w.@]+[?!]?/.exec(src.slice(i, i + 256))!;
      if (src[i + m[0].length] === ':' && /\s/.test(src[i + m[0].length + 1] ?? '')) {
        tokens.push({ t: 'key', v: m[0], at: i });
        i += m[0].length + 1;
      } else {
        tokens.push({ t: 'word', v: m[0], at: i });
        i += m[0].length;
      }
    } else {
      throw new Error(`mix.lock: unexpected character ${JSON.stringify(ch)} at offset ${i}`);
    }
  }
  return tokens;
}

class Parser {
  pos = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  isPunct(v: string): boolean {
    const tok = this.peek();
    return tok?.t === 'punct' && tok.v === v;
  }

  expect(v: string): void {
    if (!this.isPunct(v)) throw new Error(`expected "${v}"`);
    this.pos++;
  }

  /** Comma-separated items up to `close`; trailing commas are allowed, as in Elixir lists and maps. */
  items<T>(close: string, item: () => T): T[] {
    const out: T[] = [];
    while (!this.isPunct(close)) {
      if (!this.peek()) throw new Error(`missing "${close}"`);
      out.push(item());
      if (this.isPunct(',')) this.pos++;
      else if (!this.isPunct(close)) throw new Error(`expected "," or "${close}"`);
    }
    this.pos++;
    return out;
  }

  value(depth: number): Value {
    if (depth > MAX_DEPTH) throw new Error('nesting too deep');
    const tok = this.peek();
    if (!tok) throw new Error('unexpected end of input');
    this.pos++;
    switch (tok.t) {
      case 'string':
        return tok.v;
      case 'atom':
        return { atom: tok.v };
      case 'word':
        return tok.v === 'nil' ? null : tok.v;
      case 'key':
        return { kw: tok.v, value: this.value(depth + 1) };
      case 'punct':
        if (tok.v === '{') return { tuple: this.items('}', () => this.value(depth + 1)) };
        if (tok.v === '[') return this.items(']', () => this.value(depth + 1));
        if (tok.v === '%{') return { map: this.items('}', () => this.pair(depth + 1)) };
        throw new Error(`unexpected "${tok.v}"`);
    }
  }

  pair(depth: number): [Value, Value] {
    const tok = this.peek();
    if (tok?.t === 'key') {
      this.pos++;
      return [tok.v, this.value(depth)];
    }
    const key = this.value(depth);
    this.expect('=>');
    return [key, this.value(depth)];
  }

  /** After a broken entry: skip to the comma that ends it (same nesting level) or to the map's end. */
  skipEntry(): void {
    let depth = 0;
    while (this.pos < this.tokens.length) {
      const tok = this.tokens[this.pos]!;
      if (tok.t === 'punct') {
        if (tok.v === '{' || tok.v === '[' || tok.v === '%{') depth++;
        else if (tok.v === '}' || tok.v === ']') {
          if (depth === 0) return;
          depth--;
        } else if (tok.v === ',' && depth === 0) {
          this.pos++;
          return;
        }
      }
      this.pos++;
    }
  }
}

const atomOf = (v: Value | undefined) => (v && typeof v === 'object' && 'atom' in v ? v.atom : undefined);

export function parseMixLock(
  text: string,
  path: string,
  foundBy: string,
): { packages: Package[]; diagnostics: Diagnostic[] } {
  const tokens = tokenize(text);
  const diagnostics: Diagnostic[] = [];
  if (tokens.length === 0) return { packages: [], diagnostics };
  const p = new Parser(tokens);
  if (!p.isPunct('%{')) throw new Error('mix.lock does not start with a map (%{)');
  p.pos++;
  const { lineAt } = lineLocator(text);
  const entries: { key: string; name: string; version: string; line: number; deps: string[]; purl?: string }[] = [];
  while (!p.isPunct('}')) {
    const keyTok = p.peek();
    if (!keyTok) {
      // A truncated file still yields the entries before the cut.
      diagnostics.push(warning('parse-error', 'mix.lock: the map is not closed (truncated file?)'));
      break;
    }
    const line = lineAt(keyTok.at);
    const start = p.pos;
    let entry: [Value, Value];
    try {
      entry = p.pair(1);
      if (p.isPunct(',')) p.pos++;
      else if (!p.isPunct('}')) throw new Error('expected "," or "}"');
    } catch (err) {
      diagnostics.push(
        warning(
          'parse-error',
          `mix.lock: entry at line ${line} skipped: ${err instanceof Error ? err.message : String(err)}`,
        ),
      );
      p.pos = start;
      p.skipEntry();
      // A stray closing bracket would stop skipEntry where it started: step over it so the loop always advances.
      if (p.pos === start && !p.isPunct('}')) p.pos++;
      continue;
    }
    const [key, value] = entry;
    const tuple = value && typeof value === 'object' && 'tuple' in value ? value.tuple : undefined;
    const scm = atomOf(tuple?.[0]);
    if (typeof key !== 'string' || !tuple || !scm) {
      diagnostics.push(
        warning('parse-error', `mix.lock: entry at line ${line} is not "name": {:scm, …}; skipped`),
      );
      continue;
    }
    if (scm === 'git' && typeof tuple[1] === 'string' && typeof tuple[2] === 'string') {
      // A git dependency is still a dependency (an SBOM must list it), but it has no release version:
      // report it with an empty version and the repository@commit in the purl, so it is never matched
      // against advisory ranges by accident and two commits stay two packages.
      const vcs = `git+${tuple[1]}@${tuple[2]}`;
      entries.push({ key, name: key, version: '', line, deps: [], purl: purlFor('Hex', key, '', { vcs_url: vcs }) });
      continue;
    }
    if (scm !== 'hex') {
      diagnostics.push(
        info('no-version', `mix.lock: ${key} comes from :${scm}, which records no version; skipped`),
      );
      continue;
    }
    const name = atomOf(tuple[1]);
    const version = tuple[2];
    if (!name || typeof version !== 'string' || !version) {
      diagnostics.push(
        warning(
          'parse-error',
          `mix.lock: hex entry ${key} at line ${line} has no package name or version; skipped`,
        ),
      );
      continue;
    }
    const depList = Array.isArray(tuple[5]) ? tuple[5] : [];
    const deps = depList.flatMap((d) => {
      const dep = d && typeof d === 'object' && 'tuple' in d ? atomOf(d.tuple[0]) : undefined;
      return dep ? [dep] : [];
    });
    entries.push({ key, name, version, line, deps });
  }
  const byKey = new Map(
    entries.map((e) => [
      e.key,
      e.purl ?? makePackage({ name: e.name, version: e.version, ecosystem: 'Hex', path, foundBy }).purl,
    ]),
  );
  const packages = entries.map((e) =>
    makePackage({
      name: e.name,
      version: e.version,
      ecosystem: 'Hex',
      path,
      line: e.line,
      foundBy,
      purl: e.purl,
      dependsOn: e.deps.flatMap((d) => (byKey.has(d) ? [byKey.get(d)!] : [])),
    }),
  );
  return { packages, diagnostics };
}
