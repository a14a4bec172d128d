/**
 * `.palisadeignore.yaml`: accepted findings, each with a reason, an owner and an expiry date
 * (format in ignore-file.schema.json and docs/ci/gate.md). An entry matches a finding when every
 * matcher it gives matches; matching findings stay in the report, marked `suppressed` (kind
 * `ignore-file`), and never fail the gate. An entry past its `expires` date suppresses nothing: its
 * findings fail again, carry an `expiredIgnore` note, and a warning names the file, line and entry.
 */
import { readFile } from 'node:fs/promises';
import { Ajv, type ErrorObject } from 'ajv';
import picomatch from 'picomatch';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { PalisadeError, errorMessage } from '../core/errors.js';
import type { Diagnostic, Finding } from '../core/model.js';
import { globMatcher } from '../walk/walk.js';
import schema from './ignore-file.schema.json' with { type: 'json' };

export const IGNORE_FILE_NAME = '.palisadeignore.yaml';

const MATCHERS = ['id', 'rule', 'path', 'package', 'fingerprint'] as const;
const KEYS = [...MATCHERS, 'reason', 'owner', 'expires'] as const;

export interface IgnoreEntry {
  /** 1-based line of the entry in its file. */
  line: number;
  id?: string;
  rule?: string;
  path?: string;
  package?: string;
  fingerprint?: string;
  reason?: string;
  owner?: string;
  /** Last day (YYYY-MM-DD) on which the entry suppresses. */
  expires?: string;
}

export interface IgnoreFile {
  /** The file as shown to the user (and recorded as `suppressed.source`). */
  source: string;
  entries: IgnoreEntry[];
}

/** Left on a finding that an expired entry would have suppressed (JSON report: `expiredIgnore`). */
export interface ExpiredIgnore {
  source: string;
  line: number;
  expires: string;
  reason?: string;
  owner?: string;
}

export type FindingWithPolicyNotes = Finding & { expiredIgnore?: ExpiredIgnore };

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

function bad(source: string, line: number | undefined, message: string): PalisadeError {
  return new PalisadeError('bad-config', `${source}${line !== undefined ? `:${line}` : ''}: ${message}`);
}

/** The most useful of ajv's errors, in words a user of the file understands. */
function describeError(errors: readonly ErrorObject[]): { path: string; key?: string; message: string } {
  const rank = (e: ErrorObject) =>
    ({ additionalProperties: 0, type: 1, const: 1, pattern: 2, minLength: 2, required: 3, anyOf: 4 })[
      e.keyword as string
    ] ?? 5;
  // The `required` errors inside anyOf branches only repeat what the anyOf error says.
  const relevant = errors.filter((e) => !(e.keyword === 'required' && e.schemaPath.includes('/anyOf/')));
  const e = [...relevant].sort((a, b) => rank(a) - rank(b))[0] ?? errors[0]!;
  const field = e.instancePath.split('/').pop() ?? '';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      return e.instancePath === ''
        ? {
            path: '',
            key,
            message: `unknown top-level key '${key}' (expected 'ignore:' with a list of entries)`,
          }
        : { path: e.instancePath, key, message: `unknown key '${key}' (allowed: ${KEYS.join(', ')})` };
    }
    case 'anyOf':
      return {
        path: e.instancePath,
        message: `the entry needs at least one matcher: ${MATCHERS.join(', ')}`,
      };
    case 'pattern':
      return { path: e.instancePath, message: `'${field}' must be a date written YYYY-MM-DD` };
    case 'minLength':
      return { path: e.instancePath, message: `'${field}' must not be empty` };
    case 'required':
      return { path: e.instancePath, message: `expected a top-level 'ignore:' list` };
    case 'const':
      return { path: e.instancePath, message: `'version' must be 1` };
    case 'type':
      return {
        path: e.instancePath,
        message:
          e.instancePath === ''
            ? `expected a mapping with an 'ignore:' list`
            : /^\/ignore\/\d+$/.test(e.instancePath)
              ? 'each entry must be a mapping of matchers (id, rule, path, package, fingerprint) and reason, owner, expires'
              : `'${field}' must be ${(e.params as { type: string }).type === 'array' ? 'a list' : `a ${(e.params as { type: string }).type}`}`,
      };
    default:
      return { path: e.instancePath, message: `${e.instancePath || '/'} ${e.message ?? 'is invalid'}` };
  }
}

