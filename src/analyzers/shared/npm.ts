/**
 * Helpers shared by the npm-family analyzers (npm-lock, node-modules, bun-lock): how a version spec
 * that is not a registry version is reported, and how package.json license fields are read.
 */
import { purlFor } from '../../core/purl.js';
import { isObject } from './json-positions.js';

/** Dependency groups of a package.json / lockfile root, in the order npm documents them. */
export const PROD_DEP_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;
export const ALL_DEP_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

const GIT_SPEC = /^(?:git\+[a-z]+:|git:|github:|gitlab:|bitbucket:|gist:)/i;
// `user/repo#ref` shorthand (https://docs.npmjs.com/cli/v10/configuring-npm/package-json#github-urls).
const GITHUB_SHORTHAND = /^[^/@:\s]+\/[^/\s]+#/;
const URL_SPEC = /^https?:\/\//i;

/**
 * Drop credentials from a URL before it lands in a purl or a report (a lockfile written with an
 * access token in a git URL must not leak it). `git@` is the conventional SSH user, not a secret.
 */
export function stripCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^@/]+)@/i, (all, scheme: string, user: string) => (user === 'git' ? all : scheme));
}

export interface NpmVersion {
  version: string;
  purl: string;
}

/**
 * Version and purl for a package whose lockfile entry says `raw` (a registry version, or a git / URL /
 * file spec). Non-registry specs give an empty version, since no advisory range can match them, and
 * the source goes in the purl's `vcs_url` / `download_url` qualifier so two commits stay two packages
 * (https://github.com/package-url/purl-spec/blob/main/PURL-SPECIFICATION.rst#known-qualifiers-keyvalue-pairs).
 * `resolved` is where a registry version came from; a git `resolved` is recorded the same way.
 */
export function npmVersion(name: string, raw: string, resolved?: string): NpmVersion {
  const spec = raw.trim();
  if (GIT_SPEC.test(spec) || GITHUB_SHORTHAND.test(spec)) {
    return { version: '', purl: purlFor('npm', name, '', { vcs_url: stripCredentials(spec) }) };
  }
  if (URL_SPEC.test(spec)) return { version: '', purl: purlFor('npm', name, '', { download_url: stripCredentials(spec) }) };
  if (/^(?:file|link|workspace|portal|patch):/.test(spec)) return { version: '', purl: purlFor('npm', name, '') };
  if (resolved && (GIT_SPEC.test(resolved) || GITHUB_SHORTHAND.test(resolved))) {
    return { version: spec, purl: purlFor('npm', name, spec, { vcs_url: stripCredentials(resolved) }) };
  }
  return { version: spec, purl: purlFor('npm', name, spec) };
}

/** `npm:real-name@version` (an alias spec) → its parts. */
export function parseAliasSpec(spec: string): { name: string; version: string } | undefined {
  if (!spec.startsWith('npm:')) return undefined;
  const rest = spec.slice(4);
  const at = rest.lastIndexOf('@');
  if (at <= 0) return undefined;
  return { name: rest.slice(0, at), version: rest.slice(at + 1) };
}

/**
 * Licenses recorded in a package.json: the SPDX `license` string, the legacy `{ type }` object, or the
 * deprecated `licenses` array (https://docs.npmjs.com/cli/v10/configuring-npm/package-json#license).
 */
export function manifestLicenses(manifest: Record<string, unknown>): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim()) out.push(v.trim());
    else if (isObject(v) && typeof v['type'] === 'string' && v['type'].trim()) out.push(v['type'].trim());
  };
  add(manifest['license']);
  const legacy = manifest['licenses'];
  if (Array.isArray(legacy)) legacy.forEach(add);
  else add(legacy);
  return [...new Set(out)];
}

/** Names declared in the given dependency fields of a manifest-like object. */
export function declaredNames(manifest: unknown, fields: readonly string[]): string[] {
  if (!isObject(manifest)) return [];
  const out: string[] = [];
  for (const f of fields) {
    const deps = manifest[f];
    if (isObject(deps)) out.push(...Object.keys(deps));
  }
  return out;
}

/** Parent directory of a `/` separated path ('' for a top-level entry). */
export function dirnamePosix(p: string): string {
  const cut = p.lastIndexOf('/');
  return cut < 0 ? '' : p.slice(0, cut);
}
