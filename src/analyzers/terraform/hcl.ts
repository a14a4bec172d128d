/**
 * A small HCL2 native-syntax parser that keeps line positions (the spec:
 * https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md). `@cdktf/hcl2json` loses line numbers,
 * which every finding needs, so we parse ourselves: bodies of attributes and blocks, literals, strings
 * with `${…}` interpolation kept as text, heredocs, tuples and objects, comments (`#`, `//`, `/* *\/`).
 * Any other expression (references, function calls, conditionals, `for` expressions, arithmetic) is kept
 * as its source text in an `Expr`, for the resolver (resolve.ts) to evaluate what it can.
 */
import { PalisadeError } from '../../core/errors.js';

export interface Span {
  startLine: number;
  endLine: number;
}

/** An expression we do not evaluate while parsing: its source text (e.g. `aws_s3_bucket.b.id`). */
export class Expr {
  constructor(readonly text: string) {}
}

/** A quoted string or heredoc that contains `${…}` / `%{…}` templates: kept verbatim (without quotes). */
export class Template {
  constructor(readonly text: string) {}
}

export type HclValue = string | number | boolean | null | Expr | Template | HclValue[] | HclObject | FuncCall;

export interface HclObject {
  [key: string]: HclValue;
}

/** A function call whose arguments were parsed (so `jsonencode({...})` keeps its object). */
export class FuncCall {
  constructor(
    readonly name: string,
    readonly args: HclValue[],
    readonly text: string,
  ) {}
}

export interface HclAttribute {
  kind: 'attribute';
  name: string;
  value: HclValue;
  span: Span;
  /** Spans of values nested inside, keyed by the JSON of their path relative to this attribute's value. */
  inner: Map<string, Span>;
}

export interface HclBlock {
  kind: 'block';
  type: string;
  labels: string[];
  body: HclBody;
  span: Span;
}

export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

