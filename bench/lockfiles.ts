/**
 * Lockfile (and neighbouring manifest) writers for the generated monorepo, one per format, written from
 * the formats as the tools emit them (compare src/analyzers/<id>/cases/). They are pure: same graph and
 * seed in, same bytes out.
 *
 * Formats: npm package-lock v3 (https://docs.npmjs.com/cli/configuring-npm/package-lock-json),
 * yarn v1 (https://classic.yarnpkg.com/lang/en/docs/yarn-lock/), pnpm-lock v9, pip requirements /
 * pip-compile, poetry.lock 2.0, Pipfile.lock spec 6, go.mod, Cargo.lock v3/v4, pom.xml, gradle.lockfile,
 * Gemfile.lock, composer.lock, NuGet packages.lock.json v1, pubspec.lock.
 */
import { buildGraph, edgeVersion, packageCount } from './graph.js';
import type { Graph } from './graph.js';
import { hash32 } from './prng.js';
import type { Rng } from './prng.js';
import type { Ecosystem } from './names.js';

export const LOCK_KINDS = [
  'npm',
  'yarn',
  'pnpm',
  'requirements',
  'poetry',
  'pipenv',
  'gomod',
  'cargo',
  'maven',
  'gradle',
  'bundler',
  'composer',
  'nuget',
  'pub',
] as const;
export type LockKind = (typeof LOCK_KINDS)[number];

/** Relative share of each format among the monorepo's lockfiles (sums to 100). */
export const LOCK_WEIGHTS: Record<LockKind, number> = {
  npm: 22,
  yarn: 10,
  pnpm: 8,
  requirements: 10,
  poetry: 6,
  pipenv: 4,
  gomod: 10,
  cargo: 6,
  maven: 5,
  gradle: 5,
  bundler: 5,
  composer: 4,
  nuget: 3,
  pub: 2,
};

export const LOCK_FILE_NAME: Record<LockKind, string> = {
  npm: 'package-lock.json',
  yarn: 'yarn.lock',
  pnpm: 'pnpm-lock.yaml',
  requirements: 'requirements.txt',
  poetry: 'poetry.lock',
  pipenv: 'Pipfile.lock',
  gomod: 'go.mod',
  cargo: 'Cargo.lock',
  maven: 'pom.xml',
  gradle: 'gradle.lockfile',
  bundler: 'Gemfile.lock',
  composer: 'composer.lock',
  nuget: 'packages.lock.json',
  pub: 'pubspec.lock',
};

export const LOCK_ECOSYSTEM: Record<LockKind, Ecosystem> = {
  npm: 'npm',
  yarn: 'npm',
  pnpm: 'npm',
  requirements: 'PyPI',
  poetry: 'PyPI',
  pipenv: 'PyPI',
  gomod: 'Go',
  cargo: 'crates.io',
  maven: 'Maven',
  gradle: 'Maven',
  bundler: 'RubyGems',
  composer: 'Packagist',
  nuget: 'NuGet',
  pub: 'Pub',
};

/** Package-count range per format: tens to hundreds, npm up to ~1,500 (log-uniform, so most are small). */
const SIZE: Record<LockKind, [number, number]> = {
  npm: [30, 1500],
  yarn: [30, 1200],
  pnpm: [30, 1200],
  requirements: [8, 120],
  poetry: [15, 200],
  pipenv: [10, 150],
  gomod: [8, 250],
  cargo: [30, 450],
  maven: [10, 80],
  gradle: [30, 300],
  bundler: [20, 250],
  composer: [15, 150],
  nuget: [10, 200],
  pub: [15, 150],
};

export interface GeneratedFile {
  /** Relative to the folder the lockfile lives in. */
  path: string;
  content: string;
}

export interface RenderedLock {
  kind: LockKind;
  /** The lockfile first, then its manifest, then (optionally) an installed node_modules tree. */
  files: GeneratedFile[];
  /** Distinct (name, version) packages written into the lockfile. */
  packages: number;
  /** `name@version` of each of them (names as the ecosystem normalises them), for cross-lockfile dedupe. */
  ids: string[];
}

export interface RenderOptions {
  /** Force the package count (e.g. for services that also get a node_modules tree). */
  packages?: number;
  /** Also write node_modules/ as npm would install it (npm kind only). */
  nodeModules?: boolean;
}

