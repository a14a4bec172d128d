/**
 * A random but plausible dependency graph for one lockfile: direct dependencies first, every other
 * package reachable from at least one earlier package (a DAG, so no renderer can loop), some direct
 * dependencies dev-only, and a few packages also present at a second version (nested node_modules,
 * `syn 1.x` beside `syn 2.x`), as real lockfiles have.
 */
import { pickNames, versionFor } from './names.js';
import type { Ecosystem } from './names.js';
import type { Rng } from './prng.js';

export interface GraphNode {
  name: string;
  version: string;
  /** Indices into Graph.nodes, always greater than this node's own index. */
  deps: number[];
  direct: boolean;
  /** Only reachable from dev-only direct dependencies. */
  dev: boolean;
}

/** A package also locked at a second version, used by one parent instead of the main version. */
export interface AltVersion {
  parent: number;
  child: number;
  version: string;
}

export interface Graph {
  nodes: GraphNode[];
  alts: AltVersion[];
  /** `parent>child` → alt version, for constant-time edge lookups on 1,500-package graphs. */
  altByEdge: Map<string, string>;
}

export interface GraphOptions {
  /** Share of direct dependencies that are dev-only (0 when the format has no such notion). */
  devShare: number;
  /** Share of edges that point at a second version of the child. */
  altShare: number;
}

export function buildGraph(eco: Ecosystem, count: number, rng: Rng, options: GraphOptions): Graph {
  const names = pickNames(eco, count, rng);
  const n = names.length;
  const directCount = Math.max(1, Math.min(n, 60, Math.round(n * (0.05 + rng.next() * 0.2))));
  const nodes: GraphNode[] = names.map((name, i) => ({
    name,
    version: versionFor(eco, name, rng.int(0, 2)),
    deps: [],
    direct: i < directCount,
    dev: false,
  }));
  const devDirect = nodes.map((node, i) => node.direct && i > 0 && rng.chance(options.devShare));
  for (let j = directCount; j < n; j++) {
    // Prefer a recent parent so the graph has depth, like real dependency chains.
    const parent = rng.chance(0.7) ? rng.int(Math.max(0, j - 30), j - 1) : rng.int(0, j - 1);
    nodes[parent]!.deps.push(j);
  }
  for (let i = 0; i < n - 1; i++) {
    const extra = rng.int(0, 3);
    for (let k = 0; k < extra; k++) {
      const target = rng.int(i + 1, Math.min(n - 1, i + 200));
      if (target >= directCount && !nodes[i]!.deps.includes(target)) nodes[i]!.deps.push(target);
    }
  }
  for (const node of nodes) node.deps.sort((a, b) => a - b);

  // dev = not reachable from any production direct dependency.
  const prod = new Uint8Array(n);
  const queue: number[] = [];
  nodes.forEach((node, i) => {
    if (node.direct && !devDirect[i]) {
      prod[i] = 1;
      queue.push(i);
    }
  });
  while (queue.length > 0) {
    const i = queue.pop()!;
    for (const d of nodes[i]!.deps) {
      if (!prod[d]) {
        prod[d] = 1;
        queue.push(d);
      }
    }
  }
  nodes.forEach((node, i) => (node.dev = !prod[i]));

  const alts: AltVersion[] = [];
  const altTaken = new Set<number>();
  if (options.altShare > 0) {
    nodes.forEach((node, parent) => {
      for (const child of node.deps) {
        if (altTaken.has(child) || !rng.chance(options.altShare)) continue;
        const version = versionFor(eco, nodes[child]!.name, 3 + rng.int(0, 2));
        if (version === nodes[child]!.version) continue;
        altTaken.add(child);
        alts.push({ parent, child, version });
      }
    });
  }
  return { nodes, alts, altByEdge: new Map(alts.map((a) => [`${a.parent}>${a.child}`, a.version])) };
}

/** The version `parent` resolves `child` to (its alt version when it has one). */
export function edgeVersion(graph: Graph, parent: number, child: number): string {
  return graph.altByEdge.get(`${parent}>${child}`) ?? graph.nodes[child]!.version;
}

/** Number of distinct (name, version) packages the lockfile holds. */
export function packageCount(graph: Graph): number {
  return graph.nodes.length + graph.alts.length;
}
