/**
 * uv.lock (TOML, written by uv; `version = 1`, optional `revision`). Format:
 * https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile and uv's
 * crates/uv-resolver/src/lock/mod.rs. Each `[[package]]` has name, version and `source`
 * (`registry`, `git`, `url`, `path`, `directory`, `editable`, `virtual`); edges are
 * `dependencies = [{ name, extra?, version?, marker? }]`, `[package.optional-dependencies]` (extras)
 * and `[package.dev-dependencies]` (dependency groups, recorded for workspace members only).
 *
 * The project itself and workspace members (`source = { editable = … }` or `{ virtual = … }`) are not
 * dependencies: they are the roots. Their `dependencies` / optional dependencies make prod roots, their
 * dev-dependency groups make dev roots; a package reachable only from dev roots is dev.
 */
import type { Package } from '../../core/model.js';
import { normalizePypiName, purlFor } from '../../core/purl.js';
import { makePackage } from '../shared/package.js';
import { arrayTableSpans, isTable, parseToml, reachable, str, strArray, tables } from '../shared/python.js';

interface DepRef {
  name: string;
  version?: string;
  extras: string[];
}

interface Entry {
  name: string;
  version?: string;
  root: boolean;
  deps: DepRef[];
  optional: Map<string, DepRef[]>;
  devGroups: DepRef[];
  span?: { line: number; endLine: number };
}

function depRefs(v: unknown): DepRef[] {
  return tables(v).flatMap((d) => {
    const name = str(d.name);
    return name ? [{ name, version: str(d.version), extras: strArray(d.extra) }] : [];
  });
}

export function parseUvLock(text: string, path: string, foundBy: string): Package[] {
  const doc = parseToml(text, 'uv.lock');
  const raw = tables(doc.package);
  const spans = arrayTableSpans(
    text,
    'package',
    raw.map((p) => str(p.name)),
  );
  const entries: Entry[] = [];
  raw.forEach((p, i) => {
    const name = str(p.name);
    if (!name) return;
    const source = isTable(p.source) ? p.source : {};
    const optional = new Map<string, DepRef[]>();
    if (isTable(p['optional-dependencies']))
      for (const [x, deps] of Object.entries(p['optional-dependencies'])) optional.set(x, depRefs(deps));
    const devGroups = isTable(p['dev-dependencies'])
      ? Object.values(p['dev-dependencies']).flatMap(depRefs)
      : [];
    entries.push({
      name,
      version: str(p.version),
      root: 'editable' in source || 'virtual' in source,
      deps: depRefs(p.dependencies),
      optional,
      devGroups,
      span: spans[i],
    });
  });

  const byName = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const k = normalizePypiName(e.name);
    byName.set(k, [...(byName.get(k) ?? []), i]);
  });
  // A dependency names a version (and source) only when the name is ambiguous in the lock.
  const resolve = (d: DepRef): number[] => {
    const all = byName.get(normalizePypiName(d.name)) ?? [];
    if (all.length <= 1 || !d.version) return all;
    const exact = all.filter((i) => entries[i]!.version === d.version);
    return exact.length > 0 ? exact : all;
  };

  // Graph nodes are (package, extra) pairs so that `foo[bar]` pulls in foo's `bar` extra only.
  const nodeIds = new Map<string, number>();
  const nodes: { pkg: number; extra?: string }[] = [];
  const node = (pkg: number, extra?: string): number => {
    const k = `${pkg}\u0000${extra ?? ''}`;
    let id = nodeIds.get(k);
    if (id === undefined) {
      id = nodes.length;
      nodes.push({ pkg, extra });
      nodeIds.set(k, id);
    }
    return id;
  };
  const targets = (d: DepRef): number[] =>
    resolve(d).flatMap((p) => [node(p), ...d.extras.map((x) => node(p, x))]);
  const edges = (id: number): number[] => {
    const { pkg, extra } = nodes[id]!;
    const e = entries[pkg]!;
    if (extra !== undefined) return [node(pkg), ...(e.optional.get(extra) ?? []).flatMap(targets)];
    return e.deps.flatMap(targets);
  };

  const roots = entries.map((e, i) => ({ e, i })).filter((x) => x.e.root);
  const prodStarts = roots.flatMap(({ e }) =>
    [...e.deps, ...[...e.optional.values()].flat()].flatMap(targets),
  );
  const devStarts = roots.flatMap(({ e }) => e.devGroups.flatMap(targets));
  const toPkgs = (ids: Set<number>) => new Set([...ids].map((id) => nodes[id]!.pkg));
  const prod = toPkgs(reachable(prodStarts, edges));
  const dev = toPkgs(reachable(devStarts, edges));
  const direct = new Set(
    roots.flatMap(({ e }) =>
      [...e.deps, ...[...e.optional.values()].flat(), ...e.devGroups].flatMap(resolve),
    ),
  );
  const hasRoots = roots.length > 0;

  const out: Package[] = [];
  entries.forEach((e, i) => {
    if (e.root || !e.version) return;
    const dependsOn = [...new Set(e.deps.flatMap(resolve))]
      .filter((j) => !entries[j]!.root && entries[j]!.version)
      .map((j) => purlFor('PyPI', entries[j]!.name, entries[j]!.version!));
    out.push(
      makePackage({
        name: e.name,
        version: e.version,
        ecosystem: 'PyPI',
        path,
        line: e.span?.line,
        endLine: e.span?.endLine,
        foundBy,
        direct: hasRoots ? direct.has(i) : undefined,
        dev: hasRoots ? (prod.has(i) ? false : dev.has(i) ? true : undefined) : undefined,
        dependsOn,
      }),
    );
  });
  return out;
}
