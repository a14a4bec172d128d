/**
 * yarn.lock, both generations:
 * - classic (yarn 1, "# yarn lockfile v1"): yarn's own indented format, one block per resolved package whose
 *   header lists every `name@range` descriptor resolved to it. https://classic.yarnpkg.com/en/docs/yarn-lock
 *   (grammar: yarnpkg/yarn src/lockfile/parse.js).
 * - berry (yarn 2+, `__metadata.version` 4..10): YAML, descriptors with protocols (`npm:`, `workspace:`,
 *   `patch:`, `link:`, `portal:`, git/http URLs), `resolution` = the locator, `linkType: soft` for things
 *   that are not fetched packages. https://yarnpkg.com/advanced/lexicon#locator and
 *   yarnpkg/berry packages/yarnpkg-core/sources/Project.ts (generateLockfile).
 *
 * Parsing is pure; direct/dev need package.json files, which index.ts reads and hands to buildPackages.
 */
import type { Diagnostic, Package } from '../../core/model.js';
import { purlFor } from '../../core/purl.js';
import { classifyDev, keyLines, parseYaml, type Manifest } from '../shared/js-lockfile.js';
import { makePackage } from '../shared/package.js';

export interface YarnEntry {
  /** Every descriptor (`name@range`) in the entry's header, as the lockfile spells it. */
  descriptors: string[];
  /** Real package name (aliases and patches resolved). */
  name: string;
  version: string;
  line: number;
  endLine: number;
  /** Dependency descriptors (`name@range`), from `dependencies` and `optionalDependencies`. */
  deps: string[];
  /** Berry workspace path (relative to the lockfile's folder) when the entry is a workspace. */
  workspace?: string;
  /** Not a fetched package (workspace, link, portal): kept for the graph, never reported. */
  virtual?: boolean;
}

export interface YarnLockfile {
  kind: 'classic' | 'berry';
  entries: YarnEntry[];
  diagnostics: Diagnostic[];
}

