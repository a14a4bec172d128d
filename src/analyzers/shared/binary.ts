/**
 * Just enough of the three executable formats to find a named section and map virtual addresses to
 * file offsets, for analyzers that read metadata embedded in compiled programs (go-binary, cargo-auditable).
 *   ELF:    https://refspecs.linuxfoundation.org/elf/gabi4+/ch4.eheader.html (+ section and program headers)
 *   Mach-O: https://github.com/apple-oss-distributions/xnu/blob/main/EXTERNAL_HEADERS/mach-o/loader.h (+ fat.h)
 *   PE:     https://learn.microsoft.com/en-us/windows/win32/debug/pe-format
 * Every read is bounds-checked; a truncated or inconsistent header yields `undefined`, never an exception.
 */
import type { Claims } from '../types.js';

export type ExecutableFormat = 'elf' | 'macho' | 'pe';

export interface Section {
  name: string;
  /** Mach-O segment name (`__DATA`), empty elsewhere. */
  segment: string;
  offset: number;
  size: number;
  addr: number;
}

export interface Segment {
  addr: number;
  offset: number;
  size: number;
}

export interface Executable {
  format: ExecutableFormat;
  /** The bytes this executable's offsets refer to (one slice of a fat Mach-O). */
  bytes: Uint8Array;
  littleEndian: boolean;
  sections: Section[];
  segments: Segment[];
}

const MAX_TABLE_ENTRIES = 4096;

/** Which format the first bytes announce, if any (64 bytes suffice). */
export function executableFormat(head: Uint8Array): ExecutableFormat | undefined {
  if (head.length < 4) return undefined;
  const b0 = head[0]!;
  const b1 = head[1]!;
  const b2 = head[2]!;
  const b3 = head[3]!;
  if (b0 === 0x7f && b1 === 0x45 && b2 === 0x4c && b3 === 0x46) return 'elf';
  if (b0 === 0x4d && b1 === 0x5a) return 'pe';
  const be = ((b0 << 24) | (b1 << 16) | (b2 << 8) | b3) >>> 0;
  if (be === 0xfeedface || be === 0xfeedfacf || be === 0xcefaedfe || be === 0xcffaedfe) return 'macho';
  // 0xcafebabe is also a Java class file; a fat Mach-O has a small architecture count where a class file has its version.
  if (be === 0xcafebabe && head.length >= 8) {
    const n = ((head[4]! << 24) | (head[5]! << 16) | (head[6]! << 8) | head[7]!) >>> 0;
    if (n > 0 && n < 32) return 'macho';
  }
  return undefined;
}