export function renderLock(kind: LockKind, project: string, rng: Rng, options: RenderOptions = {}): RenderedLock {
  const [lo, hi] = SIZE[kind];
  const count = options.packages ?? rng.logInt(lo, hi);
  const eco = LOCK_ECOSYSTEM[kind];
  const devShare = kind === 'gomod' || kind === 'nuget' || kind === 'requirements' ? 0 : 0.3;
  const altShare = kind === 'npm' || kind === 'yarn' || kind === 'pnpm' ? 0.03 : kind === 'cargo' ? 0.02 : 0;
  const graph = buildGraph(eco, count, rng, { devShare, altShare });
  const files = RENDER[kind](graph, project, rng);
  if (kind === 'npm' && options.nodeModules) files.push(...npmNodeModules(graph, project, rng));
  const norm = eco === 'PyPI' ? pyNormal : eco === 'Packagist' || eco === 'NuGet' ? (n: string) => n.toLowerCase() : (n: string) => n;
  const ids = [
    ...graph.nodes.map((n) => `${norm(n.name)}@${n.version}`),
    ...graph.alts.map((a) => `${norm(graph.nodes[a.child]!.name)}@${a.version}`),
  ];
  return { kind, files, packages: packageCount(graph), ids };
}

type Renderer = (graph: Graph, project: string, rng: Rng) => GeneratedFile[];

const LICENSES = ['MIT', 'MIT', 'MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause', 'BSD-2-Clause', 'MIT'];
const licenseOf = (name: string): string => LICENSES[hash32(name) % LICENSES.length]!;
const byName = <T extends { name: string }>(a: T, b: T): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sha512 = (rng: Rng): string => `sha512-${rng.base64(64)}`;
const npmTarball = (name: string, version: string, host = 'registry.npmjs.org'): string =>
  `https://${host}/${name}/-/${name.slice(name.lastIndexOf('/') + 1)}-${version}.tgz`;
/** The range a dependent declares: mostly caret, some tilde or exact, as package.json files do. */
const npmRange = (parent: string, child: string, version: string): string => {
  const h = hash32(`${parent}>${child}`) % 10;
  return h < 7 ? `^${version}` : h < 9 ? `~${version}` : version;
};
const json = (value: unknown, indent: number): string => `${JSON.stringify(value, null, indent)}\n`;

// ---------------------------------------------------------------- npm (package-lock.json v3)

interface NpmEntry {
  path: string;
  name: string;
  version: string;
  dev: boolean;
  deps: [string, string][];
}

function npmEntries(graph: Graph): NpmEntry[] {
  const { nodes } = graph;
  const entries: NpmEntry[] = nodes.map((node, i) => ({
    path: `node_modules/${node.name}`,
    name: node.name,
    version: node.version,
    dev: node.dev,
    deps: node.deps.map((d) => [nodes[d]!.name, npmRange(node.name, nodes[d]!.name, edgeVersion(graph, i, d))]),
  }));
  // A second version cannot be hoisted: npm nests it under the package that needs it.
  for (const alt of graph.alts) {
    const parent = nodes[alt.parent]!;
    const child = nodes[alt.child]!;
    entries.push({ path: `node_modules/${parent.name}/node_modules/${child.name}`, name: child.name, version: alt.version, dev: parent.dev, deps: [] });
  }
  return entries.sort((a, b) => cmp(a.path, b.path));
}

function packageJson(graph: Graph, project: string): GeneratedFile {
  const prod: Record<string, string> = {};
  const dev: Record<string, string> = {};
  for (const node of [...graph.nodes].filter((n) => n.direct).sort(byName)) (node.dev ? dev : prod)[node.name] = `^${node.version}`;
  return {
    path: 'package.json',
    content: json(
      {
        name: project,
        version: '1.0.0',
        private: true,
        type: 'module',
        scripts: { build: 'tsc -p .', test: 'vitest run', start: 'node dist/index.js' },
        dependencies: prod,
        devDependencies: dev,
      },
      2,
    ),
  };
}

