/**
 * Test support: minimal but well-formed ELF64, Mach-O 64 and PE32+ containers around given section bytes,
 * so the container parsing of binary analyzers can be exercised for formats whose real fixtures would be
 * too large to commit. Only the header fields that shared/binary.ts reads are filled in.
 */
export interface SyntheticSection {
  name: string;
  /** Mach-O segment name; defaults to __DATA. */
  segment?: string;
  data: Uint8Array;
  /** Virtual address (PE: the full address, image base 0x140000000 included). */
  addr: number;
}

const align = (n: number, a: number) => Math.ceil(n / a) * a;

function ascii(s: string, len: number): Uint8Array {
  const out = new Uint8Array(len);
  for (let i = 0; i < s.length && i < len; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function syntheticElf64(sections: SyntheticSection[]): Uint8Array {
  const phoff = 64;
  const dataStart = align(phoff + 56 * sections.length, 16);
  const offsets: number[] = [];
  let cur = dataStart;
  for (const s of sections) {
    offsets.push(cur);
    cur = align(cur + s.data.length, 16);
  }
  const names = ['', ...sections.map((s) => s.name), '.shstrtab'];
  const nameOffs: number[] = [];
  let strtab = '';
  for (const n of names) {
    nameOffs.push(strtab.length);
    strtab += n + '\0';
  }
  const strOff = cur;
  const shoff = align(strOff + strtab.length, 8);
  const shnum = sections.length + 2;
  const out = new Uint8Array(shoff + 64 * shnum);
  const dv = new DataView(out.buffer);
  out.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
  dv.setUint16(16, 2, true);
  dv.setUint16(18, 62, true);
  dv.setBigUint64(0x20, BigInt(phoff), true);
  dv.setBigUint64(0x28, BigInt(shoff), true);
  dv.setUint16(0x34, 64, true);
  dv.setUint16(0x36, 56, true);
  dv.setUint16(0x38, sections.length, true);
  dv.setUint16(0x3a, 64, true);
  dv.setUint16(0x3c, shnum, true);
  dv.setUint16(0x3e, shnum - 1, true);
  sections.forEach((s, i) => {
    const p = phoff + 56 * i;
    dv.setUint32(p, 1, true);
    dv.setBigUint64(p + 8, BigInt(offsets[i]!), true);
    dv.setBigUint64(p + 16, BigInt(s.addr), true);
    dv.setBigUint64(p + 32, BigInt(s.data.length), true);
    out.set(s.data, offsets[i]!);
    const h = shoff + 64 * (i + 1);
    dv.setUint32(h, nameOffs[i + 1]!, true);
    dv.setUint32(h + 4, 1, true);
    dv.setBigUint64(h + 16, BigInt(s.addr), true);
    dv.setBigUint64(h + 24, BigInt(offsets[i]!), true);
    dv.setBigUint64(h + 32, BigInt(s.data.length), true);
  });
  out.set(ascii(strtab, strtab.length), strOff);
  const h = shoff + 64 * (shnum - 1);
  dv.setUint32(h, nameOffs[names.length - 1]!, true);
  dv.setUint32(h + 4, 3, true);
  dv.setBigUint64(h + 24, BigInt(strOff), true);
  dv.setBigUint64(h + 32, BigInt(strtab.length), true);
  return out;
}

export function syntheticMachO64(sections: SyntheticSection[]): Uint8Array {
  const cmdSize = 72 + 80;
  const dataStart = align(32 + cmdSize * sections.length, 16);
  let cur = dataStart;
  const offsets = sections.map((s) => {
    const o = cur;
    cur = align(cur + s.data.length, 16);
    return o;
  });
  const out = new Uint8Array(cur);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, 0xfeedfacf, true);
  dv.setUint32(16, sections.length, true);
  dv.setUint32(20, cmdSize * sections.length, true);
  sections.forEach((s, i) => {
    const o = 32 + cmdSize * i;
    dv.setUint32(o, 0x19, true);
    dv.setUint32(o + 4, cmdSize, true);
    out.set(ascii(s.segment ?? '__DATA', 16), o + 8);
    dv.setBigUint64(o + 24, BigInt(s.addr), true);
    dv.setBigUint64(o + 32, BigInt(s.data.length), true);
    dv.setBigUint64(o + 40, BigInt(offsets[i]!), true);
    dv.setBigUint64(o + 48, BigInt(s.data.length), true);
    dv.setUint32(o + 64, 1, true);
    const c = o + 72;
    out.set(ascii(s.name, 16), c);
    out.set(ascii(s.segment ?? '__DATA', 16), c + 16);
    dv.setBigUint64(c + 32, BigInt(s.addr), true);
    dv.setBigUint64(c + 40, BigInt(s.data.length), true);
    dv.setUint32(c + 48, offsets[i]!, true);
    out.set(s.data, offsets[i]!);
  });
  return out;
}

export const PE_IMAGE_BASE = 0x140000000;

export function syntheticPe64(sections: SyntheticSection[]): Uint8Array {
  const peOff = 64;
  const optSize = 240;
  const secTable = peOff + 24 + optSize;
  let cur = align(secTable + 40 * sections.length, 512);
  const offsets = sections.map((s) => {
    const o = cur;
    cur = align(cur + s.data.length, 512);
    return o;
  });
  const out = new Uint8Array(cur);
  const dv = new DataView(out.buffer);
  out.set([0x4d, 0x5a]);
  dv.setUint32(0x3c, peOff, true);
  dv.setUint32(peOff, 0x00004550, true);
  dv.setUint16(peOff + 4, 0x8664, true);
  dv.setUint16(peOff + 6, sections.length, true);
  dv.setUint16(peOff + 20, optSize, true);
  dv.setUint16(peOff + 24, 0x20b, true);
  dv.setBigUint64(peOff + 24 + 24, BigInt(PE_IMAGE_BASE), true);
  sections.forEach((s, i) => {
    const h = secTable + 40 * i;
    out.set(ascii(s.name, 8), h);
    dv.setUint32(h + 8, s.data.length, true);
    dv.setUint32(h + 12, s.addr - PE_IMAGE_BASE, true);
    dv.setUint32(h + 16, align(s.data.length, 512), true);
    dv.setUint32(h + 20, offsets[i]!, true);
    out.set(s.data, offsets[i]!);
  });
  return out;
}
