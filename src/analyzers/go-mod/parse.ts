/**
 * go.mod, per the reference at https://go.dev/ref/mod#go-mod-file (lexical elements, directives,
 * `// indirect`, replace/exclude semantics) and, for go ≤ 1.16 modules, go.sum
 * (https://go.dev/ref/mod#go-sum-files), which then is the only record of indirect requirements.
 */
import type { Diagnostic, Package } from '../../core/model.js';
import { compareGoVersions, goModulePackage, goStdlibPackage, goToolchainVersion } from '../shared/golang.js';

interface Line {
  tokens: string[];
  comment: string;
  line: number;
}

interface Require {
  path: string;
  version: string;
  indirect: boolean;
  line: number;
}

interface Replace {
  oldPath: string;
  oldVersion?: string;
  newPath: string;
  /** Absent when the replacement is a directory (`=> ../fork`). */
  newVersion?: string;
}

export interface GoModFile {
  module?: string;
  go?: { version: string; line: number };
  toolchain?: { name: string; line: number };
  requires: Require[];
  replaces: Replace[];
  excludes: Set<string>;
  diagnostics: Diagnostic[];
}

const MAX_DIAGNOSTICS = 20;
// Directives that carry no packages (retract, and those added after go 1.21: godebug, tool, ignore).
const IGNORED_VERBS = new Set(['retract', 'godebug', 'tool', 'ignore']);
const KNOWN_VERBS = new Set(['module', 'go', 'toolchain', 'require', 'replace', 'exclude', ...IGNORED_VERBS]);

