import { PalisadeError } from '../../../core/errors.js';

/**
 * Translation of Go RE2 patterns (as written in gitleaks configs) to JavaScript RegExp source + flags.
 * RE2 syntax: https://github.com/google/re2/wiki/Syntax. What differs from JavaScript and is handled:
 * - inline flags `(?i)`, `(?s)`, `(?m)`, `(?is)` at the start → RegExp flags; `(?i)` further in or
 *   `(?i:…)` groups → letters spelled out as `[aA]` inside that scope (Node 20 has no inline modifiers);
 * - `(?P<name>…)` → `(?<name>…)`; `\z` → end of input; `\A` → start of input; `\Q…\E` → escaped literal;
 * - POSIX classes `[[:alpha:]]` etc. → explicit ranges; `\x{41}` → `\u0041`.
 * Anything else that RE2 has and JavaScript lacks (`\pN` Unicode classes, `(?U)` ungreedy, `\C`) is
 * rejected with a PalisadeError (code `secret-config`) naming the pattern.
 */
export interface JsPattern {
  source: string;
  flags: string;
}

const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

function fail(pattern: string, why: string): never {
  throw new PalisadeError('secret-config', `cannot translate regex ${JSON.stringify(pattern)}: ${why}`);
}

function escapeLiteral(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

function bothCases(ch: string): string {
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  return lo !== up && /[a-z]/i.test(ch) ? `[${lo}${up}]` : ch;
}

/** Translate one RE2 pattern. Throws PalisadeError when it cannot be expressed in JavaScript. */
export function translateRe2(pattern: string, extraFlags = ''): JsPattern {
  const flags = new Set(extraFlags.split('').filter((f) => 'ims'.includes(f)));
  let i = 0;
  // Leading flag groups apply to the whole pattern.
  for (;;) {
    const m = /^\(\?([imsU]+)\)/.exec(pattern.slice(i));
    if (!m) break;
    if (m[1]!.includes('U')) fail(pattern, 'ungreedy mode (?U) has no JavaScript equivalent');
    for (const f of m[1]!) flags.add(f);
    i += m[0].length;
  }
  const globalI = flags.has('i');
  let out = '';
  // Stack of "case-insensitive here?" per open group, so (?i:…) and a mid-pattern (?i) are scoped.
  const ciStack: boolean[] = [globalI];
  let ci = globalI;
  let inClass = false;
  let classBuf = '';
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (inClass) {
      if (ch === '\\') {
        const next = pattern[i + 1];
        if (next === 'p' || next === 'P') fail(pattern, 'Unicode classes \\p are not supported');
        if (next === 'x' && pattern[i + 2] === '{') {
          const end = pattern.indexOf('}', i);
          classBuf += `\\u{${pattern.slice(i + 3, end)}}`.replace(/\\u\{([0-9a-fA-F]+)\}/, (_, h: string) => `\\u${h.padStart(4, '0')}`);
          i = end + 1;
          continue;
        }
        classBuf += ch + (next ?? '');
        i += 2;
        continue;
      }
      if (ch === '[' && pattern[i + 1] === ':') {
        const end = pattern.indexOf(':]', i + 2);
        if (end < 0) fail(pattern, 'unterminated POSIX class');
        let name = pattern.slice(i + 2, end);
        const negated = name.startsWith('^');
        if (negated) name = name.slice(1);
        const cls = POSIX[name];
        if (!cls || negated) fail(pattern, `unsupported POSIX class [:${pattern.slice(i + 2, end)}:]`);
        classBuf += cls;
        i = end + 2;
        continue;
      }
      if (ch === '[') {
        classBuf += '\\[';
        i++;
        continue;
      }
      if (ch === ']' && classBuf !== '[' && classBuf !== '[^') {
        inClass = false;
        let body = classBuf + ']';
        if (ci && !globalI) body = caseFoldClass(body);
        out += body;
        classBuf = '';
        i++;
        continue;
      }
      classBuf += ch;
      i++;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      classBuf = '[';
      i++;
      if (pattern[i] === '^') {
        classBuf += '^';
        i++;
      }
      // A `]` right after `[` or `[^` is a literal in RE2.
      if (pattern[i] === ']') {
        classBuf += '\\]';
        i++;
      }
      continue;
    }
    if (ch === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) fail(pattern, 'trailing backslash');
      if (next === 'z') out += '(?![\\s\\S])';
      else if (next === 'A') out += '(?<![\\s\\S])';
      else if (next === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        const lit = pattern.slice(i + 2, end < 0 ? undefined : end);
        out += ci && !globalI ? [...lit].map((c) => (/[a-z]/i.test(c) ? bothCases(c) : escapeLiteral(c))).join('') : escapeLiteral(lit);
        i = end < 0 ? pattern.length : end + 2;
        continue;
      } else if (next === 'p' || next === 'P') fail(pattern, 'Unicode classes \\p are not supported');
      else if (next === 'C') fail(pattern, '\\C (any byte) is not supported');
      else if (next === 'x' && pattern[i + 2] === '{') {
        const end = pattern.indexOf('}', i);
        out += `\\u${pattern.slice(i + 3, end).padStart(4, '0')}`;
        i = end + 1;
        continue;
      } else out += ch + next;
      i += 2;
      continue;
    }
    if (ch === '(') {
      if (pattern.startsWith('(?P<', i)) {
        out += '(?<';
        i += 4;
        ciStack.push(ci);
        continue;
      }
      const flagGroup = /^\(\?([imsU-]+)(:|\))/.exec(pattern.slice(i));
      if (flagGroup) {
        const spec = flagGroup[1]!;
        const [on, off = ''] = spec.split('-');
        if (spec.includes('U')) fail(pattern, 'ungreedy mode (?U) has no JavaScript equivalent');
        if (/[ms]/.test(on!) && !flags.has(on!.replace(/i/g, '')[0]!)) fail(pattern, `inline flags (?${spec}) inside the pattern are not supported`);
        if (/[ms]/.test(off)) fail(pattern, `inline flags (?${spec}) inside the pattern are not supported`);
        const nextCi = off.includes('i') ? false : on!.includes('i') ? true : ci;
        if (nextCi === false && globalI) fail(pattern, `turning case-insensitivity off with (?${spec}) is not supported`);
        if (flagGroup[2] === ':') {
          out += '(?:';
          ciStack.push(ci);
          ci = nextCi;
        } else {
          // `(?i)` mid-pattern: applies to the end of the enclosing group.
          ci = nextCi;
        }
        i += flagGroup[0].length;
        continue;
      }
      ciStack.push(ci);
      out += ch;
      i++;
      continue;
    }
    if (ch === ')') {
      ci = ciStack.length > 1 ? ciStack.pop()! : ci;
      out += ch;
      i++;
      continue;
    }
    if (ci && !globalI && /[a-zA-Z]/.test(ch)) {
      // Keep quantifier braces such as {3,5} intact: letters never occur in them.
      out += bothCases(ch);
      i++;
      continue;
    }
    if (ch === '/') {
      out += '\\/';
      i++;
      continue;
    }
    out += ch;
    i++;
  }
  if (inClass) fail(pattern, 'unterminated character class');
  const jsFlags = [...flags].sort().join('');
  try {
    new RegExp(out, jsFlags);
  } catch (err) {
    fail(pattern, (err as Error).message);
  }
  return { source: out, flags: jsFlags };
}

/** Add the other case of every letter and letter range in a class (`[a-f0-9]` → `[a-fA-F0-9]`). */
function caseFoldClass(cls: string): string {
  const extra: string[] = [];
  const body = cls.slice(cls.startsWith('[^') ? 2 : 1, -1);
  for (let j = 0; j < body.length; j++) {
    if (body[j] === '\\') {
      j++;
      continue;
    }
    const a = body[j]!;
    if (body[j + 1] === '-' && body[j + 2] !== undefined && body[j + 2] !== ']') {
      const b = body[j + 2]!;
      if (/[a-z]/.test(a) && /[a-z]/.test(b)) extra.push(`${a.toUpperCase()}-${b.toUpperCase()}`);
      else if (/[A-Z]/.test(a) && /[A-Z]/.test(b)) extra.push(`${a.toLowerCase()}-${b.toLowerCase()}`);
      j += 2;
      continue;
    }
    if (/[a-zA-Z]/.test(a)) extra.push(a === a.toLowerCase() ? a.toUpperCase() : a.toLowerCase());
  }
  return cls.slice(0, -1) + extra.join('') + ']';
}
