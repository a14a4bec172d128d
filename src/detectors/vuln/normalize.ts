import { normalizePypiName } from '../../core/purl.js';

/** OSV ecosystem without its release suffix: `Debian:12` → `Debian`, `Alpine:v3.20` → `Alpine`. */
export function baseEcosystem(ecosystem: string): string {
  const colon = ecosystem.indexOf(':');
  return colon < 0 ? ecosystem : ecosystem.slice(0, colon);
}

/**
 * The key a package name is indexed and looked up by, per ecosystem's own identity rules:
 * PyPI names per PEP 503; Packagist, NuGet and Pub compare case-insensitively; crates.io folds `_` to `-`;
 * npm, Go modules, crates, Maven `group:artifact`, RubyGems and Hex are case-sensitive as published.
 */
export function normalizePackageName(ecosystem: string, name: string): string {
  switch (baseEcosystem(ecosystem)) {
    case 'PyPI':
      return normalizePypiName(name);
    case 'Packagist': // Composer package names are lower-case by rule; advisories sometimes differ in case.
    case 'NuGet': // NuGet ids are case-insensitive.
    case 'Pub':
      return name.toLowerCase();
    case 'crates.io': // crates.io treats - and _ as the same name.
      return name.replace(/_/g, '-');
    default:
      return name;
  }
}
