/**
 * Maven POM (pom.xml, model 4.0.0): https://maven.apache.org/pom.html and the XSD at
 * https://maven.apache.org/xsd/maven-4.0.0.xsd. Inheritance: https://maven.apache.org/pom.html#Inheritance;
 * version requirements: https://maven.apache.org/pom.html#Dependency_Version_Requirement_Specification.
 *
 * Pure functions only: `parsePom` turns the text of one POM into plain data (with the line span of every
 * <dependency>), `resolvePom` applies the inheritance chain (parents read by the caller), property
 * interpolation and <dependencyManagement>, and decides which declarations are packages and which are
 * unpinned requirements.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Diagnostic, Package, UnpinnedRequirement } from '../../core/model.js';
import { lineIndex } from '../../core/text.js';
import { makePackage } from '../shared/package.js';

/** One <dependency> element as written, before interpolation. */
export interface PomDependency {
  groupId?: string;
  artifactId?: string;
  version?: string;
  scope?: string;
  type?: string;
  classifier?: string;
  optional?: string;
  startLine?: number;
  endLine?: number;
}

export interface PomParent {
  groupId?: string;
  artifactId?: string;
  version?: string;
  /** undefined: not written (Maven's default `../pom.xml`); '': `<relativePath/>`, i.e. look in repositories only. */
  relativePath?: string;
}

export interface ParsedPom {
  groupId?: string;
  artifactId?: string;
  version?: string;
  parent?: PomParent;
  properties: Map<string, string>;
  dependencies: PomDependency[];
  managed: PomDependency[];
}

// Real POMs nest about 8 levels deep; anything far deeper is hostile or broken.
const MAX_DEPTH = 100;

type XmlNode = Record<string, unknown[]>;

/**
 * Decode the bytes honouring the XML declaration: POMs written as ISO-8859-1 (older Maven archetypes)
 * would otherwise turn every accented character into U+FFFD.
 */
export function decodePom(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  let encoding = 'utf-8';
  if (m) {
    const wanted = m[1]!.toLowerCase();
    try {
      new TextDecoder(wanted);
      encoding = wanted;
    } catch {
      // Unknown label: UTF-8 is the XML default and right for nearly every POM.
    }
  }
  const text = new TextDecoder(encoding).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Offsets of every <dependency> element, keyed by its indexed element path (the same indexes the
 * array-everything parse produces), so a plugin's <dependency> can never be mistaken for a project one.
 * One linear pass; comments, CDATA, processing instructions and the DOCTYPE are skipped.
 */
function locateDependencies(text: string): Map<string, { start: number; end: number }> {
  const out = new Map<string, { start: number; end: number }>();
  const stack: { name: string; key: string; start: number; counts: Map<string, number> }[] = [];
  const rootCounts = new Map<string, number>();
  const skipTo = (from: number, close: string): number => {
    const at = text.indexOf(close, from);
    if (at < 0) throw new Error(`unterminated markup at offset ${from}`);
    return at + close.length;
  };
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    if (text.startsWith('<!--', i)) i = skipTo(i + 4, '-->');
    else if (text.startsWith('<![CDATA[', i)) i = skipTo(i + 9, ']]>');
    else if (text.startsWith('<?', i)) i = skipTo(i + 2, '?>');
    else if (text.startsWith('<!', i)) {
      const gt = text.indexOf('>', i);
      const bracket = text.indexOf('[', i);
      i = bracket >= 0 && (gt < 0 || bracket < gt) ? skipTo(skipTo(bracket, ']'), '>') : skipTo(i, '>');
    } else if (text[i + 1] === '/') {
      const gt = skipTo(i, '>');
      const frame = stack.pop();
      if (frame && frame.name === 'dependency') out.set(frame.key, { start: frame.start, end: i });
      i = gt;
    } else {
      // Start tag: find its end outside quoted attribute values.
      let j = i + 1;
      let quote = '';
      for (; j < text.length; j++) {
        const c = text[j]!;
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      if (j >= text.length) throw new Error(`unterminated tag at offset ${i}`);
      const name = /^[^\s/>]+/.exec(text.slice(i + 1, Math.min(j, i + 200)))?.[0] ?? '';
      const parent = stack[stack.length - 1];
      const counts = parent ? parent.counts : rootCounts;
      const index = counts.get(name) ?? 0;
      counts.set(name, index + 1);
      const key = `${parent ? parent.key + '/' : ''}${name}[${index}]`;
      if (text[j - 1] === '/') {
        if (name === 'dependency') out.set(key, { start: i, end: j });
      } else {
        if (stack.length >= MAX_DEPTH) throw new Error(`elements nested deeper than ${MAX_DEPTH} levels`);
        stack.push({ name, key, start: i, counts: new Map() });
      }
      i = j + 1;
    }
    i = text.indexOf('<', i);
  }
  return out;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  // Versions such as 1.10 or 2.0 must stay strings.
  parseTagValue: false,
  trimValues: true,
  // Every element is an array so its index matches the one locateDependencies counts.
  isArray: () => true,
  processEntities: { enabled: true, maxEntitySize: 1000, maxEntityCount: 100 },
});