function cstr(bytes: Uint8Array, start: number, max: number): string {
  let end = start;
  const limit = Math.min(bytes.length, start + max);
  while (end < limit && bytes[end] !== 0) end++;
  return String.fromCharCode(...bytes.subarray(start, end));
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(dv: DataView, off: number, le: boolean): number {
  return Number(dv.getBigUint64(off, le));
}

function parseElf(bytes: Uint8Array): Executable {
  const dv = view(bytes);
  const is64 = bytes[4] === 2;
  const le = bytes[5] !== 2;
  const word = (off: number) => (is64 ? u64(dv, off, le) : dv.getUint32(off, le));
  const phoff = word(is64 ? 0x20 : 0x1c);
  const shoff = word(is64 ? 0x28 : 0x20);
  const phentsize = dv.getUint16(is64 ? 0x36 : 0x2a, le);
  const phnum = Math.min(dv.getUint16(is64 ? 0x38 : 0x2c, le), MAX_TABLE_ENTRIES);
  const shentsize = dv.getUint16(is64 ? 0x3a : 0x2e, le);
  const shnum = Math.min(dv.getUint16(is64 ? 0x3c : 0x30, le), MAX_TABLE_ENTRIES);
  const shstrndx = dv.getUint16(is64 ? 0x3e : 0x32, le);
  const segments: Segment[] = [];
  for (let i = 0; i < phnum && phoff > 0; i++) {
    const o = phoff + i * phentsize;
    if (o + phentsize > bytes.length) break;
    if (dv.getUint32(o, le) !== 1) continue; // PT_LOAD
    segments.push(
      is64
        ? { offset: u64(dv, o + 8, le), addr: u64(dv, o + 16, le), size: u64(dv, o + 32, le) }
        : { offset: dv.getUint32(o + 4, le), addr: dv.getUint32(o + 8, le), size: dv.getUint32(o + 16, le) },
    );
  }
  const raw: { nameOff: number; type: number; addr: number; offset: number; size: number }[] = [];
  for (let i = 0; i < shnum && shoff > 0; i++) {
    const o = shoff + i * shentsize;
    if (o + shentsize > bytes.length) break;
    raw.push(
      is64
        ? {
            nameOff: dv.getUint32(o, le),
            type: dv.getUint32(o + 4, le),
            addr: u64(dv, o + 16, le),
            offset: u64(dv, o + 24, le),
            size: u64(dv, o + 32, le),
          }
        : {
            nameOff: dv.getUint32(o, le),
            type: dv.getUint32(o + 4, le),
            addr: dv.getUint32(o + 12, le),
            offset: dv.getUint32(o + 16, le),
            size: dv.getUint32(o + 20, le),
          },
    );
  }
  const strtab = raw[shstrndx];
  const sections: Section[] = [];
  for (const s of raw) {
    if (s.type === 8) continue; // SHT_NOBITS: no bytes in the file
    const name =
      strtab && strtab.offset + s.nameOff < bytes.length ? cstr(bytes, strtab.offset + s.nameOff, 256) : '';
    sections.push({ name, segment: '', offset: s.offset, size: s.size, addr: s.addr });
  }
  return { format: 'elf', bytes, littleEndian: le, sections, segments };
}

function parseMachO(bytes: Uint8Array): Executable | undefined {
  const dv = view(bytes);
  const magicBE = dv.getUint32(0, false);
  if (magicBE === 0xcafebabe) {
    // Fat binary: every slice carries the same metadata, so the first one is enough.
    const n = dv.getUint32(4, false);
    if (n < 1) return undefined;
    const off = dv.getUint32(8 + 8, false);
    const size = dv.getUint32(8 + 12, false);
    if (off + size > bytes.length || size < 32) return undefined;
    const inner = bytes.subarray(off, off + size);
    return executableFormat(inner) === 'macho' && dv.getUint32(off, false) !== 0xcafebabe
      ? parseMachO(inner)
      : undefined;
  }
  const le = magicBE === 0xcefaedfe || magicBE === 0xcffaedfe;
  const is64 = magicBE === 0xfeedfacf || magicBE === 0xcffaedfe;
  const ncmds = Math.min(dv.getUint32(16, le), MAX_TABLE_ENTRIES);
  let o = is64 ? 32 : 28;
  const sections: Section[] = [];
  const segments: Segment[] = [];
  for (let i = 0; i < ncmds && o + 8 <= bytes.length; i++) {
    const cmd = dv.getUint32(o, le);
    const cmdsize = dv.getUint32(o + 4, le);
    if (cmdsize < 8) break;
    if (cmd === 0x19 || cmd === 0x1) {
      // LC_SEGMENT_64 / LC_SEGMENT
      const w = (p: number) => (is64 ? u64(dv, p, le) : dv.getUint32(p, le));
      const ws = is64 ? 8 : 4;
      const vmaddr = w(o + 24);
      const fileoff = w(o + 24 + 2 * ws);
      const filesize = w(o + 24 + 3 * ws);
      segments.push({ addr: vmaddr, offset: fileoff, size: filesize });
      const nsects = Math.min(dv.getUint32(o + 24 + 4 * ws + 8, le), MAX_TABLE_ENTRIES);
      let s = o + (is64 ? 72 : 56);
      const secSize = is64 ? 80 : 68;
      for (let j = 0; j < nsects && s + secSize <= bytes.length; j++, s += secSize) {
        const flags = dv.getUint32(s + (is64 ? 64 : 56), le);
        const type = flags & 0xff;
        if (type === 0x1 || type === 0xc || type === 0x12) continue; // zerofill sections have no file bytes
        sections.push({
          name: cstr(bytes, s, 16),
          segment: cstr(bytes, s + 16, 16),
          addr: w(s + 32),
          size: w(s + 32 + ws),
          offset: dv.getUint32(s + 32 + 2 * ws, le),
        });
      }
    }
    o += cmdsize;
  }
  return { format: 'macho', bytes, littleEndian: le, sections, segments };
}

function parsePe(bytes: Uint8Array): Executable | undefined {
  const dv = view(bytes);
  const peOff = dv.getUint32(0x3c, true);
  if (peOff + 24 > bytes.length || dv.getUint32(peOff, true) !== 0x00004550) return undefined; // "PE\0\0"
  const nsect = Math.min(dv.getUint16(peOff + 6, true), MAX_TABLE_ENTRIES);
  const optSize = dv.getUint16(peOff + 20, true);
  const opt = peOff + 24;
  const magic = dv.getUint16(opt, true);
  const imageBase = magic === 0x20b ? u64(dv, opt + 24, true) : dv.getUint32(opt + 28, true);
  const sections: Section[] = [];
  const segments: Segment[] = [];
  let s = opt + optSize;
  for (let i = 0; i < nsect && s + 40 <= bytes.length; i++, s += 40) {
    const name = cstr(bytes, s, 8);
    const vaddr = imageBase + dv.getUint32(s + 12, true);
    const rawSize = dv.getUint32(s + 16, true);
    const rawPtr = dv.getUint32(s + 20, true);
    sections.push({ name, segment: '', addr: vaddr, offset: rawPtr, size: rawSize });
    segments.push({ addr: vaddr, offset: rawPtr, size: rawSize });
  }
  return { format: 'pe', bytes, littleEndian: true, sections, segments };
}

/** Parse the headers of an ELF, Mach-O (thin or fat) or PE file; undefined if it is none or is truncated. */
export function parseExecutable(bytes: Uint8Array): Executable | undefined {
  const format = executableFormat(bytes.subarray(0, 64));
  if (!format) return undefined;
  try {
    if (format === 'elf') return parseElf(bytes);
    if (format === 'macho') return parseMachO(bytes);
    return parsePe(bytes);
  } catch (err) {
    if (err instanceof RangeError) return undefined; // a header pointed past the end of the file
    throw err;
  }
}

/** The file bytes of the first section with this name (and Mach-O segment, when given). */
export function sectionBytes(exe: Executable, name: string, segment?: string): Uint8Array | undefined {
  const s = exe.sections.find((x) => x.name === name && (segment === undefined || x.segment === segment));
  if (!s || s.offset + s.size > exe.bytes.length) return undefined;
  return exe.bytes.subarray(s.offset, s.offset + s.size);
}

/** `size` bytes at virtual address `addr`, if a loaded segment maps it to file bytes. */
export function readVirtual(exe: Executable, addr: number, size: number): Uint8Array | undefined {
  for (const seg of exe.segments) {
    if (addr >= seg.addr && addr + size <= seg.addr + seg.size) {
      const off = seg.offset + (addr - seg.addr);
      if (off + size > exe.bytes.length) return undefined;
      return exe.bytes.subarray(off, off + size);
    }
  }
  return undefined;
}

/**
 * Path claims of analyzers that read compiled executables (go-binary, cargo-auditable): anything with an
 * exec bit whose first bytes are ELF/Mach-O/PE, plus `*.exe` (Windows executables checked out on Unix
 * have no exec bit), up to 256 MiB.
 */
export const EXECUTABLE_CLAIMS: Claims = {
  patterns: [/\.exe$/i],
  executable: true,
  binary: true,
  maxSize: 256 * 1024 * 1024,
  sniff: (head: Uint8Array) => executableFormat(head) !== undefined,
};
