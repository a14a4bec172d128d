/**
 * Build information embedded by the Go linker (what `go version -m` prints), as read by
 * debug/buildinfo (https://cs.opensource.google/go/go/+/refs/tags/go1.22.0:src/debug/buildinfo/buildinfo.go)
 * and formatted by runtime/debug.BuildInfo.String (https://pkg.go.dev/runtime/debug#BuildInfo):
 * a 32-byte header "\xff Go buildinf:" + pointer size + flags, 16-byte aligned in a data section, then
 *   flags & 2 (Go ≥ 1.18): two varint-length-prefixed strings inline (Go version, module info);
 *   otherwise: two pointers to Go string headers {data pointer, length} that must be mapped through the
 *   loaded segments.
 * The module info is wrapped in 16-byte sentinels and holds tab-separated lines:
 *   path <main package> / mod <path> <version> [sum] / dep <path> <version> [sum] / => <path> <version> [sum] / build k=v
 */
import type { Package } from '../../core/model.js';
import { parseExecutable, readVirtual, sectionBytes, type Executable } from '../shared/binary.js';
import { goModulePackage, goStdlibPackage, goToolchainVersion } from '../shared/golang.js';

const MAGIC_BYTES = Uint8Array.from([0xff, ...new TextEncoder().encode(' Go buildinf:')]);
const HEADER_SIZE = 32;
const MAX_STRING = 1 << 24;
const utf8 = new TextDecoder('utf-8');

export interface GoBuildInfo {
  goVersion: string;
  modInfo: string;
}

function indexOfMagic(bytes: Uint8Array, from: number): number {
  // Buffer.indexOf is a native search; the header is 16-byte aligned in memory and in the file.
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = buf.indexOf(MAGIC_BYTES, from);
  while (i >= 0 && i % 16 !== 0) i = buf.indexOf(MAGIC_BYTES, i + 1);
  return i;
}

function readVarint(b: Uint8Array, off: number): { value: number; next: number } | undefined {
  let value = 0;
  let shift = 0;
  for (let i = off; i < b.length && shift < 35; i++) {
    value += (b[i]! & 0x7f) * 2 ** shift;
    if ((b[i]! & 0x80) === 0) return { value, next: i + 1 };
    shift += 7;
  }
  return undefined;
}

function readPointer(b: Uint8Array, off: number, ptrSize: number, le: boolean): number | undefined {
  if (off + ptrSize > b.length) return undefined;
  const dv = new DataView(b.buffer, b.byteOffset + off, ptrSize);
  return ptrSize === 8 ? Number(dv.getBigUint64(0, le)) : dv.getUint32(0, le);
}

/** Pre-1.18 layout: the header holds addresses of two Go string headers. */
function readPointerString(exe: Executable, addr: number, ptrSize: number, le: boolean): string | undefined {
  const hdr = readVirtual(exe, addr, 2 * ptrSize);
  if (!hdr) return undefined;
  const data = readPointer(hdr, 0, ptrSize, le);
  const len = readPointer(hdr, ptrSize, ptrSize, le);
  if (data === undefined || len === undefined || len > MAX_STRING) return undefined;
  if (len === 0) return '';
  const bytes = readVirtual(exe, data, len);
  return bytes ? utf8.decode(bytes) : undefined;
}

/** Decode the build info of a Go executable; undefined when the file has none (not built by Go ≥ 1.13). */
export function readGoBuildInfo(bytes: Uint8Array): GoBuildInfo | undefined {
  const exe = parseExecutable(bytes);
  if (!exe) return undefined;
  const region = sectionBytes(exe, '.go.buildinfo') ?? sectionBytes(exe, '__go_buildinfo');
  let base = exe.bytes;
  let at = region && region.length >= HEADER_SIZE && startsWithMagic(region, 0) ? 0 : -1;
  if (at === 0) base = region!;
  else at = indexOfMagic(exe.bytes, 0);
  if (at < 0 || at + HEADER_SIZE > base.length) return undefined;
  const ptrSize = base[at + 14]!;
  const flags = base[at + 15]!;
  const le = (flags & 1) === 0;
  if (flags & 2) {
    let off = at + HEADER_SIZE;
    const strs: string[] = [];
    for (let k = 0; k < 2; k++) {
      const v = readVarint(base, off);
      if (!v || v.value > MAX_STRING || v.next + v.value > base.length) throw new Error('truncated Go build info');
      strs.push(utf8.decode(base.subarray(v.next, v.next + v.value)));
      off = v.next + v.value;
    }
    return { goVersion: strs[0]!, modInfo: stripSentinels(strs[1]!) };
  }
  if (ptrSize !== 4 && ptrSize !== 8) throw new Error(`Go build info has an invalid pointer size ${ptrSize}`);
  const versionAddr = readPointer(base, at + 16, ptrSize, le);
  const modAddr = readPointer(base, at + 16 + ptrSize, ptrSize, le);
  if (versionAddr === undefined || modAddr === undefined) throw new Error('truncated Go build info');
  const goVersion = readPointerString(exe, versionAddr, ptrSize, le);
  if (goVersion === undefined) throw new Error('Go build info points outside the loaded segments');
  const modInfo = readPointerString(exe, modAddr, ptrSize, le) ?? '';
  return { goVersion, modInfo: stripSentinels(modInfo) };
}

function startsWithMagic(b: Uint8Array, at: number): boolean {
  for (let i = 0; i < MAGIC_BYTES.length; i++) if (b[at + i] !== MAGIC_BYTES[i]) return false;
  return true;
}

/** cmd/go brackets the module info with 16 arbitrary bytes on each side so the linker can find it. */
function stripSentinels(s: string): string {
  if (s.length >= 33 && s[s.length - 17] === '\n') return s.slice(16, -16);
  return s;
}

interface Mod {
  path: string;
  version: string;
}

/**
 * Packages of a build info: the main module when it has a real version (not "(devel)"), every dependency
 * (its `=>` replacement when present; a replacement by a local directory has no version and is dropped, as
 * for go.mod), and `stdlib` at the toolchain version.
 */
export function goBinaryPackages(info: GoBuildInfo, path: string, foundBy: string): Package[] {
  const out: Package[] = [];
  const mods: { mod: Mod }[] = [];
  let last: { mod: Mod } | undefined;
  for (const line of info.modInfo.split('\n')) {
    const f = line.split('\t');
    const kind = f[0];
    if ((kind === 'mod' || kind === 'dep' || kind === '=>') && f.length >= 3) {
      const mod = { path: f[1]!, version: f[2]! };
      if (kind === '=>') {
        if (last) last.mod = mod;
        continue;
      }
      last = { mod };
      mods.push(last);
    }
  }
  for (const { mod } of mods) {
    if (!mod.path || !/^v\d/.test(mod.version)) continue; // "(devel)" or a local directory replacement
    out.push(goModulePackage({ name: mod.path, version: mod.version, path, foundBy }));
  }
  const go = goToolchainVersion(info.goVersion);
  if (go) out.push(goStdlibPackage(go, { path, foundBy }));
  return out;
}
