/**
 * The explicit scheme registry: OSV ecosystem (the part before any `:` suffix, e.g. `Debian` of
 * `Debian:12`) → VersionScheme. Every folder under src/versioning/ is registered here exactly once
 * (versioning.test.ts enforces it).
 */
import type { VersionScheme } from './types.js';
import { maven } from './maven/index.js';
import { nuget } from './nuget/index.js';
import { pep440 } from './pep440/index.js';
import { rubygems } from './rubygems/index.js';
import { semver } from './semver/index.js';
import { apk } from './apk/index.js';
import { cran } from './cran/index.js';
import { debian } from './debian/index.js';
import { hackage } from './hackage/index.js';
import { packagist } from './packagist/index.js';
import { pub } from './pub/index.js';
import { rpm } from './rpm/index.js';

export const SCHEMES: readonly VersionScheme[] = [
  semver,
  pep440,
  maven,
  rubygems,
  nuget,
  packagist,
  pub,
  debian,
  apk,
  rpm,
  cran,
  hackage,
];

/** OSV ecosystem name → scheme id. */
export const SCHEME_BY_ECOSYSTEM: Readonly<Record<string, string>> = {
  npm: 'semver',
  'crates.io': 'semver',
  Go: 'semver',
  Hex: 'semver',
  PyPI: 'pep440',
  Maven: 'maven',
  RubyGems: 'rubygems',
  NuGet: 'nuget',
  Packagist: 'packagist',
  Pub: 'pub',
  Debian: 'debian',
  Ubuntu: 'debian',
  Alpine: 'apk',
  Chainguard: 'apk',
  Wolfi: 'apk',
  'Red Hat': 'rpm',
  AlmaLinux: 'rpm',
  'Rocky Linux': 'rpm',
  openSUSE: 'rpm',
  SUSE: 'rpm',
  Mageia: 'rpm',
  CRAN: 'cran',
  Hackage: 'hackage',
  GHC: 'hackage',
};

/** The scheme for an OSV ecosystem such as `npm`, `PyPI`, `Debian:12`, `Alpine:v3.20`; undefined when unknown. */
export function schemeFor(ecosystem: string): VersionScheme | undefined {
  const base = ecosystem.includes(':') ? ecosystem.slice(0, ecosystem.indexOf(':')) : ecosystem;
  const id = SCHEME_BY_ECOSYSTEM[base];
  return id === undefined ? undefined : SCHEMES.find((s) => s.id === id);
}

export type { VersionScheme } from './types.js';