function npmLockObject(graph: Graph, project: string, rng: Rng, hidden: boolean): unknown {
  const packages: Record<string, unknown> = {};
  if (!hidden) {
    const prod: Record<string, string> = {};
    const dev: Record<string, string> = {};
    for (const node of [...graph.nodes].filter((n) => n.direct).sort(byName)) (node.dev ? dev : prod)[node.name] = `^${node.version}`;
    packages[''] = { name: project, version: '1.0.0', dependencies: prod, devDependencies: dev };
  }
  for (const e of npmEntries(graph)) {
    const entry: Record<string, unknown> = {
      version: e.version,
      resolved: npmTarball(e.name, e.version),
      integrity: sha512(rng),
    };
    if (e.dev) entry.dev = true;
    if (e.deps.length > 0) entry.dependencies = Object.fromEntries([...e.deps].sort((a, b) => cmp(a[0], b[0])));
    if (hash32(e.name) % 4 === 0) entry.engines = { node: `>=${8 + (hash32(e.name) % 12)}` };
    entry.license = licenseOf(e.name);
    packages[e.path] = entry;
  }
  return { name: project, version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}

const renderNpm: Renderer = (graph, project, rng) => [
  { path: 'package-lock.json', content: json(npmLockObject(graph, project, rng, false), 2) },
  packageJson(graph, project),
];

/** node_modules/ as `npm install` leaves it: one folder per entry plus the hidden lockfile. */
function npmNodeModules(graph: Graph, project: string, rng: Rng): GeneratedFile[] {
  const files: GeneratedFile[] = [{ path: 'node_modules/.package-lock.json', content: json(npmLockObject(graph, project, rng, true), 2) }];
  for (const e of npmEntries(graph)) {
    const manifest = {
      name: e.name,
      version: e.version,
      description: `${e.name.replace(/[@/-]/g, ' ').trim()} for node`,
      main: 'index.js',
      license: licenseOf(e.name),
      repository: { type: 'git', url: `git+https://github.com/${e.name.replace('@', '').replace(/\/.*/, '')}/${e.name.slice(e.name.lastIndexOf('/') + 1)}.git` },
      dependencies: Object.fromEntries(e.deps),
    };
    files.push({ path: `${e.path}/package.json`, content: json(manifest, 2) });
    files.push({
      path: `${e.path}/index.js`,
      content: `'use strict';\n\nmodule.exports = function ${jsIdent(e.name)}(input, options) {\n  if (input == null) throw new TypeError('expected input');\n  return Object.assign({}, options, { value: input });\n};\n`,
    });
    files.push({ path: `${e.path}/README.md`, content: `# ${e.name}\n\n> ${manifest.description}\n\n## Install\n\n\`\`\`sh\nnpm install ${e.name}\n\`\`\`\n\n## License\n\n${manifest.license}\n` });
  }
  return files;
}

const jsIdent = (name: string): string => name.replace(/^@/, '').replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''));

// ---------------------------------------------------------------- yarn.lock v1

