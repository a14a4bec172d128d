/**
 * NuGet version ordering (https://learn.microsoft.com/nuget/concepts/package-versioning): SemVer 2.0 with
 * up to four numeric parts (`1.0` = `1.0.0` = `1.0.0.0`, the legacy System.Version revision), numbers with
 * leading zeros read as numbers (`1.0.01` = `1.0.1`), pre-release labels compared case-insensitively
 * (NuGet's VersionComparer uses OrdinalIgnoreCase: `1.0.0-BETA` = `1.0.0-beta`), numeric labels
 * numerically and before alphanumeric ones, and build metadata ignored.
 */
import type { VersionScheme } from '../types.js';
import { compareWith, parseSemverLike, type SemverLike } from '../semver/index.js';

// What NuGetVersion.TryParse accepts: 1–4 numeric parts, `-` pre-release labels, `+` metadata.
const NUGET = /^\s*[0-9]+(?:\.[0-9]+){0,3}(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z.-]*)?\s*$/;

function parseNuget(version: string): SemverLike | undefined {
  return NUGET.test(version) ? parseSemverLike(version) : undefined;
}

export const nuget: VersionScheme = {
  id: 'nuget',
  compare: compareWith(parseNuget, true),
  isValid: (version) => parseNuget(version) !== undefined,
};

export default nuget;