function child(node: unknown, name: string): unknown {
  if (!node || typeof node !== 'object') return undefined;
  const list = (node as XmlNode)[name];
  return Array.isArray(list) ? list[0] : undefined;
}

function children(node: unknown, name: string): unknown[] {
  if (!node || typeof node !== 'object') return [];
  const list = (node as XmlNode)[name];
  return Array.isArray(list) ? list : [];
}

function str(node: unknown, name: string): string | undefined {
  const v = child(node, name);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // `<version/>` parses as an empty string or an empty object depending on the form.
  if (v && typeof v === 'object' && Object.keys(v).length === 0) return '';
  return undefined;
}

function readDependencies(
  container: unknown,
  containerKey: string,
  positions: Map<string, { start: number; end: number }>,
  lineAt: (offset: number) => number,
): PomDependency[] {
  const out: PomDependency[] = [];
  children(container, 'dependencies').forEach((deps, di) => {
    children(deps, 'dependency').forEach((dep, i) => {
      const d: PomDependency = {};
      for (const field of [
        'groupId',
        'artifactId',
        'version',
        'scope',
        'type',
        'classifier',
        'optional',
      ] as const) {
        const v = str(dep, field);
        if (v !== undefined) d[field] = v;
      }
      const pos = positions.get(`${containerKey}/dependencies[${di}]/dependency[${i}]`);
      if (pos) {
        d.startLine = lineAt(pos.start);
        d.endLine = lineAt(pos.end);
      }
      out.push(d);
    });
  });
  return out;
}

function readProperties(node: unknown, into: Map<string, string>): void {
  if (!node || typeof node !== 'object') return;
  for (const [k, list] of Object.entries(node as XmlNode)) {
    const v = Array.isArray(list) ? list[0] : undefined;
    if (typeof v === 'string') into.set(k, v.trim());
    else if (v && typeof v === 'object' && Object.keys(v).length === 0) into.set(k, '');
  }
}

