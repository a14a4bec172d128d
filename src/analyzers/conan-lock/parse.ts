/**
 * Conan lockfiles, `conan.lock`:
 * - Conan 1.x, lockfile version 0.4 (https://docs.conan.io/1/versioning/lockfiles.html) and the older 0.2/0.3
 *   (`pref` instead of `ref`): a graph in `graph_lock.nodes`, keyed by node id. Node "0" is usually the consumer
 *   (it has a `path` to its conanfile instead of being a package); `requires` / `build_requires` list node ids.
 * - Conan 2.x, lockfile version 0.5 (https://docs.conan.io/2/tutorial/versioning/lockfiles.html): flat lists
 *   `requires`, `build_requires`, `python_requires` (and `config_requires`) of
 *   `name/version[@user/channel][#recipe_revision[%timestamp]]`.
 * Build requirements (tools such as cmake, ninja) and python_requires (recipe code) only serve the build: dev.
 */
import type { Package } from '../../core/model.js';
import { purlFor } from '../../core/purl.js';
import { makePackage } from '../shared/package.js';
import { asRecord, asString, forwardFinder, parseJsonText } from '../shared/small-lockfiles.js';

export interface ConanRef {
  name: string;
  version: string;
  user?: string;
  channel?: string;
}

/** `zlib/1.2.13@user/channel#rrev%ts:pkgid#prev` → name, version, user, channel. Undefined without a name. */
export function parseConanRef(ref: string): ConanRef | undefined {
  const base = ref.split(/[#:%]/, 1)[0]!.trim();
  const [nameVersion, userChannel] = base.split('@', 2) as [string, string | undefined];
  const slash = nameVersion.indexOf('/');
  if (slash <= 0 || slash === nameVersion.length - 1) return undefined;
  const out: ConanRef = { name: nameVersion.slice(0, slash), version: nameVersion.slice(slash + 1) };
  if (userChannel) {
    const [user, channel] = userChannel.split('/', 2);
    if (user && user !== '_') out.user = user;
    if (channel && channel !== '_') out.channel = channel;
  }
  return out;
}

function conanPurl(r: ConanRef): string {
  return purlFor('ConanCenter', r.name, r.version, { user: r.user, channel: r.channel });
}

export function parseConanLock(text: string, path: string, foundBy: string): Package[] {
  const json = asRecord(parseJsonText(text, 'conan.lock'));
  if (!json) throw new Error('conan.lock is not a JSON object');
  const find = forwardFinder(text);
  const make = (r: ConanRef, raw: string, extra: { direct?: boolean; dev?: boolean; dependsOn?: string[] }) =>
    makePackage({
      name: r.name,
      version: r.version,
      ecosystem: 'ConanCenter',
      path,
      foundBy,
      line: find(JSON.stringify(raw)),
      purl: conanPurl(r),
      ...extra,
    });

  const graph = asRecord(json['graph_lock']);
  if (graph) return parseGraphLock(asRecord(graph['nodes']) ?? {}, make);
  if (!('requires' in json) && !('build_requires' in json) && !('python_requires' in json)) {
    throw new Error('conan.lock has neither "graph_lock" (Conan 1) nor "requires" (Conan 2)');
  }
  const seen = new Map<string, Package>();
  const lists: [string, boolean][] = [
    ['requires', false],
    ['build_requires', true],
    ['python_requires', true],
    ['config_requires', true],
  ];
  for (const [field, dev] of lists) {
    const list = json[field];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) throw new Error(`conan.lock: "${field}" is not a list`);
    for (const raw of list) {
      const ref = typeof raw === 'string' ? parseConanRef(raw) : undefined;
      if (!ref) continue;
      const purl = conanPurl(ref);
      const prior = seen.get(purl);
      // Needed both by the product and by the build: it is not dev-only.
      if (prior) {
        if (!dev) prior.dev = false;
        continue;
      }
      seen.set(purl, make(ref, raw as string, { dev }));
    }
  }
  return [...seen.values()];
}

type Make = (
  r: ConanRef,
  raw: string,
  extra: { direct?: boolean; dev?: boolean; dependsOn?: string[] },
) => Package;

function parseGraphLock(nodes: Record<string, unknown>, make: Make): Package[] {
  interface Node {
    id: string;
    ref?: ConanRef;
    raw: string;
    requires: string[];
    buildRequires: string[];
    consumer: boolean;
    buildContext: boolean;
  }
  const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const all = new Map<string, Node>();
  for (const [id, value] of Object.entries(nodes)) {
    const rec = asRecord(value);
    if (!rec) continue;
    const raw = asString(rec['ref']) ?? asString(rec['pref']) ?? '';
    all.set(id, {
      id,
      ref: raw ? parseConanRef(raw) : undefined,
      raw,
      requires: ids(rec['requires']),
      buildRequires: ids(rec['build_requires']),
      // The consumer (conanfile.py/.txt being built) carries a path instead of being a published package.
      consumer: typeof rec['path'] === 'string',
      buildContext: rec['context'] === 'build',
    });
  }
  const consumers = [...all.values()].filter((n) => n.consumer);
  const direct = new Set(consumers.flatMap((n) => [...n.requires, ...n.buildRequires]));

  // Host-reachable nodes (through `requires` only, from the consumers) are production; the rest is build-only.
  const host = new Set<string>();
  const queue = consumers.flatMap((n) => n.requires);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    if (host.has(id)) continue;
    host.add(id);
    queue.push(...(all.get(id)?.requires ?? []));
  }
  const purlOf = new Map<string, string>();
  for (const n of all.values()) if (n.ref && !n.consumer) purlOf.set(n.id, conanPurl(n.ref));
  const byPurl = new Map<string, Package>();
  for (const n of all.values()) {
    if (!n.ref || n.consumer) continue;
    const dev = consumers.length > 0 ? !host.has(n.id) : n.buildContext;
    const pkg = make(n.ref, n.raw, {
      direct: consumers.length > 0 ? direct.has(n.id) : undefined,
      dev,
      dependsOn: [...n.requires, ...n.buildRequires].flatMap((d) => (purlOf.has(d) ? [purlOf.get(d)!] : [])),
    });
    // The same reference can appear as two nodes (host and build context); report it once.
    const prior = byPurl.get(pkg.purl);
    if (!prior) byPurl.set(pkg.purl, pkg);
    else {
      if (!dev) prior.dev = false;
      if (pkg.direct) prior.direct = true;
      prior.dependsOn = [...new Set([...(prior.dependsOn ?? []), ...(pkg.dependsOn ?? [])])].sort();
      if (prior.dependsOn.length === 0) delete prior.dependsOn;
    }
  }
  return [...byPurl.values()];
}