function err(msg: string, line: number): never {
  throw new PalisadeError('parse-error', `HCL: ${msg} at line ${line}`);
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_CHAR = /[A-Za-z0-9_-]/;

class Parser {
  private pos = 0;
  private line = 1;
  constructor(private readonly src: string) {}

  parseFile(): HclBody {
    const body = this.parseBody(false);
    this.skipWs(true);
    if (this.pos < this.src.length) err(`unexpected '${this.src[this.pos]}'`, this.line);
    return body;
  }

  private peek(off = 0): string {
    return this.src[this.pos + off] ?? '';
  }

  private advance(n = 1): void {
    for (let i = 0; i < n && this.pos < this.src.length; i++) {
      if (this.src[this.pos] === '\n') this.line++;
      this.pos++;
    }
  }

  /** Skip spaces and comments; newlines too when `newlines` (they end attributes otherwise). */
  private skipWs(newlines: boolean): void {
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n')) this.advance();
      else if (c === '#' || (c === '/' && this.peek(1) === '/')) {
        while (this.pos < this.src.length && this.peek() !== '\n') this.advance();
      } else if (c === '/' && this.peek(1) === '*') {
        const end = this.src.indexOf('*/', this.pos + 2);
        if (end < 0) err('unterminated comment', this.line);
        this.advance(end + 2 - this.pos);
      } else return;
    }
  }

  private ident(): string {
    const start = this.pos;
    if (!IDENT_START.test(this.peek())) err(`expected an identifier, found '${this.peek()}'`, this.line);
    while (IDENT_CHAR.test(this.peek())) this.advance();
    return this.src.slice(start, this.pos);
  }

  private parseBody(inBlock: boolean): HclBody {
    const body: HclBody = { attributes: [], blocks: [] };
    for (;;) {
      this.skipWs(true);
      const c = this.peek();
      if (c === '') {
        if (inBlock) err('unexpected end of file, missing }', this.line);
        return body;
      }
      if (c === '}') {
        if (!inBlock) err("unexpected '}'", this.line);
        return body;
      }
      const startLine = this.line;
      const name = this.ident();
      this.skipWs(false);
      if (this.peek() === '=' && this.peek(1) !== '=') {
        this.advance();
        this.skipWs(false);
        const inner = new Map<string, Span>();
        const value = this.parseExpr([], inner);
        body.attributes.push({
          kind: 'attribute',
          name,
          value,
          span: { startLine, endLine: this.line },
          inner,
        });
        this.skipWs(false);
        const e = this.peek();
        if (e !== '\n' && e !== '' && e !== '}') err(`unexpected '${e}' after attribute ${name}`, this.line);
        continue;
      }
      const labels: string[] = [];
      while (this.peek() !== '{') {
        if (this.peek() === '"') labels.push(this.quoted().text);
        else if (IDENT_START.test(this.peek())) labels.push(this.ident());
        else err(`unexpected '${this.peek()}' in block header ${name}`, this.line);
        this.skipWs(false);
      }
      this.advance();
      const inner = this.parseBody(true);
      this.advance(); // '}'
      body.blocks.push({
        kind: 'block',
        type: name,
        labels,
        body: inner,
        span: { startLine, endLine: this.line },
      });
    }
  }

  /** A quoted string; `${` / `%{` templates kept as text (with nested braces and strings skipped). */
  private quoted(): { text: string; template: boolean } {
    this.advance(); // opening quote
    let out = '';
    let template = false;
    for (;;) {
      const c = this.peek();
      if (c === '') err('unterminated string', this.line);
      if (c === '\n') err('newline in string', this.line);
      if (c === '"') {
        this.advance();
        return { text: out, template };
      }
      if (c === '\\') {
        const n = this.peek(1);
        const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
        if (n === 'u' || n === 'U') {
          const len = n === 'u' ? 4 : 8;
          out += String.fromCodePoint(
            parseInt(this.src.slice(this.pos + 2, this.pos + 2 + len), 16) || 0xfffd,
          );
          this.advance(2 + len);
        } else {
          out += map[n] ?? n;
          this.advance(2);
        }
        continue;
      }
      if ((c === '$' || c === '%') && this.peek(1) === '{') {
        // `$${` is an escaped literal `${`.
        template = true;
        const start = this.pos;
        this.advance(2);
        this.skipBalanced('}');
        out += this.src.slice(start, this.pos);
        continue;
      }
      if ((c === '$' || c === '%') && this.peek(1) === c && this.peek(2) === '{') {
        out += c + '{';
        this.advance(3);
        continue;
      }
      out += c;
      this.advance();
    }
  }

  /** Skip to and past the matching `close`, honouring nested brackets and strings. */
  private skipBalanced(close: string): void {
    const stack = [close];
    while (stack.length > 0) {
      const c = this.peek();
      if (c === '') err('unbalanced brackets', this.line);
      if (c === '"') {
        this.quoted();
        continue;
      }
      if (c === '{' || c === '[' || c === '(') stack.push(c === '{' ? '}' : c === '[' ? ']' : ')');
      else if (c === stack[stack.length - 1]) stack.pop();
      this.advance();
    }
  }

  private heredoc(): { text: string; template: boolean } {
    this.advance(2); // <<
    let indent = false;
    if (this.peek() === '-') {
      indent = true;
      this.advance();
    }
    const marker = this.ident();
    while (this.peek() !== '\n' && this.peek() !== '') this.advance();
    this.advance();
    const lines: string[] = [];
    for (;;) {
      if (this.pos >= this.src.length) err(`unterminated heredoc ${marker}`, this.line);
      const nl = this.src.indexOf('\n', this.pos);
      const end = nl < 0 ? this.src.length : nl;
      const raw = this.src.slice(this.pos, end);
      if (raw.trim() === marker) {
        this.advance(end - this.pos);
        break;
      }
      lines.push(raw.replace(/\r$/, ''));
      this.advance(end - this.pos + 1);
    }
    if (indent) {
      const min = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length));
      if (Number.isFinite(min)) for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.slice(min);
    }
    const text = lines.length ? lines.join('\n') + '\n' : '';
    return { text, template: /[$%]\{/.test(text) };
  }

  /**
   * One expression. Literals, strings, tuples and objects become data; anything else becomes an Expr of
   * its source text. Stops at a newline, `,`, `]`, `}` or `)` at depth 0 (HCL ends attributes at newlines
   * outside brackets).
   */
  private parseExpr(path: (string | number)[], inner: Map<string, Span>): HclValue {
    const startLine = this.line;
    const start = this.pos;
    const value = this.parseOperand(path, inner);
    this.skipWs(false);
    const c = this.peek();
    if (
      c === '' ||
      c === '\n' ||
      c === ',' ||
      c === ']' ||
      c === '}' ||
      c === ')' ||
      c === ':' ||
      (c === '=' && this.peek(1) !== '=')
    ) {
      inner.set(JSON.stringify(path), { startLine, endLine: this.line });
      return value;
    }
    // An operator follows (`a ? b : c`, `x == y`, `a.b[0]`…): keep the whole expression as text.
    this.skipRawExpr();
    inner.set(JSON.stringify(path), { startLine, endLine: this.line });
    return new Expr(this.src.slice(start, this.pos).trim());
  }

  /** Skip an expression's raw text up to its end at depth 0. */
  private skipRawExpr(): void {
    let ternary = 0;
    for (;;) {
      const c = this.peek();
      if (c === '' || c === '\n' || c === ',' || c === ']' || c === '}' || c === ')') return;
      if (c === '#' || (c === '/' && (this.peek(1) === '/' || this.peek(1) === '*'))) {
        this.skipWs(false);
        continue;
      }
      if (c === '?') ternary++;
      if (c === ':') {
        if (ternary === 0) return;
        ternary--;
      }
      if (c === '=' && this.peek(1) !== '=' && !/[=!<>]/.test(this.src[this.pos - 1] ?? '')) return;
      if (c === '"') {
        this.quoted();
        continue;
      }
      if (c === '<' && this.peek(1) === '<' && /[-A-Za-z_]/.test(this.peek(2))) {
        this.heredoc();
        continue;
      }
      if (c === '(' || c === '[' || c === '{') {
        this.advance();
        this.skipBalanced(c === '(' ? ')' : c === '[' ? ']' : '}');
        continue;
      }
      this.advance();
    }
  }

  private parseOperand(path: (string | number)[], inner: Map<string, Span>): HclValue {
    const c = this.peek();
    const start = this.pos;
    if (c === '"') {
      const q = this.quoted();
      return q.template ? new Template(q.text) : q.text;
    }
    if (c === '<' && this.peek(1) === '<') {
      const h = this.heredoc();
      return h.template ? new Template(h.text) : h.text;
    }
    if (c === '[') {
      this.advance();
      const out: HclValue[] = [];
      for (;;) {
        this.skipWs(true);
        if (this.peek() === ']') break;
        if (/^for\s/.test(this.src.slice(this.pos, this.pos + 4))) {
          this.skipBalanced(']');
          return new Expr(this.src.slice(start, this.pos));
        }
        out.push(this.parseExpr([...path, out.length], inner));
        this.skipWs(true);
        if (this.peek() === ',') this.advance();
        else if (this.peek() !== ']') err(`expected ',' or ']' in list, found '${this.peek()}'`, this.line);
      }
      this.advance();
      return out;
    }
    if (c === '{') {
      this.advance();
      const out: HclObject = {};
      for (;;) {
        this.skipWs(true);
        if (this.peek() === '}') break;
        if (/^for\s/.test(this.src.slice(this.pos, this.pos + 4))) {
          this.skipBalanced('}');
          return new Expr(this.src.slice(start, this.pos));
        }
        let key: string;
        if (this.peek() === '"') key = this.quoted().text;
        else if (this.peek() === '(') {
          const s = this.pos;
          this.advance();
          this.skipBalanced(')');
          key = this.src.slice(s, this.pos);
        } else {
          const s = this.pos;
          this.skipRawExpr();
          key = this.src.slice(s, this.pos).trim();
        }
        this.skipWs(false);
        if (this.peek() !== '=' && this.peek() !== ':')
          err(`expected '=' or ':' after key ${key}`, this.line);
        this.advance();
        this.skipWs(false);
        out[key] = this.parseExpr([...path, key], inner);
        this.skipWs(false);
        if (this.peek() === ',') this.advance();
      }
      this.advance();
      return out;
    }
    if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(this.peek(1)))) {
      const m = /^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.src.slice(this.pos, this.pos + 64))!;
      this.advance(m[0].length);
      if (/^[A-Za-z_.]/.test(this.peek())) {
        this.skipRawExpr();
        return new Expr(this.src.slice(start, this.pos).trim());
      }
      return Number(m[0]);
    }
    if (IDENT_START.test(c)) {
      const id = this.ident();
      if (this.peek() === '(') {
        this.advance();
        const args: HclValue[] = [];
        for (;;) {
          this.skipWs(true);
          if (this.peek() === ')') break;
          args.push(this.parseExpr([...path, `#arg${args.length}`], inner));
          this.skipWs(true);
          if (this.peek() === ',') this.advance();
          else if (this.peek() === '.' && this.src.startsWith('...', this.pos)) this.advance(3);
          else if (this.peek() !== ')') err(`expected ',' or ')' in call to ${id}`, this.line);
        }
        this.advance();
        return new FuncCall(id, args, this.src.slice(start, this.pos));
      }
      if (id === 'true' || id === 'false') {
        if (!/^[.[]/.test(this.peek())) return id === 'true';
      }
      if (id === 'null' && !/^[.[]/.test(this.peek())) return null;
      // A traversal: a.b.c, a[0].b, a.*.id
      for (;;) {
        const n = this.peek();
        if (n === '.' && (IDENT_START.test(this.peek(1)) || /[0-9*]/.test(this.peek(1)))) {
          this.advance();
          if (this.peek() === '*') this.advance();
          else while (IDENT_CHAR.test(this.peek())) this.advance();
        } else if (n === '[') {
          this.advance();
          this.skipBalanced(']');
        } else break;
      }
      return new Expr(this.src.slice(start, this.pos));
    }
    if (c === '(' || c === '!' || c === '-') {
      this.skipRawExpr();
      return new Expr(this.src.slice(start, this.pos).trim());
    }
    err(`unexpected '${c}'`, this.line);
  }
}

/** Parse one HCL2 file. Throws PalisadeError('parse-error') on malformed input. */
export function parseHcl(src: string): HclBody {
  return new Parser(src.replace(/^\uFEFF/, '')).parseFile();
}