/** Split `name@range` (name may be `@scope/name`). */
export function splitDescriptor(descriptor: string): { name: string; range: string } {
  const at = descriptor.indexOf('@', 1);
  return at < 0 ? { name: descriptor, range: '' } : { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}

/** Name of the package a descriptor really installs: `alias@npm:real@^1` installs `real`. */
function realName(descriptor: string): string {
  const { name, range } = splitDescriptor(descriptor);
  if (range.startsWith('npm:')) {
    const inner = range.slice(4);
    // `npm:^1.2.3` (berry's plain registry range) has no name; `npm:real@^1` names the real package.
    if (/^(@[^/@]+\/)?[^@/:]+@/.test(inner)) return splitDescriptor(inner).name;
  }
  return name;
}

// ---------- classic ----------

function unquote(token: string): string {
  if (token.length >= 2 && token.startsWith('"') && token.endsWith('"')) {
    try {
      return JSON.parse(token) as string;
    } catch {
      return token.slice(1, -1);
    }
  }
  return token;
}

/** Split on commas outside double quotes. */
function splitHeader(header: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const ch = header[i]!;
    if (ch === '\\' && quoted && i + 1 < header.length) {
      cur += ch + header[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => unquote(s.trim())).filter((s) => s.length > 0);
}

/** `key value`, `"key" "value"` or `key:` (start of a nested block). */
function splitProperty(body: string): { key: string; value?: string } | undefined {
  let key: string;
  let rest: string;
  if (body.startsWith('"')) {
    let i = 1;
    while (i < body.length && body[i] !== '"') i += body[i] === '\\' ? 2 : 1;
    if (i >= body.length) return undefined;
    key = unquote(body.slice(0, i + 1));
    rest = body.slice(i + 1);
  } else {
    const m = /^[^\s"]+/.exec(body);
    if (!m) return undefined;
    key = m[0];
    rest = body.slice(key.length);
  }
  const trimmed = rest.trim();
  if (trimmed === '' && key.endsWith(':')) return { key: key.slice(0, -1) };
  if (trimmed === ':') return { key };
  if (trimmed === '') return undefined;
  return { key, value: unquote(trimmed) };
}

function parseClassic(text: string): YarnLockfile {
  const entries: YarnEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines = text.split(/\r?\n/);
  let cur: { descriptors: string[]; line: number; endLine: number; version?: string; deps: string[] } | undefined;
  let block: string | undefined;
  let bad = 0;
  const flush = () => {
    if (!cur) return;
    if (cur.version === undefined) {
      diagnostics.push({ level: 'warning', code: 'parse-error', message: `entry "${cur.descriptors.join(', ')}" (line ${cur.line}) has no version; skipped` });
    } else {
      entries.push({ descriptors: cur.descriptors, name: realName(cur.descriptors[0]!), version: cur.version, line: cur.line, endLine: cur.endLine, deps: cur.deps });
    }
    cur = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const body = raw.trimStart();
    if (body === '' || body.startsWith('#')) continue;
    const indent = raw.length - body.length;
    if (indent === 0) {
      flush();
      block = undefined;
      const trimmed = body.trimEnd();
      if (!trimmed.endsWith(':')) {
        bad++;
        continue;
      }
      const descriptors = splitHeader(trimmed.slice(0, -1));
      if (descriptors.length === 0) {
        bad++;
        continue;
      }
      cur = { descriptors, line: i + 1, endLine: i + 1, deps: [] };
      continue;
    }
    if (!cur) {
      bad++;
      continue;
    }
    cur.endLine = i + 1;
    const prop = splitProperty(body.trimEnd());
    if (!prop) continue;
    if (indent <= 2) {
      block = prop.value === undefined ? prop.key : undefined;
      if (prop.key === 'version' && prop.value !== undefined) cur.version = prop.value;
    } else if (prop.value !== undefined && (block === 'dependencies' || block === 'optionalDependencies')) {
      cur.deps.push(`${prop.key}@${prop.value}`);
    }
  }
  flush();
  if (bad > 0) {
    if (entries.length === 0) throw new Error(`not a yarn.lock: ${bad} line(s) outside any "name@range:" entry`);
    diagnostics.push({ level: 'warning', code: 'parse-error', message: `${bad} malformed line(s) outside any entry were skipped` });
  }
  return { kind: 'classic', entries, diagnostics };
}

// ---------- berry ----------

/** Protocols whose entries are not packages fetched from anywhere. */
const VIRTUAL_PROTOCOLS = /^(workspace|link|portal):/;

function parseBerry(text: string): YarnLockfile {
  const y = parseYaml(text, 'yarn.lock');
  if (!y.value || typeof y.value !== 'object' || Array.isArray(y.value)) throw new Error('not a yarn.lock: top level is not a mapping');
  const lines = keyLines(y, []);
  const entries: YarnEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [key, raw] of Object.entries(y.value as Record<string, unknown>)) {
    if (key === '__metadata') continue;
    const pos = lines.get(key) ?? { line: 0, endLine: 0 };
    if (!raw || typeof raw !== 'object') {
      diagnostics.push({ level: 'warning', code: 'parse-error', message: `entry "${key}" (line ${pos.line}) is not a mapping; skipped` });
      continue;
    }
    const e = raw as Record<string, unknown>;
    const descriptors = key.split(',').map((d) => d.trim()).filter(Boolean);
    const resolution = typeof e.resolution === 'string' ? e.resolution : descriptors[0]!;
    const { name: resName, range: reference } = splitDescriptor(resolution);
    const version = e.version === undefined || e.version === null ? undefined : String(e.version);
    const virtual = e.linkType === 'soft' || VIRTUAL_PROTOCOLS.test(reference);
    if (version === undefined && !virtual) {
      diagnostics.push({ level: 'warning', code: 'parse-error', message: `entry "${key}" (line ${pos.line}) has no version; skipped` });
      continue;
    }
    const deps: string[] = [];
    for (const field of ['dependencies', 'optionalDependencies'] as const) {
      const d = e[field];
      if (d && typeof d === 'object') {
        for (const [n, r] of Object.entries(d as Record<string, unknown>)) if (r !== null && r !== undefined) deps.push(`${n}@${String(r)}`);
      }
    }
    const entry: YarnEntry = { descriptors, name: resName, version: version ?? '', line: pos.line, endLine: pos.endLine, deps };
    if (virtual) entry.virtual = true;
    if (reference.startsWith('workspace:')) entry.workspace = reference.slice('workspace:'.length);
    entries.push(entry);
  }
  return { kind: 'berry', entries, diagnostics };
}

/** Parse either generation; throws on input that is neither. */
export function parseYarnLock(text: string): YarnLockfile {
  return /^__metadata:/m.test(text) ? parseBerry(text) : parseClassic(text);
}

// ---------- packages ----------

export interface BuildContext {
  path: string;
  foundBy: string;
  /** package.json beside the lockfile (classic), when readable. */
  rootManifest?: Manifest;
  /** Classic only: some workspaces could not be read, so packages only they declare are not knowable. */
  incompleteWorkspaces?: boolean;
  /** Extra classic workspace manifests that could be read. */
  workspaceManifests?: Manifest[];
  /** Berry: workspace path → its package.json (undefined when unreadable). */
  berryWorkspaces?: Map<string, Manifest | undefined>;
}

const keyOf = (e: YarnEntry) => (e.virtual ? `virtual:${e.descriptors[0]}` : `${e.name}@${e.version}`);

/** Turn parsed entries into packages: one per name@version, with dependsOn, direct and dev. */
export function buildPackages(lock: YarnLockfile, ctx: BuildContext): Package[] {
  const byDescriptor = new Map<string, YarnEntry>();
  for (const e of lock.entries) for (const d of e.descriptors) byDescriptor.set(d, e);
  const resolve = (descriptor: string): YarnEntry | undefined => {
    const hit = byDescriptor.get(descriptor);
    if (hit || lock.kind === 'classic') return hit;
    // Older berry lockfiles (metadata v4) wrote plain ranges in `dependencies` but `npm:` in keys.
    const { name, range } = splitDescriptor(descriptor);
    return byDescriptor.get(`${name}@npm:${range}`);
  };

  const edges = new Map<string, Set<string>>();
  for (const e of lock.entries) {
    const k = keyOf(e);
    const set = edges.get(k) ?? new Set<string>();
    edges.set(k, set);
    // A workspace's own dependencies are roots (below), classified by its manifest, not walked through.
    if (e.workspace !== undefined) continue;
    for (const d of e.deps) {
      const t = resolve(d);
      if (t && t.workspace === undefined) set.add(keyOf(t));
    }
  }

  const prod: string[] = [];
  const dev: string[] = [];
  const unknown: string[] = [];
  const direct = new Set<string>();
  let knowDirect = false;
  let knowDev = false;
  const addRoot = (descriptor: string, kind: 'prod' | 'dev' | 'unknown') => {
    const t = resolve(descriptor);
    if (!t || t.workspace !== undefined) return;
    const k = keyOf(t);
    direct.add(k);
    (kind === 'prod' ? prod : kind === 'dev' ? dev : unknown).push(k);
  };
  const addManifest = (m: Manifest, toDescriptor: (name: string, range: string) => string) => {
    for (const [n, r] of Object.entries({ ...m.dependencies, ...m.optionalDependencies })) addRoot(toDescriptor(n, r), 'prod');
    for (const [n, r] of Object.entries(m.devDependencies)) addRoot(toDescriptor(n, r), 'dev');
  };

  if (lock.kind === 'classic') {
    if (ctx.rootManifest) {
      knowDirect = knowDev = true;
      addManifest(ctx.rootManifest, (n, r) => `${n}@${r}`);
      for (const m of ctx.workspaceManifests ?? []) addManifest(m, (n, r) => `${n}@${r}`);
    }
  } else {
    // The lockfile lists each workspace's dependencies (prod and dev merged), so direct is known
    // from it alone; dev needs the workspace's package.json.
    knowDirect = lock.entries.some((e) => e.workspace !== undefined);
    knowDev = knowDirect;
    for (const e of lock.entries) {
      if (e.workspace === undefined) continue;
      const m = ctx.berryWorkspaces?.get(e.workspace);
      for (const d of e.deps) {
        const { name } = splitDescriptor(d);
        const kind = !m
          ? 'unknown'
          : name in m.dependencies || name in m.optionalDependencies
            ? 'prod'
            : name in m.devDependencies
              ? 'dev'
              : 'unknown';
        addRoot(d, kind);
      }
    }
  }
  const devOf = knowDev ? classifyDev(edges, { prod, dev, unknown }) : undefined;

  // Several entries can resolve to one name@version (ranges split across entries, an alias, a patch):
  // the first entry is the location, edges were merged above.
  const packages = new Map<string, { entry: YarnEntry }>();
  for (const e of lock.entries) {
    const k = keyOf(e);
    if (!e.virtual && !packages.has(k)) packages.set(k, { entry: e });
  }
  const purlOfKey = new Map<string, string>();
  for (const [k, p] of packages) purlOfKey.set(k, purlFor('npm', p.entry.name, p.entry.version));

  const out: Package[] = [];
  for (const [k, p] of packages) {
    const dependsOn = [...(edges.get(k) ?? [])].map((t) => purlOfKey.get(t)).filter((x): x is string => x !== undefined);
    const isDirect = direct.has(k) ? true : knowDirect && !ctx.incompleteWorkspaces ? false : undefined;
    out.push(
      makePackage({
        name: p.entry.name,
        version: p.entry.version,
        ecosystem: 'npm',
        path: ctx.path,
        line: p.entry.line,
        endLine: p.entry.endLine,
        foundBy: ctx.foundBy,
        direct: isDirect,
        dev: devOf?.get(k),
        dependsOn,
      }),
    );
  }
  return out;
}