/** Parse one POM. Throws on text that is not well-formed XML or whose root is not <project>. */
export function parsePom(text: string): ParsedPom {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  // Before the parser: its own depth limit reports less clearly than ours.
  const positions = locateDependencies(text);
  const doc = parser.parse(text) as XmlNode;
  const roots = Object.keys(doc).filter((k) => !k.startsWith('?') && !k.startsWith('!'));
  if (roots.length !== 1 || roots[0] !== 'project') {
    throw new Error(`not a Maven POM: root element is <${roots[0] ?? 'none'}>, expected <project>`);
  }
  const project = child(doc, 'project');
  const lineAt = lineIndex(text);

  const properties = new Map<string, string>();
  readProperties(child(project, 'properties'), properties);
  const pom: ParsedPom = {
    properties,
    dependencies: readDependencies(project, 'project[0]', positions, lineAt),
    managed: readDependencies(
      child(project, 'dependencyManagement'),
      'project[0]/dependencyManagement[0]',
      positions,
      lineAt,
    ),
  };
  // A profile marked activeByDefault is part of every build that names no other profile, so Maven merges
  // it into the model; other profiles depend on flags, OS or JDK and are left out.
  children(child(project, 'profiles'), 'profile').forEach((profile, i) => {
    if (str(child(profile, 'activation'), 'activeByDefault') !== 'true') return;
    const key = `project[0]/profiles[0]/profile[${i}]`;
    readProperties(child(profile, 'properties'), properties);
    pom.dependencies.push(...readDependencies(profile, key, positions, lineAt));
    pom.managed.push(
      ...readDependencies(
        child(profile, 'dependencyManagement'),
        `${key}/dependencyManagement[0]`,
        positions,
        lineAt,
      ),
    );
  });
  const groupId = str(project, 'groupId');
  const artifactId = str(project, 'artifactId');
  const version = str(project, 'version');
  if (groupId) pom.groupId = groupId;
  if (artifactId) pom.artifactId = artifactId;
  if (version) pom.version = version;
  const parentNode = child(project, 'parent');
  if (parentNode !== undefined) {
    const parent: PomParent = {};
    const pg = str(parentNode, 'groupId');
    const pa = str(parentNode, 'artifactId');
    const pv = str(parentNode, 'version');
    const rp = str(parentNode, 'relativePath');
    if (pg) parent.groupId = pg;
    if (pa) parent.artifactId = pa;
    if (pv) parent.version = pv;
    if (rp !== undefined) parent.relativePath = rp;
    pom.parent = parent;
  }
  return pom;
}

/**
 * Where Maven looks for the parent inside the checkout: `<relativePath>` (default `../pom.xml`), a
 * directory meaning its pom.xml. Undefined when `<relativePath/>` says "repositories only".
 * `dir` is the POM's own directory relative to the target root ('' at the root).
 */