function isRealDate(s: string): boolean {
  const ms = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === s;
}

/**
 * Parse and validate one ignore file. Throws PalisadeError('bad-config') naming `source` and the
 * line for invalid YAML or an entry that does not follow the schema. An empty file ignores nothing.
 */
export function parseIgnoreFile(text: string, source: string): IgnoreFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw bad(source, lineAt(e.pos[0]), `invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  if (data === null || data === undefined) return { source, entries: [] };
  const lineOfPath = (pointer: string): number | undefined => {
    const parts = pointer
      .split('/')
      .slice(1)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    for (let n = parts.length; n >= 0; n--) {
      const node = (n === 0 ? doc.contents : doc.getIn(parts.slice(0, n), true)) as Node | null | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  // The line of a key inside the mapping at `pointer` (unknown keys are reported where they are written).
  const lineOfKey = (pointer: string, key: string): number | undefined => {
    const parts = pointer
      .split('/')
      .slice(1)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const node = parts.length === 0 ? doc.contents : doc.getIn(parts, true);
    if (!isMap(node)) return undefined;
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    return pair && isScalar(pair.key) && pair.key.range ? lineAt(pair.key.range[0]) : undefined;
  };
  if (!validate(data)) {
    const { path, key, message } = describeError(validate.errors ?? []);
    const entry = /^\/ignore\/(\d+)/.exec(path);
    const line = (key !== undefined ? lineOfKey(path, key) : undefined) ?? lineOfPath(path);
    throw bad(source, line, `${entry ? `entry ${Number(entry[1]) + 1}: ` : ''}${message}`);
  }
  const list = (data as { ignore: Record<string, string>[] }).ignore;
  const seq = doc.get('ignore', true);
  const entries = list.map((raw, i): IgnoreEntry => {
    const node = isSeq(seq) ? seq.items[i] : undefined;
    const line =
      (isMap(node) && node.range ? lineAt(node.range[0]) : undefined) ?? lineOfPath(`/ignore/${i}`) ?? 1;
    if (raw.expires !== undefined && !isRealDate(raw.expires)) {
      throw bad(source, line, `entry ${i + 1}: 'expires' is not a calendar date: ${raw.expires}`);
    }
    const entry: IgnoreEntry = { line };
    for (const key of KEYS) if (raw[key] !== undefined) entry[key] = raw[key];
    return entry;
  });
  return { source, entries };
}

/** Read an ignore file; `required: false` returns undefined when the file does not exist. */
export async function loadIgnoreFile(
  file: string,
  source: string,
  required: boolean,
): Promise<IgnoreFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // ENOTDIR: the target is a file, so it has no ignore file of its own.
    if (!required && (code === 'ENOENT' || code === 'ENOTDIR')) return undefined;
    throw new PalisadeError('bad-config', `cannot read ignore file ${source}: ${errorMessage(err)}`, {
      cause: err,
    });
  }
  return parseIgnoreFile(text, source);
}

/** The parts of a finding's identity that the matchers look at. */
function ids(f: Finding): string[] {
  return [f.ruleId, ...(f.kind === 'vulnerability' ? f.aliases : [])].map((s) => s.toLowerCase());
}

/** A purl prefix matches at a component boundary: `pkg:npm/lodash` matches lodash@4, not lodash-es. */
function purlPrefixMatches(prefix: string, purl: string): boolean {
  if (!purl.toLowerCase().startsWith(prefix.toLowerCase())) return false;
  const next = purl[prefix.length];
  return (
    next === undefined ||
    next === '@' ||
    next === '?' ||
    next === '#' ||
    next === '/' ||
    /[@?#/]$/.test(prefix)
  );
}

function packageMatches(spec: string, f: Finding): boolean {
  if (f.kind !== 'vulnerability' && f.kind !== 'license') return false;
  const pkg = f.package;
  if (spec.startsWith('pkg:')) return purlPrefixMatches(spec, pkg.purl);
  const at = spec.lastIndexOf('@');
  // `@babel/core` is a name; `@babel/core@7.0.0` and `lodash@4.17.20` are name@version.
  if (at > 0) return spec.slice(0, at) === pkg.name && spec.slice(at + 1) === pkg.version;
  return spec === pkg.name;
}

/** A compiled entry: its matchers as one predicate. */
function compileEntry(entry: IgnoreEntry): (f: Finding) => boolean {
  const checks: ((f: Finding) => boolean)[] = [];
  if (entry.id !== undefined) {
    const id = entry.id.toLowerCase();
    checks.push((f) => ids(f).includes(id));
  }
  if (entry.rule !== undefined) {
    const rule = picomatch(entry.rule, { nocase: true, dot: true });
    checks.push((f) => rule(f.ruleId));
  }
  if (entry.path !== undefined) {
    // As --skip-dirs/--skip-files: a glob without '/' matches a name at any depth, one with '/' the
    // path from the target root; a folder pattern (`vendor`, `test/fixtures`) covers what is inside it.
    const match = globMatcher([entry.path]);
    checks.push((f) => {
      const p = f.location.path;
      if (match(p)) return true;
      for (let i = p.indexOf('/'); i !== -1; i = p.indexOf('/', i + 1)) if (match(p.slice(0, i))) return true;
      return false;
    });
  }
  if (entry.package !== undefined) {
    const spec = entry.package;
    checks.push((f) => packageMatches(spec, f));
  }
  if (entry.fingerprint !== undefined) {
    const fp = entry.fingerprint;
    checks.push((f) => f.fingerprint === fp);
  }
  return (f) => checks.every((c) => c(f));
}

export interface IgnoreResult {
  findings: FindingWithPolicyNotes[];
  diagnostics: Diagnostic[];
  /** Findings this step suppressed. */
  suppressed: number;
}

function describeEntry(e: IgnoreEntry): string {
  return MATCHERS.filter((k) => e[k] !== undefined)
    .map((k) => `${k} ${e[k]}`)
    .join(', ');
}

/**
 * Apply ignore files to findings, in order (the first live entry that matches wins). Findings already
 * suppressed (inline comments, annotations) keep their own suppression. `today` is YYYY-MM-DD: an
 * entry whose `expires` is before it is expired.
 */
export function applyIgnoreFiles(
  findings: readonly Finding[],
  files: readonly IgnoreFile[],
  today: string,
): IgnoreResult {
  const compiled = files.flatMap((file) =>
    file.entries.map((entry) => ({
      file,
      entry,
      matches: compileEntry(entry),
      expired: entry.expires !== undefined && entry.expires < today,
      hits: 0,
    })),
  );
  let suppressed = 0;
  const out = findings.map((f): FindingWithPolicyNotes => {
    let expiredNote: ExpiredIgnore | undefined;
    for (const c of compiled) {
      if (!c.matches(f)) continue;
      c.hits++;
      if (c.expired) {
        expiredNote ??= {
          source: c.file.source,
          line: c.entry.line,
          expires: c.entry.expires!,
          ...(c.entry.reason !== undefined ? { reason: c.entry.reason } : {}),
          ...(c.entry.owner !== undefined ? { owner: c.entry.owner } : {}),
        };
        continue;
      }
      if (f.suppressed) return f;
      suppressed++;
      return {
        ...f,
        suppressed: {
          kind: 'ignore-file',
          ...(c.entry.reason !== undefined ? { reason: c.entry.reason } : {}),
          ...(c.entry.owner !== undefined ? { owner: c.entry.owner } : {}),
          ...(c.entry.expires !== undefined ? { expires: c.entry.expires } : {}),
          source: c.file.source,
        },
      };
    }
    return expiredNote && !f.suppressed ? { ...f, expiredIgnore: expiredNote } : f;
  });
  const diagnostics: Diagnostic[] = [];
  for (const c of compiled) {
    const where = `line ${c.entry.line}`;
    if (c.expired) {
      diagnostics.push({
        level: 'warning',
        code: 'ignore-expired',
        path: c.file.source,
        message:
          `${where}: ignore entry (${describeEntry(c.entry)}${c.entry.owner ? `, owner ${c.entry.owner}` : ''}) expired on ${c.entry.expires}; ` +
          `it no longer suppresses anything (${c.hits} matching finding${c.hits === 1 ? '' : 's'})`,
      });
    } else if (c.hits === 0) {
      diagnostics.push({
        level: 'info',
        code: 'ignore-unused',
        path: c.file.source,
        message: `${where}: ignore entry (${describeEntry(c.entry)}) matched no finding`,
      });
    }
  }
  return { findings: out, diagnostics, suppressed };
}
