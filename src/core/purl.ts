/**
 * Package URLs, per https://github.com/package-url/purl-spec (PURL-SPECIFICATION.rst and PURL-TYPES.rst).
 * Hand-written because the spec is small and the npm implementations either pull in heavy
 * dependencies or do not apply the per-type normalisation rules we need.
 */

export interface PurlParts {
  type: string;
  namespace?: string;
  name: string;
  version?: string;
  qualifiers?: Record<string, string | undefined>;
  subpath?: string;
}

// Characters left as-is in a purl component; everything else is percent-encoded.
// ':' is allowed unencoded per the spec, but we encode it in names for round-trip safety except in versions.
function encodeComponent(value: string, keepColon = false): string {
  let out = '';
  for (const ch of value) {
    if (/[A-Za-z0-9.\-_~]/.test(ch) || (keepColon && ch === ':')) out += ch;
    else out += encodeURIComponent(ch).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  }
  return out;
}

/** Serialise purl parts into the canonical string form. */
export function formatPurl(parts: PurlParts): string {
  const type = parts.type.toLowerCase();
  let out = `pkg:${type}/`;
  if (parts.namespace) {
    out +=
      parts.namespace
        .split('/')
        .filter((s) => s.length > 0)
        .map((s) => encodeComponent(s))
        .join('/') + '/';
  }
  out += encodeComponent(parts.name);
  if (parts.version !== undefined && parts.version !== '') out += '@' + encodeComponent(parts.version, true);
  const quals = Object.entries(parts.qualifiers ?? {})
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => [k.toLowerCase(), v] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (quals.length > 0) out += '?' + quals.map(([k, v]) => `${k}=${encodeComponent(v, true)}`).join('&');
  if (parts.subpath) {
    out +=
      '#' +
      parts.subpath
        .split('/')
        .filter((s) => s && s !== '.' && s !== '..')
        .map((s) => encodeComponent(s))
        .join('/');
  }
  return out;
}

/** OSV ecosystem → purl type. */
export const PURL_TYPE_BY_ECOSYSTEM: Readonly<Record<string, string>> = {
  npm: 'npm',
  PyPI: 'pypi',
  Go: 'golang',
  'crates.io': 'cargo',
  Maven: 'maven',
  RubyGems: 'gem',
  Packagist: 'composer',
  NuGet: 'nuget',
  Pub: 'pub',
  SwiftURL: 'swift',
  CocoaPods: 'cocoapods',
  Hex: 'hex',
  ConanCenter: 'conan',
  Hackage: 'hackage',
  CRAN: 'cran',
};

/** Normalised PyPI project name (PEP 503). */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * Build the purl of a package from its OSV ecosystem and its name as the ecosystem spells it
 * (`@scope/pkg` for npm, `group:artifact` for Maven, a module path for Go, `vendor/name` for Composer).
 */
export function purlFor(ecosystem: string, name: string, version: string, qualifiers?: PurlParts['qualifiers']): string {
  const type = PURL_TYPE_BY_ECOSYSTEM[ecosystem] ?? ecosystem.toLowerCase().replace(/[^a-z0-9.+-]/g, '');
  switch (type) {
    case 'npm': {
      const slash = name.startsWith('@') ? name.indexOf('/') : -1;
      return slash > 0
        ? formatPurl({ type, namespace: name.slice(0, slash), name: name.slice(slash + 1), version, qualifiers })
        : formatPurl({ type, name, version, qualifiers });
    }
    case 'pypi':
      return formatPurl({ type, name: normalizePypiName(name), version, qualifiers });
    case 'maven': {
      const [group, artifact] = name.includes(':') ? name.split(':', 2) : [undefined, name];
      return formatPurl({ type, namespace: group, name: artifact!, version, qualifiers });
    }
    case 'golang':
    case 'composer':
    case 'swift': {
      const at = name.lastIndexOf('/');
      return at > 0
        ? formatPurl({ type, namespace: name.slice(0, at), name: name.slice(at + 1), version, qualifiers })
        : formatPurl({ type, name, version, qualifiers });
    }
    default:
      return formatPurl({ type, name, version, qualifiers });
  }
}
