/**
 * Seeded, deterministic randomness for the benchmark generator. Math.random is never used: the same
 * seed must produce byte-identical monorepos on every machine, or runs could not be compared.
 */

/** A small seeded generator with the helpers the generators need. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform 32-bit unsigned integer. */
  u32(): number;
  /** Integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number;
  /** Log-uniform integer in [lo, hi]: many small values, a long tail of big ones, like real lockfile sizes. */
  logInt(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items, in random order (partial Fisher-Yates over an index array). */
  sample<T>(items: readonly T[], count: number): T[];
  hex(chars: number): string;
  base64(bytes: number): string;
  /** Fill a buffer with pseudo-random bytes. */
  fill(buf: Uint8Array): void;
  /** An independent stream for a sub-task, so adding content in one place never shifts another. */
  fork(label: string): Rng;
}

/** FNV-1a over the UTF-16 code units: a stable 32-bit string hash for seeding. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter): passes PractRand, needs only 32-bit integer ops,
 * so it is fast in JS and identical on every platform.
 */
export function createRng(seed: string): Rng {
  let a = hash32(`a:${seed}`);
  let b = hash32(`b:${seed}`);
  let c = hash32(`c:${seed}`);
  let d = 1;
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Mix the state away from the correlated seeds before first use.
  for (let i = 0; i < 12; i++) u32();

  const next = (): number => u32() / 4294967296;
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const rng: Rng = {
    next,
    u32,
    int,
    logInt: (lo, hi) => Math.min(hi, Math.max(lo, Math.round(Math.exp(Math.log(lo) + next() * (Math.log(hi) - Math.log(lo)))))),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    sample: (items, count) => {
      const n = Math.min(count, items.length);
      const idx = Array.from({ length: items.length }, (_, i) => i);
      const out: (typeof items)[number][] = [];
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (idx.length - i));
        const tmp = idx[i]!;
        idx[i] = idx[j]!;
        idx[j] = tmp;
        out.push(items[idx[i]!]!);
      }
      return out;
    },
    hex: (chars) => {
      let s = '';
      for (let i = 0; i < chars; i++) s += HEX[u32() & 15];
      return s;
    },
    base64: (bytes) => {
      const chars = Math.ceil((bytes * 4) / 3);
      let s = '';
      for (let i = 0; i < chars; i++) s += B64[u32() & 63];
      // Real digests are padded base64; keep the length a multiple of 4 the same way.
      while (s.length % 4 !== 0) s += '=';
      return s;
    },
    fill: (buf) => {
      const words = Math.floor(buf.length / 4);
      const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
      for (let i = 0; i < words; i++) view.setUint32(i * 4, u32(), true);
      for (let i = words * 4; i < buf.length; i++) buf[i] = u32() & 255;
    },
    fork: (label) => createRng(`${seed}/${label}`),
  };
  return rng;
}
