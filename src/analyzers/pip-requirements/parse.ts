/**
 * pip requirements files. Format: https://pip.pypa.io/en/stable/reference/requirements-file-format/
 * Requirement specifiers: PEP 508 (https://peps.python.org/pep-0508/) and PEP 440 version
 * specifiers (https://peps.python.org/pep-0440/#version-specifiers).
 *
 * Only an exact pin (`name==1.0`, `name===1.0`) names the version pip will install; everything else
 * (ranges, no version, URLs, editables, VCS) is an unpinned requirement, reported but never matched.
 */

export interface Requirement {
  name: string;
  /** The exact version when pinned. */
  version?: string;
  /** The specifier as written (for unpinned requirements). */
  specifier: string;
  line: number;
  endLine: number;
}

export interface Include {
  kind: 'requirement' | 'constraint';
  target: string;
  line: number;
}

export interface ParsedRequirements {
  requirements: Requirement[];
  includes: Include[];
}

interface LogicalLine {
  text: string;
  line: number;
  endLine: number;
}

/** A comment starts at a `#` that opens the line or follows whitespace (a scan, not a regex: linear on any input). */
function stripComment(s: string): string {
  for (let i = s.indexOf('#'); i >= 0; i = s.indexOf('#', i + 1)) {
    if (i === 0 || /\s/.test(s[i - 1]!)) return s.slice(0, i);
  }
  return s;
}

/** pip joins `\`-continued lines first, then strips comments (`#` at start or after whitespace). */
function logicalLines(text: string): LogicalLine[] {
  const physical = text.split(/\r?\n/);
  const out: LogicalLine[] = [];
  let buf: string[] = [];
  let start = 0;
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!;
    const isComment = /^\s*#/.test(raw);
    if (buf.length === 0) start = i + 1;
    if (!isComment && raw.endsWith('\\')) {
      buf.push(raw.slice(0, -1));
      continue;
    }
    // A comment line ends a continuation (pip treats it as a line of its own).
    if (isComment) {
      if (buf.length > 0) out.push({ text: buf.join(''), line: start, endLine: i });
      buf = [];
      continue;
    }
    buf.push(raw);
    out.push({ text: buf.join(''), line: start, endLine: i + 1 });
    buf = [];
  }
  if (buf.length > 0) out.push({ text: buf.join(''), line: start, endLine: physical.length });
  return out.map((l) => ({ ...l, text: stripComment(l.text).trim() })).filter((l) => l.text.length > 0);
}

const INCLUDE_RE = /^(?:-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+|(?=[^\s-]))(\S+)/;
const EDITABLE_RE = /^(?:-e|--editable)(?:\s*=\s*|\s+)(\S+)/;
const NAME_RE = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*/;
const URL_RE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
/** A PEP 440 version literal (loose: pip accepts legacy strings too), no wildcard, no ${VAR}. */
const EXACT_VERSION_RE = /^[A-Za-z0-9][A-Za-z0-9.+!_-]*$/;

/** Project name from a URL or path: `#egg=name`, a wheel file name or an sdist file name. */
function nameFromLocation(loc: string): string {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(loc);
  if (egg) return egg[1]!.replace(/-\d.*$/, '');
  const file = loc.split(/[?#]/)[0]!.replace(/\/+$/, '').split('/').pop() ?? loc;
  if (/\.whl$/i.test(file)) return file.split('-')[0]!;
  const sdist = /^(.+?)-\d[^-]*\.(?:tar\.gz|tar\.bz2|tgz|zip)$/i.exec(file);
  if (sdist) return sdist[1]!;
  return loc;
}

/** Per-requirement options (`--hash=…`, `--config-settings …`) start at the first ` -x`/` --x` token. */
function stripOptions(s: string): string {
  const m = /\s--?[A-Za-z]/.exec(s);
  return m ? s.slice(0, m.index).trim() : s;
}

function parseRequirementLine(text: string, line: number, endLine: number): Requirement | undefined {
  const body = stripOptions(text);
  if (!body) return undefined;
  if (URL_RE.test(body) || /^[./~]/.test(body) || /^[A-Za-z]:[\\/]/.test(body)) {
    return { name: nameFromLocation(body.split(/\s*;\s/)[0]!), specifier: body, line, endLine };
  }
  const m = NAME_RE.exec(body);
  if (!m) return undefined;
  const name = m[1]!;
  let rest = body.slice(m[0].length);
  // Direct reference: `name @ url` (markers after it need whitespace before ';').
  if (rest.startsWith('@')) return { name, specifier: rest.split(/\s;/)[0]!.trim(), line, endLine };
  rest = rest.split(';')[0]!.trim();
  // Legacy parenthesised form: `name (==1.0)`.
  if (rest.startsWith('(') && rest.endsWith(')')) rest = rest.slice(1, -1).trim();
  const clauses = rest
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length === 1) {
    const pin = /^(===?)\s*(\S+)$/.exec(clauses[0]!);
    if (pin && EXACT_VERSION_RE.test(pin[2]!))
      return { name, version: pin[2]!, specifier: `${pin[1]}${pin[2]}`, line, endLine };
  }
  return { name, specifier: rest, line, endLine };
}

export function parseRequirements(text: string): ParsedRequirements {
  const requirements: Requirement[] = [];
  const includes: Include[] = [];
  for (const { text: l, line, endLine } of logicalLines(text)) {
    if (l.startsWith('-')) {
      const inc = INCLUDE_RE.exec(l);
      if (inc) {
        includes.push({
          kind: /^(-c|--constraint)/.test(l) ? 'constraint' : 'requirement',
          target: inc[1]!,
          line,
        });
        continue;
      }
      const ed = EDITABLE_RE.exec(l);
      if (ed) {
        const loc = ed[1]!;
        const local = !URL_RE.test(loc) && !/[#&]egg=/.test(loc);
        requirements.push({
          name: local ? loc : nameFromLocation(loc),
          specifier: `-e ${loc}`,
          line,
          endLine,
        });
      }
      // Every other option (--index-url, --find-links, --pre, --require-hashes, …) names no package.
      continue;
    }
    const req = parseRequirementLine(l, line, endLine);
    if (req) requirements.push(req);
  }
  return { requirements, includes };
}

const DEV_TOKENS = new Set(['dev', 'devel', 'develop', 'development', 'test', 'tests', 'testing']);

/**
 * A file holds dev/test-only requirements when its name says so: requirements-dev.txt,
 * dev-requirements.txt, requirements_test.txt, requirements/tests.txt, …
 */
export function isDevRequirementsFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.(txt|in)$/i, '');
  return base
    .toLowerCase()
    .split(/[-_.]+/)
    .some((t) => DEV_TOKENS.has(t));
}
