/**
 * `--fail-on`: which findings fail the build. Either a list of severities (`critical,high`) or a CEL
 * expression over one finding (https://cel.dev; evaluated with @marcbachmann/cel-js, which cannot loop
 * or touch the host), e.g. `severity >= "high" && fixAvailable` or `package.name == "lodash"`.
 *
 * The CEL environment (docs/ci/gate.md lists it for users):
 * - `severity`: a `Severity` value ordered by rank (critical > high > medium > low > info > unknown).
 *   `<`, `<=`, `>`, `>=`, `==`, `!=` compare it with a severity name or another severity, `in` with a
 *   list of names; `severity.name` is the name and `severity.rank` the rank (critical 5 … unknown 0),
 *   also available as `severityRank`. A plain string would compare alphabetically ("high" < "low"),
 *   which is why severity is its own type.
 * - strings `kind`, `ruleId`, `title`, `message`, `path`, `fingerprint`; int `line` (0 when unknown);
 *   bool `fixAvailable` (a vulnerability with a fixed version), `suppressed`; lists of strings
 *   `aliases`, `fixedIn`, `cwe`; double `cvss` (highest CVSS base score, 0.0 when none);
 *   `package` {name, version, ecosystem, purl} (empty strings for findings without a package).
 * `package` is a reserved word in CEL, so the variable is `pkg`; expressions may still say `package`:
 * it is rewritten to `pkg` padded to the same length, so error positions stay right.
 */
import { Environment } from '@marcbachmann/cel-js';
import { PalisadeError, errorMessage } from '../core/errors.js';
import { FINDING_KINDS, SEVERITIES, type Finding, type Severity } from '../core/model.js';

export interface FailOn {
  /** The expression as the user wrote it. */
  expression: string;
  /** Does this (unsuppressed) finding fail the gate? Throws PalisadeError('usage') on an evaluation error. */
  matches(finding: Finding): boolean;
}

const RANK: Readonly<Record<Severity, number>> = {
  critical: 5,
  high: 4,
  medium: 3,
  low: 2,
  info: 1,
  unknown: 0,
};

/** The CEL value of a finding's severity: compared by rank through the operators registered below. */
class CelSeverity {
  readonly rank: bigint;
  constructor(readonly name: Severity) {
    this.rank = BigInt(RANK[name]);
  }
}

class CelPackage {
  constructor(
    readonly name: string,
    readonly version: string,
    readonly ecosystem: string,
    readonly purl: string,
  ) {}
}

const SEVERITY_VALUES = new Map(SEVERITIES.map((s) => [s, new CelSeverity(s)]));

function rankOf(name: string): bigint {
  const s = SEVERITY_VALUES.get(name.toLowerCase() as Severity);
  if (!s) throw new Error(`unknown severity "${name}" (choose from: ${SEVERITIES.join(', ')})`);
  return s.rank;
}

const COMPARE: Record<'<' | '<=' | '>' | '>=', (a: bigint, b: bigint) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

function buildEnvironment(): Environment {
  const env = new Environment()
    .registerType('Severity', { ctor: CelSeverity, fields: { name: 'string', rank: 'int' } })
    .registerType('Package', {
      ctor: CelPackage,
      fields: { name: 'string', version: 'string', ecosystem: 'string', purl: 'string' },
    })
    .registerVariable('severity', 'Severity')
    .registerVariable('severityRank', 'int')
    .registerVariable('kind', 'string')
    .registerVariable('ruleId', 'string')
    .registerVariable('title', 'string')
    .registerVariable('message', 'string')
    .registerVariable('path', 'string')
    .registerVariable('line', 'int')
    .registerVariable('fingerprint', 'string')
    .registerVariable('fixAvailable', 'bool')
    .registerVariable('suppressed', 'bool')
    .registerVariable('aliases', 'list<string>')
    .registerVariable('fixedIn', 'list<string>')
    .registerVariable('cwe', 'list<string>')
    .registerVariable('cvss', 'double')
    .registerVariable('pkg', 'Package');
  for (const [op, cmp] of Object.entries(COMPARE)) {
    env.registerOperator(`Severity ${op} string`, (a: CelSeverity, b: string) => cmp(a.rank, rankOf(b)));
    env.registerOperator(`string ${op} Severity`, (a: string, b: CelSeverity) => cmp(rankOf(a), b.rank));
    env.registerOperator(`Severity ${op} Severity`, (a: CelSeverity, b: CelSeverity) => cmp(a.rank, b.rank));
  }
  // Equality with a name checks the name too, so `severity == "hgh"` is an error rather than always false.
  env.registerOperator('Severity == string', (a: CelSeverity, b: string) => rankOf(b) === a.rank);
  env.registerOperator('Severity == Severity', (a: CelSeverity, b: CelSeverity) => a.rank === b.rank);
  env.registerOperator('Severity in list<string>', (a: CelSeverity, list: string[]) =>
    list.some((b) => rankOf(b) === a.rank),
  );
  env.registerFunction('string(Severity): string', (s: CelSeverity) => s.name);
  return env;
}

