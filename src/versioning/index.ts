/**
 * The explicit scheme registry: OSV ecosystem (the part before any `:` suffix, e.g. `Debian` of
 * `Debian:12`) → VersionScheme. Every folder under src/versioning/ is registered here exactly once
 * (versioning.test.ts enforces it).
 */
import type { VersionScheme } from './types.js';

export const SCHEMES: readonly VersionScheme[] = [
];

/** OSV ecosystem name → scheme id. */
export const SCHEME_BY_ECOSYSTEM: Readonly<Record<string, string>> = {
};

/** The scheme for an OSV ecosystem such as `npm`, `PyPI`, `Debian:12`, `Alpine:v3.20`; undefined when unknown. */
export function schemeFor(ecosystem: string): VersionScheme | undefined {
  const base = ecosystem.includes(':') ? ecosystem.slice(0, ecosystem.indexOf(':')) : ecosystem;
  const id = SCHEME_BY_ECOSYSTEM[base];
  return id === undefined ? undefined : SCHEMES.find((s) => s.id === id);
}

export type { VersionScheme } from './types.js';
