/**
 * The secret scanning engine: a pure function of (rules, config, text, path).
 *
 * 1. One case-insensitive Aho–Corasick automaton over every rule's keywords, built once per scanner.
 * 2. A keyword hit opens a window around it for the rules owning the keyword: the hit's line, from at
 *    most 160 characters before the keyword to at most 1 KiB after it, or up to 16 KiB on for rules
 *    that span lines (PEM blocks). Windows of one rule that overlap are merged, so each part
 *    of the text is matched at most once per rule, and a regex never runs over the whole file.
 * 3. Each match goes through the noise filters: rule and global allowlists, placeholders and examples,
 *    checksum lines, entropy, the rule's validate hook, inline suppression; fixture paths are
 *    downgraded to `low`.
 */
import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import { PalisadeError } from '../../../core/errors.js';
import { fingerprint } from '../../../core/fingerprint.js';
import type { Diagnostic, Finding, Severity, Suppression } from '../../../core/model.js';
import type { SecretRule } from '../rule.js';
import { buildAutomaton, type KeywordAutomaton } from './aho-corasick.js';
import type {
  AllowlistConfig,
  CustomRuleConfig,
  PatternSource,
  RegexTarget,
  SecretDetectorConfig,
} from './config.js';
import { shannonEntropy } from './entropy.js';
import { lineTable, type LineTable } from '../../../core/text.js';
import { inlineSuppression, isChecksumFile, isChecksumLine, isFixturePath, isPlaceholder } from './noise.js';

export interface ScanResult {
  findings: Finding[];
  diagnostics: Diagnostic[];
}

export interface SecretScanner {
  /** Ids of the rules this scanner runs, in order. */
  readonly ruleIds: readonly string[];
  /** Scan one text; `path` is relative to the target and goes into locations and fingerprints. */
  scanText(text: string, path: string): ScanResult;
}

interface CompiledAllowlist {
  and: boolean;
  target: RegexTarget;
  regexes: RegExp[];
  paths: RegExp[];
  globs: ((p: string) => boolean) | undefined;
  stopwords: string[];
}

interface CompiledRule {
  id: string;
  title: string;
  severity: Severity;
  keywords: string[];
  regex: RegExp | undefined;
  secretGroup: number | undefined;
  entropy: number | undefined;
  path: RegExp | undefined;
  docs: string | undefined;
  ownAllowlist: readonly RegExp[];
  allowlists: CompiledAllowlist[];
  validate: SecretRule['validate'];
  multiline: boolean;
  /** Generic rules (id starting with `generic`) yield to a specific rule reporting the same secret. */
  generic: boolean;
}

const BEFORE = 160;
const AFTER_LINE = 1024;
const AFTER_MULTILINE = 16384;