let environment: Environment | undefined;

/**
 * Replace the identifier `package` (outside string literals and comments, not after a `.`) with `pkg`
 * padded with spaces to the same length: `pkg    .name` is valid CEL, and positions in error messages
 * still point at the user's text.
 */
export function rewritePackageIdentifier(source: string): string {
  let out = '';
  let i = 0;
  const isIdent = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);
  while (i < source.length) {
    const c = source[i]!;
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      out += source.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      // A raw string (r"…", rb"…", br"…") has no escapes.
      const prefix = /[rRbB]{1,2}$/.exec(source.slice(Math.max(0, i - 2), i))?.[0] ?? '';
      const raw = /[rR]/.test(prefix);
      const triple = source.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      let j = i + quote.length;
      while (j < source.length && !source.startsWith(quote, j)) j += !raw && source[j] === '\\' ? 2 : 1;
      const stop = Math.min(source.length, j + quote.length);
      out += source.slice(i, stop);
      i = stop;
      continue;
    }
    if (source.startsWith('package', i) && !isIdent(source[i - 1]) && !isIdent(source[i + 7])) {
      let k = i - 1;
      while (k >= 0 && /\s/.test(source[k]!)) k--;
      if (source[k] !== '.') {
        out += 'pkg    ';
        i += 7;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

/** Put the user's text back into a CEL error message that quotes the rewritten expression. */
function restoreSource(message: string, rewritten: string, original: string): string {
  if (rewritten === original) return message;
  const from = rewritten.split('\n');
  const to = original.split('\n');
  let out = message;
  for (let i = 0; i < from.length; i++) if (from[i] !== to[i]) out = out.split(from[i]!).join(to[i]!);
  return out;
}

function celContext(f: Finding): Record<string, unknown> {
  const pkg = f.kind === 'vulnerability' || f.kind === 'license' ? f.package : undefined;
  const scores = f.kind === 'vulnerability' ? (f.cvss ?? []).map((c) => c.score) : [];
  return {
    severity: SEVERITY_VALUES.get(f.severity)!,
    severityRank: BigInt(RANK[f.severity]),
    kind: f.kind,
    ruleId: f.ruleId,
    title: f.title,
    message: f.message,
    path: f.location.path,
    line: BigInt(f.location.startLine ?? 0),
    fingerprint: f.fingerprint,
    fixAvailable: f.kind === 'vulnerability' && (f.fixedIn?.length ?? 0) > 0,
    suppressed: f.suppressed !== undefined,
    aliases: f.kind === 'vulnerability' ? [...f.aliases] : [],
    fixedIn: f.kind === 'vulnerability' ? [...(f.fixedIn ?? [])] : [],
    cwe: [...(f.cwe ?? [])],
    // A double: CEL keeps int and double apart, and `cvss >= 7.5` must work for a score of 9.
    cvss: scores.length > 0 ? Math.max(...scores) : 0,
    pkg: new CelPackage(pkg?.name ?? '', pkg?.version ?? '', pkg?.ecosystem ?? '', pkg?.purl ?? ''),
  };
}

/** A finding of each kind and severity, for the trial run that catches errors at compile time. */
function probes(): Finding[] {
  const out: Finding[] = [];
  for (const kind of FINDING_KINDS) {
    for (const severity of SEVERITIES) {
      const base = {
        ruleId: 'PROBE-1',
        title: '',
        severity,
        message: '',
        location: { path: 'probe' },
        fingerprint: 'probe',
      };
      const pkg = { name: 'probe', version: '1.0.0', ecosystem: 'npm', purl: 'pkg:npm/probe@1.0.0' };
      if (kind === 'vulnerability')
        out.push({
          ...base,
          kind,
          package: pkg,
          aliases: [],
          fixedIn: ['1.0.1'],
          cvss: [{ version: '3.1', vector: '', score: 5 }],
        });
      else if (kind === 'secret') out.push({ ...base, kind, redacted: '' });
      else if (kind === 'license') out.push({ ...base, kind, package: pkg, license: 'MIT' });
      else out.push({ ...base, kind });
    }
  }
  return out;
}

function usage(expression: string, detail: string): PalisadeError {
  return new PalisadeError('usage', `--fail-on '${expression}': ${detail}`);
}

/**
 * Compile `--fail-on`. A comma list of severity names gates on those severities; anything else is CEL
 * and must type-check to a bool. Throws PalisadeError('usage') with the CEL error otherwise.
 */
export function compileFailOn(expression: string): FailOn {
  const trimmed = expression.trim();
  if (trimmed === '') throw usage(expression, 'empty expression');
  const words = trimmed.split(',').map((w) => w.trim().toLowerCase());
  if (words.every((w) => /^[a-z]+$/.test(w))) {
    const unknown = words.filter((w) => !(SEVERITIES as readonly string[]).includes(w));
    if (unknown.length === 0) {
      const wanted = new Set(words);
      return { expression, matches: (f) => wanted.has(f.severity) };
    }
    // `critical,hgh` is meant as a list (a comma list is never valid CEL); a single word may be a bool variable.
    if (words.length > 1)
      throw usage(expression, `unknown severity '${unknown[0]}' (choose from: ${SEVERITIES.join(', ')})`);
  }
  environment ??= buildEnvironment();
  const env = environment;
  const source = rewritePackageIdentifier(trimmed);
  const checked = env.check(source);
  if (!checked.valid)
    throw usage(
      expression,
      `invalid CEL expression: ${restoreSource(checked.error?.message ?? 'invalid', source, trimmed)}`,
    );
  const type = String(checked.type);
  if (type !== 'bool' && type !== 'dyn')
    throw usage(expression, `the expression must be a bool, but it is ${type}`);
  let program: (ctx: Record<string, unknown>) => unknown;
  try {
    program = env.parse(source) as unknown as (ctx: Record<string, unknown>) => unknown;
  } catch (err) {
    throw usage(expression, `invalid CEL expression: ${restoreSource(errorMessage(err), source, trimmed)}`);
  }
  const evaluate = (f: Finding): boolean => {
    const out = program(celContext(f));
    if (typeof out !== 'boolean')
      throw new Error(
        `the expression returned ${typeof out === 'bigint' ? 'an int' : typeof out}, expected a bool`,
      );
    return out;
  };
  // Errors that do not depend on the data (an unknown severity name, a bad conversion) show up on a
  // trial run over one finding of each kind and severity, so a typo stops the command before the scan.
  for (const probe of probes()) {
    try {
      evaluate(probe);
    } catch (err) {
      throw usage(expression, restoreSource(errorMessage(err), source, trimmed));
    }
  }
  const matches = (f: Finding): boolean => {
    try {
      return evaluate(f);
    } catch (err) {
      throw usage(
        expression,
        `evaluation failed on ${f.ruleId} in ${f.location.path}: ${restoreSource(errorMessage(err), source, trimmed)}`,
      );
    }
  };
  return { expression, matches };
}
