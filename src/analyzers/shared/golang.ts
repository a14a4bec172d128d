/**
 * Helpers shared by the Go analyzers (go-mod, go-binary).
 * OSV records Go module versions without the leading "v" (https://ossf.github.io/osv-schema/#affectedpackage-field),
 * while the golang purl type keeps the module's real version string ("v1.9.1"), so both are kept apart here.
 */
import type { Package } from '../../core/model.js';
import { purlFor } from '../../core/purl.js';
import { makePackage } from './package.js';

export interface GoModuleInit {
  /** Module path, e.g. github.com/gin-gonic/gin. */
  name: string;
  /** Version as Go writes it, with the leading "v". */
  version: string;
  path: string;
  line?: number;
  endLine?: number;
  foundBy: string;
  direct?: boolean;
}

export function goModulePackage(init: GoModuleInit): Package {
  return makePackage({
    name: init.name,
    version: init.version.replace(/^v/, ''),
    ecosystem: 'Go',
    path: init.path,
    line: init.line,
    endLine: init.endLine,
    foundBy: init.foundBy,
    direct: init.direct,
    purl: purlFor('Go', init.name, init.version),
  });
}

/**
 * The Go standard library as a package: OSV publishes stdlib (and toolchain) advisories under the module
 * name `stdlib` with versions like "1.22.3" (no "go" prefix).
 */
export function goStdlibPackage(version: string, init: Omit<GoModuleInit, 'name' | 'version'>): Package {
  return makePackage({
    name: 'stdlib',
    version,
    ecosystem: 'Go',
    path: init.path,
    line: init.line,
    endLine: init.endLine,
    foundBy: init.foundBy,
    direct: init.direct,
  });
}

/**
 * "go1.22.5" / "go1.22.5-custom" / "go1.21rc2 X:boringcrypto" → "1.22.5" / "1.21rc2"
 * (https://go.dev/doc/toolchain#name: drop the "go" prefix and any suffix starting with "-" or a space).
 */
export function goToolchainVersion(name: string): string | undefined {
  const m = /^go(\d+(?:\.\d+)*(?:(?:rc|beta)\d+)?)/.exec(name.trim());
  return m ? m[1] : undefined;
}

const SEMVER = /^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * Semantic-version order of two Go module versions (https://go.dev/ref/mod#versions), pseudo-versions
 * included (they are ordinary pre-releases). Invalid versions sort before valid ones.
 */
export function compareGoVersions(a: string, b: string): number {
  const ma = SEMVER.exec(a);
  const mb = SEMVER.exec(b);
  if (!ma || !mb) return ma ? 1 : mb ? -1 : a < b ? -1 : a > b ? 1 : 0;
  for (let i = 1; i <= 3; i++) {
    const d = Number(ma[i]) - Number(mb[i]);
    if (d !== 0) return Math.sign(d);
  }
  const pa = ma[4];
  const pb = mb[4];
  if (pa === pb) return 0;
  if (pa === undefined) return 1;
  if (pb === undefined) return -1;
  const xa = pa.split('.');
  const xb = pb.split('.');
  for (let i = 0; i < Math.min(xa.length, xb.length); i++) {
    const ia = xa[i]!;
    const ib = xb[i]!;
    if (ia === ib) continue;
    const na = /^\d+$/.test(ia);
    const nb = /^\d+$/.test(ib);
    if (na && nb) return Math.sign(Number(ia) - Number(ib));
    if (na) return -1;
    if (nb) return 1;
    return ia < ib ? -1 : 1;
  }
  return Math.sign(xa.length - xb.length);
}