function compilePattern(p: PatternSource, what: string): RegExp {
  try {
    return new RegExp(p.source, (p.flags ?? '').replace(/[gy]/g, ''));
  } catch (err) {
    throw new PalisadeError('secret-config', `invalid regex in ${what}: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

function withGlobal(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
}

/**
 * Rules whose match can run over many lines get a longer window after the keyword: the `s` flag,
 * `[\s\S]`, a newline outside a character class, PEM/PGP/PuTTY armour, or a (non-negated) class
 * holding `\s`/`\n` repeated without a small bound (a base64 body). `[^…\n]` excludes newlines and
 * does not count.
 */
function spansLines(re: RegExp): boolean {
  const src = re.source;
  if (re.flags.includes('s') || /\[\\s\\S\]|\[\\S\\s\]|-----BEGIN|PuTTY-User-Key|BEGIN PGP/i.test(src))
    return true;
  if (/\\n/.test(src.replace(/\[(?:[^\]\\]|\\.)*\]/g, ''))) return true;
  return /\[(?!\^)(?:[^\]\\]|\\.)*\\[sn](?:[^\]\\]|\\.)*\](?:\*|\+|\{\d+,(?:\d{2,})?\})/.test(src);
}

function compileAllowlist(a: AllowlistConfig, what: string): CompiledAllowlist {
  return {
    and: a.condition === 'AND',
    target: a.regexTarget ?? 'secret',
    regexes: (a.regexes ?? []).map((r) => compilePattern(r, what)),
    paths: (a.paths ?? []).map((r) => compilePattern(r, what)),
    globs: a.globs && a.globs.length > 0 ? picomatch(a.globs, { dot: true }) : undefined,
    stopwords: (a.stopwords ?? []).map((s) => s.toLowerCase()),
  };
}

function fromBuiltin(r: SecretRule): CompiledRule {
  const regex = withGlobal(r.regex);
  return {
    id: r.id,
    title: r.title,
    severity: r.severity,
    keywords: [...r.keywords],
    regex,
    secretGroup: r.secretGroup,
    entropy: r.entropy,
    path: undefined,
    docs: r.docs,
    ownAllowlist: r.allowlist ?? [],
    allowlists: [],
    validate: r.validate,
    multiline: spansLines(regex),
    generic: r.id.startsWith('generic'),
  };
}

function fromCustom(r: CustomRuleConfig): CompiledRule {
  const what = `rule ${r.id}`;
  if (!r.regex && !r.path) throw new PalisadeError('secret-config', `${what}: needs a regex or a path`);
  const regex = r.regex ? withGlobal(compilePattern(r.regex, what)) : undefined;
  return {
    id: r.id,
    title: r.title ?? r.id,
    severity: r.severity ?? 'high',
    keywords: (r.keywords ?? []).map((k) => k.toLowerCase()),
    regex,
    secretGroup: r.secretGroup,
    entropy: r.entropy,
    path: r.path ? compilePattern(r.path, what) : undefined,
    docs: r.docs,
    ownAllowlist: [],
    allowlists: (r.allowlists ?? []).map((a) => compileAllowlist(a, what)),
    validate: undefined,
    multiline: regex ? spansLines(regex) : false,
    generic: r.id.startsWith('generic'),
  };
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Build a scanner once (automaton + compiled regexes) and reuse it for every file. */
export function createSecretScanner(
  builtin: readonly SecretRule[],
  config: SecretDetectorConfig = {},
): SecretScanner {
  const disabled = new Set(config.disabledRules ?? []);
  const custom = (config.rules ?? []).map(fromCustom);
  const customIds = new Set(custom.map((r) => r.id));
  const base =
    config.extendDefault === false ? [] : builtin.filter((r) => !customIds.has(r.id)).map(fromBuiltin);
  const rules = [...base, ...custom].filter((r) => !disabled.has(r.id));
  const global = (config.allowlists ?? []).map((a) => compileAllowlist(a, 'global allowlist'));
  const keepFixtureSeverity = config.keepFixtureSeverity === true;

  // Keyword id → owning rule indexes; rules without keywords run on every file (as gitleaks does).
  const keywordList: string[] = [];
  const keywordRules: number[][] = [];
  const kwIndex = new Map<string, number>();
  const unkeyed: number[] = [];
  rules.forEach((r, ri) => {
    if (!r.regex) return;
    if (r.keywords.length === 0) {
      unkeyed.push(ri);
      return;
    }
    for (const k of r.keywords) {
      let id = kwIndex.get(k);
      if (id === undefined) {
        id = keywordList.length;
        kwIndex.set(k, id);
        keywordList.push(k);
        keywordRules.push([]);
      }
      if (!keywordRules[id]!.includes(ri)) keywordRules[id]!.push(ri);
    }
  });
  const automaton: KeywordAutomaton = buildAutomaton(keywordList);
  const keywordLength = keywordList.map((k) => k.length);
  const pathOnly = rules.filter((r) => !r.regex && r.path);

  return {
    ruleIds: rules.map((r) => r.id),
    scanText(text, path) {
      const findings: Finding[] = [];
      const diagnostics: Diagnostic[] = [];
      if (isChecksumFile(path)) return { findings, diagnostics };
      for (const a of global)
        if (a.paths.length + (a.globs ? 1 : 0) > 0 && pathAllowed(a, path) && !a.and)
          return { findings, diagnostics };
      const fixture = isFixturePath(path);
      const ctx: MatchContext = {
        text,
        path,
        fixture,
        keepFixtureSeverity,
        global,
        findings,
        seen: new Set(),
      };

      for (const r of pathOnly) {
        if (r.path!.test(path)) findings.push(makeFinding(ctx, r, path, 0, 0, 1, 1));
      }

      // Per rule: the current (not yet run) window, merged with overlapping ones.
      const n = text.length;
      const winStart = new Int32Array(rules.length).fill(-1);
      const winEnd = new Int32Array(rules.length);
      const pathOk = rules.map((r) => !r.path || r.path.test(path));
      const flush = (ri: number): void => {
        if (winStart[ri]! < 0) return;
        runRule(ctx, rules[ri]!, winStart[ri]!, winEnd[ri]!);
        winStart[ri] = -1;
      };
      if (keywordList.length > 0) {
        // Bounds of the line holding the current hit, cached: hits arrive in
        // increasing order, so every search below is amortized linear even on a 100 KB line.
        let lineStart = 0;
        let lineEnd = -1;
        let mlFrom = -1;
        let mlNewline = -1;
        automaton.scan(text, (end, ids) => {
          if (end > lineEnd) {
            lineStart = text.lastIndexOf('\n', end) + 1;
            lineEnd = text.indexOf('\n', end);
            if (lineEnd < 0) lineEnd = n;
          }
          for (const kid of ids) {
            const p = end - keywordLength[kid]! + 1;
            const start = Math.max(lineStart, p - BEFORE);
            for (const ri of keywordRules[kid]!) {
              if (!pathOk[ri]) continue;
              const rule = rules[ri]!;
              let stop: number;
              if (rule.multiline) {
                const cap = Math.min(n, end + AFTER_MULTILINE);
                if (lineEnd >= cap) stop = Math.min(n, cap + AFTER_LINE);
                else {
                  // First newline at or after cap; reuse the last answer while it still lies ahead.
                  if (!(cap >= mlFrom && cap <= mlNewline)) {
                    mlFrom = cap;
                    mlNewline = text.indexOf('\n', cap);
                    if (mlNewline < 0) mlNewline = n;
                  }
                  stop = mlNewline - cap > AFTER_LINE ? Math.min(n, cap + AFTER_LINE) : mlNewline;
                }
              } else stop = lineEnd - end > AFTER_LINE ? end + AFTER_LINE : lineEnd;
              if (winStart[ri]! >= 0 && start <= winEnd[ri]!) {
                if (stop > winEnd[ri]!) winEnd[ri] = stop;
              } else {
                flush(ri);
                winStart[ri] = start;
                winEnd[ri] = stop;
              }
            }
          }
        });
        for (let ri = 0; ri < rules.length; ri++) flush(ri);
      }
      for (const ri of unkeyed) if (pathOk[ri]) runRule(ctx, rules[ri]!, 0, n);

      dropShadowedGeneric(findings, ctx.spans);
      findings.sort(
        (a, b) =>
          a.location.startLine! - b.location.startLine! ||
          (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
      );
      return { findings, diagnostics };
    },
  };
}

interface MatchContext {
  text: string;
  path: string;
  fixture: boolean;
  keepFixtureSeverity: boolean;
  global: CompiledAllowlist[];
  findings: Finding[];
  seen: Set<string>;
  lines?: LineTable;
  suppressed?: Map<number, Suppression | null>;
  spans?: Map<Finding, { start: number; end: number; generic: boolean }>;
}

function pathAllowed(a: CompiledAllowlist, path: string): boolean {
  return a.paths.some((re) => re.test(path)) || (a.globs !== undefined && a.globs(path));
}

/** gitleaks allowlist semantics: OR → any criterion; AND → every criterion that is set. */
function allowlisted(
  a: CompiledAllowlist,
  path: string,
  secret: string,
  match: string,
  line: string,
): boolean {
  const target = a.target === 'match' ? match : a.target === 'line' ? line : secret;
  const checks: boolean[] = [];
  if (a.paths.length > 0 || a.globs) checks.push(pathAllowed(a, path));
  if (a.regexes.length > 0) checks.push(a.regexes.some((re) => re.test(target)));
  if (a.stopwords.length > 0) {
    const lower = secret.toLowerCase();
    checks.push(a.stopwords.some((w) => lower.includes(w)));
  }
  if (checks.length === 0) return false;
  return a.and ? checks.every(Boolean) : checks.some(Boolean);
}

function runRule(ctx: MatchContext, rule: CompiledRule, start: number, stop: number): void {
  const re = rule.regex!;
  const window = start === 0 && stop === ctx.text.length ? ctx.text : ctx.text.slice(start, stop);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let secret: string | undefined;
    if (rule.secretGroup !== undefined) secret = m[rule.secretGroup];
    else {
      for (let g = 1; g < m.length && secret === undefined; g++) if (m[g]) secret = m[g];
      secret ??= m[0];
    }
    if (!secret) continue;
    const matchStart = start + m.index;
    const secretStart = matchStart + Math.max(0, m[0].indexOf(secret));
    const secretEnd = secretStart + secret.length;
    const key = `${rule.id}\u0000${secretStart}\u0000${secretEnd}`;
    if (ctx.seen.has(key)) continue;
    ctx.seen.add(key);
    if (!accept(ctx, rule, secret, m, matchStart, secretStart, secretEnd)) continue;
    const lines = (ctx.lines ??= lineTable(ctx.text));
    const startLine = lines.lineOf(secretStart);
    const endLine = lines.lineOf(Math.max(secretStart, secretEnd - 1));
    const f = makeFinding(ctx, rule, secret, secretStart, secretEnd, startLine, endLine);
    // Suppressed secrets stay in the report, marked, like every suppressed finding: audits see them.
    const matchLine = lines.lineOf(matchStart);
    const suppression =
      suppressionOf(ctx, startLine) ?? (matchLine !== startLine ? suppressionOf(ctx, matchLine) : undefined);
    if (suppression) f.suppressed = suppression;
    ctx.findings.push(f);
    (ctx.spans ??= new Map()).set(f, { start: secretStart, end: secretEnd, generic: rule.generic });
  }
}

function accept(
  ctx: MatchContext,
  rule: CompiledRule,
  secret: string,
  m: RegExpExecArray,
  matchStart: number,
  secretStart: number,
  _secretEnd: number,
): boolean {
  const { text } = ctx;
  if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) return false;
  for (const re of rule.ownAllowlist) {
    re.lastIndex = 0;
    if (re.test(secret)) return false;
  }
  if (isPlaceholder(secret)) return false;
  const lines = (ctx.lines ??= lineTable(text));
  const line = lines.lineOf(secretStart);
  const lineStart = lines.start(line);
  const lineEnd = lines.end(line);
  if (lineEnd - lineStart < 4096 && isChecksumLine(text.slice(lineStart, lineEnd))) return false;
  const matchLine = lines.lineOf(matchStart);
  if (rule.allowlists.length > 0 || ctx.global.length > 0) {
    const lastLine = lines.lineOf(matchStart + m[0].length);
    const lineText = text.slice(lines.start(matchLine), lines.end(lastLine));
    for (const a of rule.allowlists) if (allowlisted(a, ctx.path, secret, m[0], lineText)) return false;
    for (const a of ctx.global) if (allowlisted(a, ctx.path, secret, m[0], lineText)) return false;
  }
  if (rule.validate && !rule.validate(secret, m)) return false;
  return true;
}

/** Inline suppression of a line, computed once per line (a long line can hold many matches). */
function suppressionOf(ctx: MatchContext, line: number): Suppression | undefined {
  const cache = (ctx.suppressed ??= new Map());
  let v = cache.get(line);
  if (v === undefined) {
    const lines = ctx.lines!;
    const found = inlineSuppression(ctx.text, lines.start(line), lines.end(line));
    v = found ? { kind: 'inline', ...(found.reason ? { reason: found.reason } : {}) } : null;
    cache.set(line, v);
  }
  return v ?? undefined;
}

function redact(secret: string): string {
  return secret.slice(0, 4) + '****';
}

function makeFinding(
  ctx: MatchContext,
  rule: CompiledRule,
  secret: string,
  _s: number,
  _e: number,
  startLine: number,
  endLine: number,
): Finding {
  const redacted = redact(secret);
  const severity: Severity =
    ctx.fixture && !ctx.keepFixtureSeverity && rank(rule.severity) < rank('low') ? 'low' : rule.severity;
  return {
    kind: 'secret',
    ruleId: rule.id,
    title: rule.title,
    severity,
    message: `${rule.title}: ${redacted}${severity !== rule.severity ? ' (in a test or example path, reported as low)' : ''}`,
    location: { path: ctx.path, startLine, endLine },
    fingerprint: fingerprint(rule.id, ctx.path, sha256(secret)),
    redacted,
    ...(rule.docs ? { references: [rule.docs] } : {}),
  };
}

const ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info', 'unknown'];
function rank(s: Severity): number {
  return ORDER.indexOf(s);
}

/** A generic rule's finding is dropped when a specific rule reported an overlapping secret. */
function dropShadowedGeneric(findings: Finding[], spans: MatchContext['spans']): void {
  if (!spans || findings.length < 2) return;
  const specific = findings.filter((f) => spans.get(f) && !spans.get(f)!.generic).map((f) => spans.get(f)!);
  if (specific.length === 0) return;
  for (let i = findings.length - 1; i >= 0; i--) {
    const s = spans.get(findings[i]!);
    if (!s?.generic) continue;
    if (specific.some((o) => o.start < s.end && s.start < o.end)) findings.splice(i, 1);
  }
}
