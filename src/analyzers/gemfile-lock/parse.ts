/**
 * Bundler lockfiles (Gemfile.lock, gems.locked). Format as written by Bundler's LockfileGenerator and read by
 * its LockfileParser (https://github.com/rubygems/rubygems/blob/master/bundler/lib/bundler/lockfile_parser.rb):
 *
 *   GEM | GIT | PATH | PLUGIN SOURCE        source sections
 *     remote: https://rubygems.org/
 *     specs:
 *       nokogiri (1.15.4-x86_64-linux)      4 spaces: name (version[-platform])
 *         racc (~> 1.4)                     6 spaces: its dependencies with requirements
 *   PLATFORMS / DEPENDENCIES / RUBY VERSION / BUNDLED WITH / CHECKSUMS
 *
 * DEPENDENCIES lists what the Gemfile declares (`name (req)` or `name!` when pinned to a source): those are
 * direct. Bundler splits version and platform at the first '-' (RubyGems versions never contain one).
 */
import type { Package } from '../../core/model.js';
import { makePackage } from '../shared/package.js';

const SOURCE_SECTIONS = new Set(['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE']);
// Same shape as Bundler's NAME_VERSION: indent, name, optional "(version[-platform])", optional "!".
const NAME_VERSION = /^( {2}| {4}| {6})(?! )(.*?)(?: \(([^-]*)(?:-(.*))?\))?(!)?$/;

export interface GemfileGroups {
  /** Gems the Gemfile declares only inside development/test groups. */
  devOnly: Set<string>;
  /** Every gem the Gemfile declares. */
  declared: Set<string>;
}

interface Spec {
  name: string;
  version: string;
  line: number;
  deps: string[];
}

export function parseGemfileLock(
  text: string,
  path: string,
  foundBy: string,
  groups?: GemfileGroups,
): Package[] {
  const lines = text.split(/\r?\n/);
  let section = '';
  let inSpecs = false;
  const specs: Spec[] = [];
  const direct = new Set<string>();
  let current: Spec | undefined;
  let sawSection = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    if (!raw.startsWith(' ')) {
      section = raw.trim();
      sawSection = true;
      inSpecs = false;
      current = undefined;
      continue;
    }
    if (SOURCE_SECTIONS.has(section)) {
      if (raw === '  specs:') {
        inSpecs = true;
        continue;
      }
      if (!inSpecs) continue;
      const m = NAME_VERSION.exec(raw);
      if (!m) continue;
      const indent = m[1]!.length;
      if (indent === 4 && m[3] !== undefined) {
        current = { name: m[2]!, version: m[3]!.trim(), line: i + 1, deps: [] };
        specs.push(current);
      } else if (indent === 6 && current) {
        current.deps.push(m[2]!);
      }
    } else if (section === 'DEPENDENCIES') {
      const m = NAME_VERSION.exec(raw);
      if (m && m[1]!.length === 2) direct.add(m[2]!);
    }
  }
  if (!sawSection && text.trim() !== '')
    throw new Error('not a Bundler lockfile: no GEM/DEPENDENCIES sections');

  // One package per name@version: platform variants (nokogiri for x86_64-linux and arm64-darwin) are the same release.
  const byKey = new Map<string, Spec>();
  const byName = new Map<string, Spec[]>();
  for (const s of specs) {
    const key = `${s.name}@${s.version}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.deps.push(...s.deps);
      continue;
    }
    byKey.set(key, s);
    byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  }
  const unique = [...byKey.values()];
  const dev = groups && direct.size > 0 ? devReachability(unique, byName, direct, groups) : undefined;
  const purlOf = (s: Spec) =>
    makePackage({ name: s.name, version: s.version, ecosystem: 'RubyGems', path, foundBy }).purl;
  return unique.map((s) =>
    makePackage({
      name: s.name,
      version: s.version,
      ecosystem: 'RubyGems',
      path,
      line: s.line,
      foundBy,
      direct: direct.size > 0 ? direct.has(s.name) : undefined,
      dev: dev ? dev.has(s) : undefined,
      dependsOn: s.deps.flatMap((d) => (byName.get(d) ?? []).map(purlOf)),
    }),
  );
}

/** Specs reachable only from development/test roots (breadth-first, so depth is not bounded by the call stack). */
function devReachability(
  specs: Spec[],
  byName: Map<string, Spec[]>,
  direct: Set<string>,
  groups: GemfileGroups,
): Set<Spec> {
  const reach = (roots: string[]): Set<Spec> => {
    const seen = new Set<Spec>();
    const queue = roots.flatMap((r) => byName.get(r) ?? []);
    for (let i = 0; i < queue.length; i++) {
      const s = queue[i]!;
      if (seen.has(s)) continue;
      seen.add(s);
      for (const d of s.deps) queue.push(...(byName.get(d) ?? []));
    }
    return seen;
  };
  const prodRoots = [...direct].filter((n) => !groups.devOnly.has(n));
  const devRoots = [...direct].filter((n) => groups.devOnly.has(n));
  const prod = reach(prodRoots);
  const devReach = reach(devRoots);
  return new Set(specs.filter((s) => devReach.has(s) && !prod.has(s)));
}

const DEV_GROUPS = new Set(['development', 'test']);

/**
 * Reads `gem` declarations and their groups from a Gemfile without evaluating Ruby: `group :a, :b do … end`
 * blocks and `group:`/`groups:` options. Returns undefined when the Gemfile uses constructs we cannot follow
 * (conditionals, eval_gemfile, custom methods around gem calls would make a guess unreliable).
 */
export function readGemfileGroups(text: string): GemfileGroups | undefined {
  const stack: (string[] | null)[] = [];
  const devOnly = new Set<string>();
  const prodSeen = new Set<string>();
  const declared = new Set<string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (!line) continue;
    if (/^eval_gemfile\b/.test(line)) return undefined;
    const group = /^group\s*\(?\s*((?::\w+|["']\w+["'])(?:\s*,\s*(?::\w+|["']\w+["']))*)\s*\)?\s*do\b/.exec(
      line,
    );
    if (group) {
      stack.push(group[1]!.split(',').map((g) => g.trim().replace(/^:|["']/g, '')));
      continue;
    }
    if (/\bdo(\s*\|[^|]*\|)?$/.test(line)) {
      stack.push(null);
      continue;
    }
    if (/^end\b/.test(line)) {
      stack.pop();
      continue;
    }
    const gem = /^gem\s*\(?\s*["']([^"']+)["'](.*)$/.exec(line);
    if (!gem) continue;
    const name = gem[1]!;
    declared.add(name);
    const opt = /\bgroups?:\s*(\[[^\]]*\]|:\w+|["']\w+["'])/.exec(gem[2]!);
    const inline = opt
      ? opt[1]!
          .replace(/[[\]\s]/g, '')
          .split(',')
          .map((g) => g.replace(/^:|["']/g, ''))
      : [];
    const enclosing = stack.flatMap((s) => s ?? []);
    const all = [...enclosing, ...inline];
    if (all.length > 0 && all.every((g) => DEV_GROUPS.has(g))) devOnly.add(name);
    else prodSeen.add(name);
  }
  // A gem declared twice (e.g. once per platform) counts as production if any declaration is.
  for (const n of prodSeen) devOnly.delete(n);
  return { devOnly, declared };
}