/** Split one line into tokens: bare words, "interpreted" and `raw` strings; `//` starts a comment. */
function tokenize(raw: string, lineNo: number): Line {
  const tokens: string[] = [];
  let comment = '';
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
    } else if (ch === '/' && raw[i + 1] === '/') {
      comment = raw.slice(i + 2).trim();
      break;
    } else if (ch === '"' || ch === '`') {
      let j = i + 1;
      let value = '';
      while (j < raw.length && raw[j] !== ch) {
        if (ch === '"' && raw[j] === '\\' && j + 1 < raw.length) j++;
        value += raw[j];
        j++;
      }
      if (j >= raw.length) throw new Error(`line ${lineNo}: unterminated string`);
      tokens.push(value);
      i = j + 1;
    } else if (ch === '(' || ch === ')') {
      tokens.push(ch);
      i++;
    } else {
      let j = i;
      while (j < raw.length && !/[\s()"`]/.test(raw[j]!) && !(raw[j] === '/' && raw[j + 1] === '/')) j++;
      tokens.push(raw.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment, line: lineNo };
}

/** Parse go.mod text into its directives. Throws on structural errors (unterminated block or string). */
export function parseGoModFile(text: string): GoModFile {
  const out: GoModFile = { requires: [], replaces: [], excludes: new Set(), diagnostics: [] };
  const warn = (code: string, message: string) => {
    if (out.diagnostics.length < MAX_DIAGNOSTICS) out.diagnostics.push({ level: 'warning', code, message });
  };
  let block: { verb: string; line: number } | undefined;
  const rawLines = text.split('\n');
  for (let n = 0; n < rawLines.length; n++) {
    const l = tokenize(rawLines[n]!, n + 1);
    let tokens = l.tokens;
    if (tokens.length === 0) continue;
    if (block) {
      if (tokens.length === 1 && tokens[0] === ')') {
        block = undefined;
        continue;
      }
      handle(block.verb, tokens, l);
      continue;
    }
    const verb = tokens[0]!;
    tokens = tokens.slice(1);
    if (tokens[0] === '(') {
      if (tokens.length === 1) block = { verb, line: l.line };
      else if (!(tokens.length === 2 && tokens[1] === ')')) throw new Error(`line ${l.line}: unexpected tokens after "${verb} ("`);
      continue;
    }
    if (verb === ')') throw new Error(`line ${l.line}: unexpected ")"`);
    handle(verb, tokens, l);
  }
  if (block) throw new Error(`line ${block.line}: "${block.verb} (" block is never closed`);
  return out;

  function handle(verb: string, args: string[], l: Line): void {
    if (!KNOWN_VERBS.has(verb)) {
      warn('unknown-directive', `line ${l.line}: unknown directive "${verb}"`);
      return;
    }
    if (IGNORED_VERBS.has(verb)) return;
    switch (verb) {
      case 'module':
        if (args.length >= 1) out.module = args[0];
        return;
      case 'go':
        if (args.length === 1) out.go = { version: args[0]!, line: l.line };
        return;
      case 'toolchain':
        if (args.length === 1) out.toolchain = { name: args[0]!, line: l.line };
        return;
      case 'require':
      case 'exclude':
        if (args.length !== 2) {
          warn('malformed-entry', `line ${l.line}: ${verb} expects "module version"`);
          return;
        }
        if (verb === 'exclude') out.excludes.add(`${args[0]}@${args[1]}`);
        else
          out.requires.push({
            path: args[0]!,
            version: args[1]!,
            // "// indirect" or "// indirect; other comment" (golang.org/x/mod/modfile isIndirect).
            indirect: l.comment === 'indirect' || l.comment.startsWith('indirect;'),
            line: l.line,
          });
        return;
      case 'replace': {
        const arrow = args.indexOf('=>');
        const left = args.slice(0, arrow);
        const right = args.slice(arrow + 1);
        if (arrow < 0 || left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
          warn('malformed-entry', `line ${l.line}: replace expects "module [version] => target [version]"`);
          return;
        }
        out.replaces.push({ oldPath: left[0]!, oldVersion: left[1], newPath: right[0]!, newVersion: right[1] });
        return;
      }
    }
  }
}

/** True when the go directive says the file predates module graph pruning (go 1.17), or says nothing. */
export function needsGoSum(goVersion: string | undefined): boolean {
  if (!goVersion) return true;
  const m = /^(\d+)\.(\d+)/.exec(goVersion);
  if (!m) return false;
  return Number(m[1]) === 1 && Number(m[2]) < 17;
}

export interface GoModResult {
  packages: Package[];
  diagnostics: Diagnostic[];
}

/**
 * Packages of a go.mod: every required module version (after `exclude` and `replace`), plus `stdlib`
 * at the toolchain version (else the go version as written). A replacement by a local directory is
 * dropped, as Trivy does: it is the project's own code and has no version to match.
 */
export function parseGoMod(
  text: string,
  path: string,
  foundBy: string,
  goSum?: { text: string; path: string },
): GoModResult {
  const mod = parseGoModFile(text);
  const packages: Package[] = [];
  const exact = new Map<string, Replace>();
  const wildcard = new Map<string, Replace>();
  // Later replace lines win, as in cmd/go.
  for (const r of mod.replaces) (r.oldVersion ? exact : wildcard).set(r.oldVersion ? `${r.oldPath}@${r.oldVersion}` : r.oldPath, r);
  const seenPaths = new Set<string>();
  for (const req of mod.requires) {
    seenPaths.add(req.path);
    if (mod.excludes.has(`${req.path}@${req.version}`)) continue;
    const rep = exact.get(`${req.path}@${req.version}`) ?? wildcard.get(req.path);
    if (rep && rep.newVersion === undefined) continue;
    const name = rep ? rep.newPath : req.path;
    const version = rep ? rep.newVersion! : req.version;
    seenPaths.add(name);
    packages.push(goModulePackage({ name, version, path, line: req.line, foundBy, direct: !req.indirect }));
  }
  const tc = mod.toolchain ? goToolchainVersion(mod.toolchain.name) : undefined;
  if (tc) packages.push(goStdlibPackage(tc, { path, line: mod.toolchain!.line, foundBy, direct: true }));
  else if (mod.go) packages.push(goStdlibPackage(mod.go.version, { path, line: mod.go.line, foundBy, direct: true }));

  if (goSum && needsGoSum(mod.go?.version)) {
    if (mod.module) seenPaths.add(mod.module);
    packages.push(...goSumIndirect(goSum.text, goSum.path, foundBy, seenPaths));
  }
  return { packages, diagnostics: mod.diagnostics };
}

/**
 * Before go 1.17 a go.mod lists only the direct requirements; go.sum holds a hash of every module whose
 * code the build (and its tests) needed. A module with only a `/go.mod` hash was consulted for the graph,
 * not built, so it is skipped; of several versions the highest is the one minimal version selection keeps.
 */
function goSumIndirect(text: string, path: string, foundBy: string, skip: Set<string>): Package[] {
  const best = new Map<string, { version: string; line: number }>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const f = lines[i]!.trim().split(/\s+/);
    if (f.length !== 3 || f[1]!.endsWith('/go.mod') || skip.has(f[0]!)) continue;
    const prev = best.get(f[0]!);
    if (!prev || compareGoVersions(f[1]!, prev.version) > 0) best.set(f[0]!, { version: f[1]!, line: i + 1 });
  }
  return [...best].map(([name, v]) => goModulePackage({ name, version: v.version, path, line: v.line, foundBy, direct: false }));
}