/** yarn v1 quotes a key or value unless it starts with a letter and has no `:`, space, quote, comma or bracket. */
const yarnQuote = (s: string): string => (/^[a-zA-Z][^:\s",[\]]*$/.test(s) && !/^(true|false)/.test(s) ? s : `"${s}"`);

const renderYarn: Renderer = (graph, project, rng) => {
  const { nodes } = graph;
  // Every range any dependent (or the manifest) asks for resolves to the entry: these become its keys.
  const ranges = new Map<string, Set<string>>();
  const addRange = (key: string, range: string): void => {
    let set = ranges.get(key);
    if (!set) ranges.set(key, (set = new Set()));
    set.add(range);
  };
  const keyOf = (name: string, version: string): string => `${name}@${version}`;
  nodes.forEach((node) => node.direct && addRange(keyOf(node.name, node.version), `^${node.version}`));
  nodes.forEach((node, i) =>
    node.deps.forEach((d) => {
      const v = edgeVersion(graph, i, d);
      addRange(keyOf(nodes[d]!.name, v), npmRange(node.name, nodes[d]!.name, v));
    }),
  );
  const blocks: { key: string; text: string }[] = [];
  const emit = (name: string, version: string, deps: [string, string][]): void => {
    const specs = [...(ranges.get(keyOf(name, version)) ?? new Set([`^${version}`]))].map((r) => `${name}@${r}`).sort();
    const key = specs.map(yarnQuote).join(', ');
    let text = `${key}:\n  version "${version}"\n  resolved "${npmTarball(name, version, 'registry.yarnpkg.com')}#${rng.hex(40)}"\n  integrity ${sha512(rng)}\n`;
    if (deps.length > 0) {
      text += '  dependencies:\n';
      for (const [dep, range] of [...deps].sort((a, b) => cmp(a[0], b[0]))) text += `    ${yarnQuote(dep)} "${range}"\n`;
    }
    blocks.push({ key: specs[0]!, text });
  };
  nodes.forEach((node, i) =>
    emit(
      node.name,
      node.version,
      node.deps.map((d) => [nodes[d]!.name, npmRange(node.name, nodes[d]!.name, edgeVersion(graph, i, d))]),
    ),
  );
  for (const alt of graph.alts) emit(nodes[alt.child]!.name, alt.version, []);
  blocks.sort((a, b) => cmp(a.key, b.key));
  const header = '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n';
  return [{ path: 'yarn.lock', content: header + blocks.map((b) => b.text).join('\n') }, packageJson(graph, project)];
};

// ---------------------------------------------------------------- pnpm-lock.yaml v9

const yamlKey = (s: string): string => (/^[a-zA-Z0-9][^:#\s'"{}[\],&*!|>%@`]*$/.test(s) ? s : `'${s}'`);

const renderPnpm: Renderer = (graph, project, rng) => {
  const { nodes } = graph;
  const directs = nodes.filter((n) => n.direct).sort(byName);
  const importer = (dev: boolean): string =>
    directs
      .filter((n) => n.dev === dev)
      .map((n) => `      ${yamlKey(n.name)}:\n        specifier: ^${n.version}\n        version: ${n.version}\n`)
      .join('');
  let out = `lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\nimporters:\n\n  .:\n`;
  const prodImp = importer(false);
  const devImp = importer(true);
  if (prodImp) out += `    dependencies:\n${prodImp}`;
  if (devImp) out += `    devDependencies:\n${devImp}`;

  const entries: { id: string; name: string; deps: [string, string][] }[] = nodes.map((node, i) => ({
    id: `${node.name}@${node.version}`,
    name: node.name,
    deps: node.deps.map((d) => [nodes[d]!.name, edgeVersion(graph, i, d)] as [string, string]).sort((a, b) => cmp(a[0], b[0])),
  }));
  for (const alt of graph.alts) entries.push({ id: `${nodes[alt.child]!.name}@${alt.version}`, name: nodes[alt.child]!.name, deps: [] });
  entries.sort((a, b) => cmp(a.id, b.id));
  out += '\npackages:\n\n';
  out += entries
    .map((e) => {
      let text = `  ${yamlKey(e.id)}:\n    resolution: {integrity: ${sha512(rng)}}\n`;
      if (hash32(e.name) % 4 === 0) text += `    engines: {node: '>=${8 + (hash32(e.name) % 12)}'}\n`;
      return text;
    })
    .join('\n');
  out += '\nsnapshots:\n\n';
  out += entries
    .map((e) =>
      e.deps.length === 0
        ? `  ${yamlKey(e.id)}: {}\n`
        : `  ${yamlKey(e.id)}:\n    dependencies:\n${e.deps.map(([n, v]) => `      ${yamlKey(n)}: ${v}\n`).join('')}`,
    )
    .join('\n');
  return [{ path: 'pnpm-lock.yaml', content: out }, packageJson(graph, project)];
};

// ---------------------------------------------------------------- Python

const pyNormal = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');
const sha256 = (rng: Rng): string => rng.hex(64);

const renderRequirements: Renderer = (graph, _project, rng) => {
  const nodes = [...graph.nodes].sort(byName);
  const parents = new Map<string, string[]>();
  graph.nodes.forEach((n) => n.deps.forEach((d) => parents.set(graph.nodes[d]!.name, [...(parents.get(graph.nodes[d]!.name) ?? []), n.name])));
  let out: string;
  if (rng.chance(0.5)) {
    // pip-compile --generate-hashes output.
    out = '#\n# This file is autogenerated by pip-compile with Python 3.11\n# by the following command:\n#\n#    pip-compile --generate-hashes requirements.in\n#\n';
    for (const n of nodes) {
      out += `${pyNormal(n.name)}==${n.version} \\\n    --hash=sha256:${sha256(rng)} \\\n    --hash=sha256:${sha256(rng)}\n`;
      const via = parents.get(n.name);
      out += via ? (via.length === 1 ? `    # via ${via[0]}\n` : `    # via\n${via.map((p) => `    #   ${p}\n`).join('')}`) : '    # via -r requirements.in\n';
    }
  } else {
    out = `# Runtime dependencies\n`;
    for (const n of nodes) {
      const roll = hash32(n.name) % 20;
      const extras = roll === 0 ? '[standard]' : '';
      const marker = roll === 1 ? ' ; python_version < "3.11"' : '';
      out += `${n.name}${extras}==${n.version}${marker}${roll === 3 ? '  # pinned for CVE fix' : ''}\n`;
    }
  }
  return [{ path: 'requirements.txt', content: out }];
};

const renderPoetry: Renderer = (graph, project, rng) => {
  const { nodes } = graph;
  const sorted = nodes.map((n) => ({ n })).sort((a, b) => cmp(pyNormal(a.n.name), pyNormal(b.n.name)));
  let out = '# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.\n\n';
  for (const { n } of sorted) {
    const name = pyNormal(n.name);
    const file = name.replace(/-/g, '_');
    out += `[[package]]\nname = "${name}"\nversion = "${n.version}"\ndescription = "${n.name} helpers for Python"\noptional = false\npython-versions = ">=3.${7 + (hash32(n.name) % 5)}"\nfiles = [\n    {file = "${file}-${n.version}-py3-none-any.whl", hash = "sha256:${sha256(rng)}"},\n    {file = "${file}-${n.version}.tar.gz", hash = "sha256:${sha256(rng)}"},\n]\n`;
    if (n.deps.length > 0) {
      out += '\n[package.dependencies]\n';
      for (const d of n.deps) out += `${pyNormal(nodes[d]!.name)} = ">=${nodes[d]!.version}"\n`;
    }
    out += '\n';
  }
  out += `[metadata]\nlock-version = "2.0"\npython-versions = "^3.11"\ncontent-hash = "${sha256(rng)}"\n`;
  const directs = nodes.filter((n) => n.direct).sort(byName);
  const pyproject =
    `[tool.poetry]\nname = "${project}"\nversion = "0.1.0"\ndescription = ""\nauthors = ["Platform Team <platform@example.com>"]\n\n` +
    `[tool.poetry.dependencies]\npython = "^3.11"\n${directs.filter((n) => !n.dev).map((n) => `${pyNormal(n.name)} = "^${n.version}"\n`).join('')}\n` +
    `[tool.poetry.group.dev.dependencies]\n${directs.filter((n) => n.dev).map((n) => `${pyNormal(n.name)} = "^${n.version}"\n`).join('')}\n` +
    `[build-system]\nrequires = ["poetry-core"]\nbuild-backend = "poetry.core.masonry.api"\n`;
  return [
    { path: 'poetry.lock', content: out },
    { path: 'pyproject.toml', content: pyproject },
  ];
};

const renderPipenv: Renderer = (graph, _project, rng) => {
  const section = (dev: boolean): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const n of graph.nodes.filter((x) => x.dev === dev).sort((a, b) => cmp(pyNormal(a.name), pyNormal(b.name)))) {
      const entry: Record<string, unknown> = { hashes: [`sha256:${sha256(rng)}`, `sha256:${sha256(rng)}`] };
      if (hash32(n.name) % 3 === 0) entry.markers = `python_version >= '3.${7 + (hash32(n.name) % 4)}'`;
      entry.version = `==${n.version}`;
      out[pyNormal(n.name)] = entry;
    }
    return out;
  };
  const lock = {
    _meta: {
      hash: { sha256: sha256(rng) },
      'pipfile-spec': 6,
      requires: { python_version: '3.11' },
      sources: [{ name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true }],
    },
    default: section(false),
    develop: section(true),
  };
  const directs = graph.nodes.filter((n) => n.direct).sort(byName);
  const pipfile =
    `[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n[packages]\n` +
    directs.filter((n) => !n.dev).map((n) => `${pyNormal(n.name)} = "*"\n`).join('') +
    `\n[dev-packages]\n` +
    directs.filter((n) => n.dev).map((n) => `${pyNormal(n.name)} = "*"\n`).join('') +
    `\n[requires]\npython_version = "3.11"\n`;
  return [
    { path: 'Pipfile.lock', content: json(lock, 4) },
    { path: 'Pipfile', content: pipfile },
  ];
};

// ---------------------------------------------------------------- Go

const renderGoMod: Renderer = (graph, project) => {
  const nodes = [...graph.nodes].sort(byName);
  const line = (n: (typeof nodes)[number]): string => `\t${n.name} ${n.version}${n.direct ? '' : ' // indirect'}\n`;
  const out =
    `module github.com/acme/${project}\n\ngo 1.22\n\ntoolchain go1.22.5\n\n` +
    `require (\n${nodes.filter((n) => n.direct).map(line).join('')})\n\n` +
    `require (\n${nodes.filter((n) => !n.direct).map(line).join('')})\n`;
  return [{ path: 'go.mod', content: out }];
};

// ---------------------------------------------------------------- Rust

const renderCargo: Renderer = (graph, project, rng) => {
  const { nodes } = graph;
  type Crate = { name: string; version: string; deps: [string, string][]; root?: boolean };
  const crates: Crate[] = nodes.map((n, i) => ({ name: n.name, version: n.version, deps: n.deps.map((d) => [nodes[d]!.name, edgeVersion(graph, i, d)]) }));
  for (const alt of graph.alts) crates.push({ name: nodes[alt.child]!.name, version: alt.version, deps: [] });
  crates.push({ name: project, version: '0.1.0', deps: nodes.filter((n) => n.direct).map((n) => [n.name, n.version]), root: true });
  const versionsOf = new Map<string, number>();
  for (const c of crates) versionsOf.set(c.name, (versionsOf.get(c.name) ?? 0) + 1);
  crates.sort((a, b) => cmp(a.name, b.name) || cmp(a.version, b.version));
  const v4 = rng.chance(0.3);
  let out = `# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\nversion = ${v4 ? 4 : 3}\n`;
  for (const c of crates) {
    out += `\n[[package]]\nname = "${c.name}"\nversion = "${c.version}"\n`;
    if (!c.root) out += `source = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha256(rng)}"\n`;
    if (c.deps.length > 0) {
      // Cargo names a dependency by name alone unless the lockfile holds two versions of it.
      const deps = c.deps.map(([n, v]) => ((versionsOf.get(n) ?? 0) > 1 ? `${n} ${v}` : n)).sort();
      out += `dependencies = [\n${deps.map((d) => ` "${d}",\n`).join('')}]\n`;
    }
  }
  const directs = nodes.filter((n) => n.direct).sort(byName);
  const toml =
    `[package]\nname = "${project}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n` +
    directs.filter((n) => !n.dev).map((n) => `${n.name} = "${n.version}"\n`).join('') +
    `\n[dev-dependencies]\n` +
    directs.filter((n) => n.dev).map((n) => `${n.name} = "${n.version}"\n`).join('');
  return [
    { path: 'Cargo.lock', content: out },
    { path: 'Cargo.toml', content: toml },
  ];
};

// ---------------------------------------------------------------- Java

const renderMaven: Renderer = (graph, project) => {
  // A pom lists what the project declares (every graph node here); the transitive closure is Maven's job at build time.
  const directs = graph.nodes;
  const props: string[] = [];
  const managed: string[] = [];
  const deps: string[] = [];
  directs.forEach((n, i) => {
    const [groupId, artifactId] = n.name.split(':') as [string, string];
    const roll = hash32(n.name) % 10;
    let version = `\n            <version>${n.version}</version>`;
    if (roll < 3) {
      const prop = `${artifactId}.version`;
      props.push(`        <${prop}>${n.version}</${prop}>`);
      version = `\n            <version>\${${prop}}</version>`;
    } else if (roll === 3) {
      managed.push(
        `            <dependency>\n                <groupId>${groupId}</groupId>\n                <artifactId>${artifactId}</artifactId>\n                <version>${n.version}</version>\n            </dependency>`,
      );
      version = '';
    }
    const scope = n.dev ? '\n            <scope>test</scope>' : i % 17 === 5 ? '\n            <scope>provided</scope>' : '';
    deps.push(`        <dependency>\n            <groupId>${groupId}</groupId>\n            <artifactId>${artifactId}</artifactId>${version}${scope}\n        </dependency>`);
  });
  const out = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
    <modelVersion>4.0.0</modelVersion>

    <groupId>com.acme</groupId>
    <artifactId>${project}</artifactId>
    <version>1.0.0-SNAPSHOT</version>
    <packaging>jar</packaging>
    <name>${project}</name>

    <properties>
        <java.version>17</java.version>
        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
${props.join('\n')}
    </properties>

    <dependencyManagement>
        <dependencies>
${managed.join('\n')}
        </dependencies>
    </dependencyManagement>

    <dependencies>
${deps.join('\n')}
    </dependencies>

    <build>
        <plugins>
            <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.11.0</version>
                <configuration>
                    <release>\${java.version}</release>
                </configuration>
            </plugin>
        </plugins>
    </build>
</project>
`;
  return [{ path: 'pom.xml', content: out }];
};

const renderGradle: Renderer = (graph, project) => {
  const prodConfs = 'compileClasspath,productionRuntimeClasspath,runtimeClasspath,testCompileClasspath,testRuntimeClasspath';
  const lines = graph.nodes.map((n) => `${n.name}:${n.version}=${n.dev ? 'testCompileClasspath,testRuntimeClasspath' : prodConfs}`).sort();
  const out =
    '# This is a Gradle generated file for dependency locking.\n# Manual edits can break the build and are not advised.\n# This file is expected to be part of source control.\n' +
    lines.join('\n') +
    '\nempty=annotationProcessor,testAnnotationProcessor\n';
  const directs = graph.nodes.filter((n) => n.direct).sort(byName);
  const build =
    `plugins {\n    id 'java'\n    id 'application'\n}\n\ngroup = 'com.acme'\nversion = '1.0.0'\n\nrepositories {\n    mavenCentral()\n}\n\n` +
    `dependencyLocking {\n    lockAllConfigurations()\n}\n\ndependencies {\n` +
    directs.map((n) => `    ${n.dev ? 'testImplementation' : 'implementation'} '${n.name}:${n.version}'\n`).join('') +
    `}\n\napplication {\n    mainClass = 'com.acme.${project.replace(/-/g, '')}.Main'\n}\n`;
  return [
    { path: 'gradle.lockfile', content: out },
    { path: 'build.gradle', content: build },
  ];
};

// ---------------------------------------------------------------- Ruby

const renderBundler: Renderer = (graph) => {
  const { nodes } = graph;
  const order = nodes.map((n, i) => ({ n, i })).sort((a, b) => byName(a.n, b.n));
  let specs = '';
  for (const { n } of order) {
    specs += `    ${n.name} (${n.version})\n`;
    for (const d of [...n.deps].sort((a, b) => byName(nodes[a]!, nodes[b]!))) {
      const [maj, min] = nodes[d]!.version.split('.');
      specs += hash32(`${n.name}>${nodes[d]!.name}`) % 3 === 0 ? `      ${nodes[d]!.name}\n` : `      ${nodes[d]!.name} (~> ${maj}.${min})\n`;
    }
  }
  const directs = nodes.filter((n) => n.direct).sort(byName);
  const out =
    `GEM\n  remote: https://rubygems.org/\n  specs:\n${specs}\nPLATFORMS\n  ruby\n  x86_64-linux\n\nDEPENDENCIES\n` +
    directs.map((n) => (hash32(n.name) % 2 === 0 ? `  ${n.name} (~> ${n.version.split('.').slice(0, 2).join('.')})\n` : `  ${n.name}\n`)).join('') +
    `\nRUBY VERSION\n   ruby 3.2.2p53\n\nBUNDLED WITH\n   2.4.22\n`;
  const gemfile =
    `source "https://rubygems.org"\n\nruby "3.2.2"\n\n` +
    directs.filter((n) => !n.dev).map((n) => `gem "${n.name}", "~> ${n.version.split('.').slice(0, 2).join('.')}"\n`).join('') +
    `\ngroup :development, :test do\n` +
    directs.filter((n) => n.dev).map((n) => `  gem "${n.name}"\n`).join('') +
    `end\n`;
  return [
    { path: 'Gemfile.lock', content: out },
    { path: 'Gemfile', content: gemfile },
  ];
};

// ---------------------------------------------------------------- PHP

const renderComposer: Renderer = (graph, _project, rng) => {
  const { nodes } = graph;
  const pkg = (i: number): unknown => {
    const n = nodes[i]!;
    const ref = rng.hex(40);
    const [vendor, name] = n.name.split('/') as [string, string];
    const version = vendor === 'symfony' ? `v${n.version}` : n.version;
    return {
      name: n.name,
      version,
      source: { type: 'git', url: `https://github.com/${vendor}/${name}.git`, reference: ref },
      dist: { type: 'zip', url: `https://api.github.com/repos/${vendor}/${name}/zipball/${ref}`, reference: ref, shasum: '' },
      require: Object.fromEntries([['php', '>=8.1'], ...n.deps.map((d) => [nodes[d]!.name, `^${nodes[d]!.version.split('.').slice(0, 2).join('.')}`])]),
      type: 'library',
      autoload: { 'psr-4': { [`${cap(vendor)}\\${cap(name.replace(/-/g, ''))}\\`]: 'src/' } },
      'notification-url': 'https://packagist.org/downloads/',
      license: [licenseOf(n.name)],
      description: `${name.replace(/-/g, ' ')} component`,
      time: `2023-${String(1 + (hash32(n.name) % 12)).padStart(2, '0')}-${String(1 + (hash32(n.version) % 28)).padStart(2, '0')}T10:00:00+00:00`,
    };
  };
  const idx = nodes.map((_, i) => i).sort((a, b) => byName(nodes[a]!, nodes[b]!));
  const lock = {
    _readme: [
      'This file locks the dependencies of your project to a known state',
      'Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies',
      'This file is @generated automatically',
    ],
    'content-hash': rng.hex(32),
    packages: idx.filter((i) => !nodes[i]!.dev).map(pkg),
    'packages-dev': idx.filter((i) => nodes[i]!.dev).map(pkg),
    aliases: [],
    'minimum-stability': 'stable',
    'stability-flags': [],
    'prefer-stable': true,
    'prefer-lowest': false,
    platform: { php: '^8.1' },
    'platform-dev': [],
    'plugin-api-version': '2.6.0',
  };
  const directs = nodes.filter((n) => n.direct).sort(byName);
  const manifest = {
    name: `acme/${_project}`,
    type: 'project',
    require: Object.fromEntries([['php', '^8.1'], ...directs.filter((n) => !n.dev).map((n) => [n.name, `^${n.version}`])]),
    'require-dev': Object.fromEntries(directs.filter((n) => n.dev).map((n) => [n.name, `^${n.version}`])),
  };
  return [
    { path: 'composer.lock', content: json(lock, 4) },
    { path: 'composer.json', content: json(manifest, 4) },
  ];
};

const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

// ---------------------------------------------------------------- .NET

const renderNuget: Renderer = (graph, project, rng) => {
  const { nodes } = graph;
  const tfm: Record<string, unknown> = {};
  for (const i of nodes.map((_, i) => i).sort((a, b) => byName(nodes[a]!, nodes[b]!))) {
    const n = nodes[i]!;
    const entry: Record<string, unknown> = n.direct
      ? { type: 'Direct', requested: `[${n.version}, )`, resolved: n.version, contentHash: rng.base64(64) }
      : { type: 'Transitive', resolved: n.version, contentHash: rng.base64(64) };
    if (n.deps.length > 0) entry.dependencies = Object.fromEntries(n.deps.map((d) => [nodes[d]!.name, nodes[d]!.version]).sort((a, b) => cmp(a[0]!, b[0]!)));
    tfm[n.name] = entry;
  }
  const csproj =
    `<Project Sdk="Microsoft.NET.Sdk.Web">\n\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n    <Nullable>enable</Nullable>\n    <RestorePackagesWithLockFile>true</RestorePackagesWithLockFile>\n  </PropertyGroup>\n\n  <ItemGroup>\n` +
    nodes
      .filter((n) => n.direct)
      .sort(byName)
      .map((n) => `    <PackageReference Include="${n.name}" Version="${n.version}" />\n`)
      .join('') +
    `  </ItemGroup>\n\n</Project>\n`;
  return [
    { path: 'packages.lock.json', content: json({ version: 1, dependencies: { 'net8.0': tfm } }, 2) },
    { path: `${project}.csproj`, content: csproj },
  ];
};

// ---------------------------------------------------------------- Dart

const renderPub: Renderer = (graph, project, rng) => {
  let out = '# Generated by pub\n# See https://dart.dev/tools/pub/glossary#lockfile\npackages:\n';
  for (const n of [...graph.nodes].sort(byName)) {
    const dep = n.direct ? (n.dev ? 'direct dev' : 'direct main') : 'transitive';
    out += `  ${n.name}:\n    dependency: "${dep}"\n    description:\n      name: ${n.name}\n      sha256: "${sha256(rng)}"\n      url: "https://pub.dev"\n    source: hosted\n    version: "${n.version}"\n`;
  }
  out += 'sdks:\n  dart: ">=3.2.0 <4.0.0"\n  flutter: ">=3.16.0"\n';
  const directs = graph.nodes.filter((n) => n.direct).sort(byName);
  const pubspec =
    `name: ${project.replace(/-/g, '_')}\ndescription: A Flutter client.\npublish_to: 'none'\nversion: 1.0.0+1\n\nenvironment:\n  sdk: '>=3.2.0 <4.0.0'\n\ndependencies:\n  flutter:\n    sdk: flutter\n` +
    directs.filter((n) => !n.dev).map((n) => `  ${n.name}: ^${n.version}\n`).join('') +
    `\ndev_dependencies:\n  flutter_test:\n    sdk: flutter\n` +
    directs.filter((n) => n.dev).map((n) => `  ${n.name}: ^${n.version}\n`).join('');
  return [
    { path: 'pubspec.lock', content: out },
    { path: 'pubspec.yaml', content: pubspec },
  ];
};

const RENDER: Record<LockKind, Renderer> = {
  npm: renderNpm,
  yarn: renderYarn,
  pnpm: renderPnpm,
  requirements: renderRequirements,
  poetry: renderPoetry,
  pipenv: renderPipenv,
  gomod: renderGoMod,
  cargo: renderCargo,
  maven: renderMaven,
  gradle: renderGradle,
  bundler: renderBundler,
  composer: renderComposer,
  nuget: renderNuget,
  pub: renderPub,
};
