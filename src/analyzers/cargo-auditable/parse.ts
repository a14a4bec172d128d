/**
 * Dependency lists embedded by cargo-auditable
 * (https://github.com/rust-secure-code/cargo-auditable/blob/master/PARSING.md): a section named `.dep-v0`
 * (ELF, PE; `__DATA,.dep-v0` in Mach-O) holding zlib-compressed JSON
 *   {"packages": [{"name", "version", "source": "crates.io"|"git"|"local"|"registry"|..., "kind": "build"|"runtime",
 *                  "dependencies": [indexes into packages], "root": true}]}
 * `kind` defaults to runtime; build means the crate ran only at build time (build scripts, proc-macros).
 * PARSING.md asks readers to cap the decompressed size (8 MiB) to defeat zip bombs.
 */
import { Unzlib } from 'fflate';
import type { Package } from '../../core/model.js';
import { purlFor } from '../../core/purl.js';
import { parseExecutable, sectionBytes } from '../shared/binary.js';
import { makePackage } from '../shared/package.js';

export const MAX_DECOMPRESSED = 8 * 1024 * 1024;

interface AuditPackage {
  name: string;
  version: string;
  source?: string;
  kind?: string;
  dependencies?: number[];
  root?: boolean;
}

/** The compressed `.dep-v0` payload of an executable, if it has one. */
export function findDepSection(bytes: Uint8Array): Uint8Array | undefined {
  const exe = parseExecutable(bytes);
  if (!exe) return undefined;
  return exe.format === 'macho' ? sectionBytes(exe, '.dep-v0', '__DATA') ?? sectionBytes(exe, '.dep-v0') : sectionBytes(exe, '.dep-v0');
}

/** zlib-inflate with a hard cap on the output size. */
export function inflateCapped(data: Uint8Array, cap = MAX_DECOMPRESSED): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const z = new Unzlib((chunk, final) => {
    total += chunk.length;
    if (total > cap) throw new Error(`.dep-v0 data inflates to more than ${cap} bytes`);
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    // Feed in slices so the cap trips before a bomb is fully expanded in memory.
    const step = 64 * 1024;
    for (let i = 0; i < data.length; i += step) z.push(data.subarray(i, i + step), i + step >= data.length);
    if (data.length === 0) z.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof Error && err.message.includes('inflates to more')) throw err;
    throw new Error(`.dep-v0 data is not valid zlib: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!done) throw new Error('.dep-v0 data is truncated');
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

function isAuditPackage(v: unknown): v is AuditPackage {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return typeof p.name === 'string' && p.name !== '' && typeof p.version === 'string' && p.version !== '';
}

/** Packages from the decompressed JSON. Throws when it is not the documented shape. */
export function auditablePackages(json: string, path: string, foundBy: string): Package[] {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (err) {
    throw new Error(`.dep-v0 data is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const list = (doc as { packages?: unknown }).packages;
  if (!Array.isArray(list)) throw new Error('.dep-v0 JSON has no "packages" array');
  const pkgs = list.map((p) => (isAuditPackage(p) ? p : undefined));
  const purls = pkgs.map((p) => (p ? purlFor('crates.io', p.name, p.version) : undefined));
  const depsOf = (p: AuditPackage) =>
    (Array.isArray(p.dependencies) ? p.dependencies : []).filter((i): i is number => Number.isInteger(i) && i >= 0 && i < pkgs.length && pkgs[i] !== undefined);
  const direct = new Set<number>();
  pkgs.forEach((p) => {
    if (p?.root) for (const i of depsOf(p)) direct.add(i);
  });
  const out: Package[] = [];
  pkgs.forEach((p, i) => {
    if (!p) return;
    out.push(
      makePackage({
        name: p.name,
        version: p.version,
        ecosystem: 'crates.io',
        path,
        foundBy,
        direct: p.root ? undefined : direct.has(i),
        dev: p.kind === 'build',
        dependsOn: depsOf(p).map((d) => purls[d]!),
      }),
    );
  });
  return out;
}
