import type { Location, Package } from '../../core/model.js';
import { purlFor } from '../../core/purl.js';
import { lineIndex } from '../../core/text.js';

export interface PackageInit {
  name: string;
  version: string;
  ecosystem: string;
  path: string;
  line?: number;
  endLine?: number;
  foundBy: string;
  direct?: boolean;
  dev?: boolean;
  licenses?: string[];
  dependsOn?: string[];
  /** Overrides the purl derived from ecosystem/name/version (e.g. to add qualifiers). */
  purl?: string;
}

/** Build a Package with its purl derived from the OSV ecosystem. Undefined flags are left out. */
export function makePackage(init: PackageInit): Package {
  const location: Location = { path: init.path };
  if (init.line !== undefined) location.startLine = init.line;
  if (init.endLine !== undefined) location.endLine = init.endLine;
  else if (init.line !== undefined) location.endLine = init.line;
  const pkg: Package = {
    name: init.name,
    version: init.version,
    ecosystem: init.ecosystem,
    purl: init.purl ?? purlFor(init.ecosystem, init.name, init.version),
    locations: [location],
    foundBy: init.foundBy,
  };
  if (init.direct !== undefined) pkg.direct = init.direct;
  if (init.dev !== undefined) pkg.dev = init.dev;
  if (init.licenses && init.licenses.length > 0) pkg.licenses = init.licenses;
  if (init.dependsOn && init.dependsOn.length > 0) pkg.dependsOn = [...new Set(init.dependsOn)].sort();
  return pkg;
}

/**
 * Line lookups for parsers that have no position-aware parser: `find(needle, from)` gives the 1-based
 * line and offset of the next occurrence. Uses a line-start index so repeated lookups stay O(log n).
 */
export function lineLocator(text: string): {
  lineAt(offset: number): number;
  find(needle: string, from?: number): { line: number; offset: number } | undefined;
} {
  const lineAt = lineIndex(text);
  return {
    lineAt,
    find(needle, from = 0) {
      const offset = text.indexOf(needle, from);
      return offset < 0 ? undefined : { line: lineAt(offset), offset };
    },
  };
}