export function parentPath(dir: string, parent: PomParent): string | undefined {
  const rel = parent.relativePath === undefined ? '../pom.xml' : parent.relativePath.replace(/\\/g, '/');
  if (rel === '') return undefined;
  const file = rel.endsWith('.xml') ? rel : `${rel.replace(/\/+$/, '')}/pom.xml`;
  const parts: string[] = dir ? dir.split('/') : [];
  for (const seg of file.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

// `${name}`; nested `${a${b}}` is not valid Maven and stays unresolved.
const PROPERTY = /\$\{([^${}]+)\}/g;
const MAX_INTERPOLATION_ROUNDS = 10;

/** Inheritance chain: the POM itself first, then its parents nearest first. */
export type PomChain = readonly ParsedPom[];

function effectiveCoordinates(chain: PomChain) {
  const self = chain[0]!;
  return {
    groupId: self.groupId ?? self.parent?.groupId,
    artifactId: self.artifactId,
    version: self.version ?? self.parent?.version,
  };
}

/**
 * Interpolation context of the child: properties merge child-over-parent, and `${project.*}` always
 * means the child (Maven interpolates after inheritance, so a parent's `${project.version}` is the child's).
 */
function makeInterpolator(chain: PomChain): (value: string) => string {
  const props = new Map<string, string>();
  for (let i = chain.length - 1; i >= 0; i--) for (const [k, v] of chain[i]!.properties) props.set(k, v);
  const self = chain[0]!;
  const coords = effectiveCoordinates(chain);
  const builtins = new Map<string, string | undefined>([
    ['project.groupId', coords.groupId],
    ['project.artifactId', coords.artifactId],
    ['project.version', coords.version],
    ['project.parent.groupId', self.parent?.groupId],
    ['project.parent.artifactId', self.parent?.artifactId],
    ['project.parent.version', self.parent?.version],
  ]);
  const lookup = (name: string): string | undefined => {
    if (builtins.has(name)) return builtins.get(name);
    // `pom.*` and bare `version`/`groupId` are the Maven 2 spellings, still accepted by Maven 3.
    if (name.startsWith('pom.') && builtins.has(`project.${name.slice(4)}`))
      return builtins.get(`project.${name.slice(4)}`);
    if (props.has(name)) return props.get(name);
    if (builtins.has(`project.${name}`)) return builtins.get(`project.${name}`);
    return undefined;
  };
  return (value) => {
    let current = value;
    for (let round = 0; round < MAX_INTERPOLATION_ROUNDS && current.includes('${'); round++) {
      const next = current.replace(PROPERTY, (whole, name: string) => lookup(name.trim()) ?? whole);
      if (next === current) break;
      current = next;
    }
    return current;
  };
}

/**
 * An exact version Maven will use as-is: a plain (soft) requirement `1.2.3` or a hard pin `[1.2.3]`.
 * Ranges, multiple sets and leftovers of unresolved properties are not exact.
 */
export function exactVersion(spec: string): string | undefined {
  const s = spec.trim();
  const pinned = /^\[\s*([^,[\]()\s]+)\s*\]$/.exec(s);
  if (pinned) return pinned[1];
  if (/^[^,[\]()${}\s]+$/.test(s)) return s;
  return undefined;
}

function managementKey(
  groupId: string,
  artifactId: string,
  type: string | undefined,
  classifier: string | undefined,
): string {
  return `${groupId}:${artifactId}:${type || 'jar'}:${classifier ?? ''}`;
}

export interface ResolveResult {
  packages: Package[];
  unpinned: UnpinnedRequirement[];
  diagnostics: Diagnostic[];
}

/**
 * Turn the POM's own <dependencies> into packages. Dependencies inherited from a parent are not
 * repeated here: the parent pom.xml is part of the same checkout and reports them at their own lines.
 */
export function resolvePom(chain: PomChain, path: string, foundBy: string): ResolveResult {
  const interpolate = makeInterpolator(chain);
  const managed = new Map<string, PomDependency>();
  // Nearest declaration wins: walk from the farthest parent to the POM itself.
  for (let i = chain.length - 1; i >= 0; i--) {
    for (const m of chain[i]!.managed) {
      if (!m.groupId || !m.artifactId) continue;
      const g = interpolate(m.groupId);
      const a = interpolate(m.artifactId);
      managed.set(
        managementKey(g, a, m.type && interpolate(m.type), m.classifier && interpolate(m.classifier)),
        m,
      );
    }
  }

  const packages: Package[] = [];
  const unpinned: UnpinnedRequirement[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const dep of chain[0]!.dependencies) {
    const line = dep.startLine;
    if (!dep.groupId || !dep.artifactId) {
      diagnostics.push({
        level: 'warning',
        code: 'incomplete-dependency',
        path,
        message: `<dependency>${line ? ` at line ${line}` : ''} has no ${dep.groupId ? 'artifactId' : 'groupId'}, skipped`,
      });
      continue;
    }
    const groupId = interpolate(dep.groupId);
    const artifactId = interpolate(dep.artifactId);
    const name = `${groupId}:${artifactId}`;
    const type = dep.type && interpolate(dep.type);
    const classifier = dep.classifier && interpolate(dep.classifier);
    const management = managed.get(managementKey(groupId, artifactId, type, classifier));
    const rawVersion = dep.version || management?.version;
    const version = rawVersion ? interpolate(rawVersion) : undefined;
    const exact = version !== undefined && !name.includes('${') ? exactVersion(version) : undefined;
    if (exact === undefined) {
      const location = {
        path,
        ...(line !== undefined ? { startLine: line, endLine: dep.endLine ?? line } : {}),
      };
      unpinned.push({ name, ecosystem: 'Maven', specifier: version ?? '', location, foundBy });
      continue;
    }
    const scope = (
      dep.scope ? interpolate(dep.scope) : management?.scope ? interpolate(management.scope) : 'compile'
    ).toLowerCase();
    packages.push(
      makePackage({
        name,
        version: exact,
        ecosystem: 'Maven',
        path,
        line,
        endLine: dep.endLine,
        foundBy,
        direct: true,
        // test-scoped artifacts never reach the built artifact; provided/system ones run in production
        // (supplied by the container or the JDK), so their vulnerabilities still matter.
        dev: scope === 'test',
      }),
    );
  }
  return { packages, unpinned, diagnostics };
}
