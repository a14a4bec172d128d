import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip } from './zip.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const names = (buf: Buffer): string[] =>
  [...readZip(buf, 'test.zip')].map((e) => `${e.name}=${e.data.toString()}`);

/**
 * Rewrite a classic zip's end record as ZIP64 (APPNOTE 4.3.14/4.3.15): the classic record keeps 0xffff /
 * 0xffffffff markers and the real values move to a ZIP64 end record found through its locator — what
 * osv.dev's exports with more than 65,535 entries look like.
 */
function toZip64(zip: Buffer): Buffer {
  const eocd = zip.length - 22;
  const count = zip.readUInt16LE(eocd + 10);
  const cdSize = zip.readUInt32LE(eocd + 12);
  const cdOffset = zip.readUInt32LE(eocd + 16);
  const rec = Buffer.alloc(56);
  rec.writeUInt32LE(0x06064b50, 0);
  rec.writeBigUInt64LE(44n, 4);
  rec.writeUInt16LE(45, 12);
  rec.writeUInt16LE(45, 14);
  rec.writeBigUInt64LE(BigInt(count), 24);
  rec.writeBigUInt64LE(BigInt(count), 32);
  rec.writeBigUInt64LE(BigInt(cdSize), 40);
  rec.writeBigUInt64LE(BigInt(cdOffset), 48);
  const loc = Buffer.alloc(20);
  loc.writeUInt32LE(0x07064b50, 0);
  loc.writeBigUInt64LE(BigInt(eocd), 8);
  loc.writeUInt32LE(1, 16);
  const end = Buffer.from(zip.subarray(eocd));
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([zip.subarray(0, eocd), rec, loc, end]);
}

describe('readZip', () => {
  const plain = Buffer.from(
    zipSync({
      'A-1.json': enc('{"id":"A-1"}'),
      'dir/': new Uint8Array(),
      'B-2.json': [enc('{"id":"B-2"}'), { level: 0 }],
    }),
  );

  it('reads deflated and stored entries, skipping folders', () => {
    expect(names(plain)).toEqual(['A-1.json={"id":"A-1"}', 'B-2.json={"id":"B-2"}']);
    const methods = [...readZip(plain, 't')].map((e) => e.method);
    expect(methods).toEqual([8, 0]);
  });

  it('reads a ZIP64 end of central directory', () => {
    expect(names(toZip64(plain))).toEqual(['A-1.json={"id":"A-1"}', 'B-2.json={"id":"B-2"}']);
  });

  it('rejects empty, truncated and damaged files, naming the file', () => {
    expect(() => names(Buffer.alloc(0))).toThrow(/test\.zip is not a valid zip archive \(empty file\)/);
    expect(() => names(plain.subarray(0, plain.length - 30))).toThrow(
      /test\.zip .*no end-of-central-directory/,
    );
    const stored = Buffer.from(plain);
    const at = stored.indexOf('{"id":"B-2"}');
    stored[at + 8] = 'X'.charCodeAt(0); // same size, different bytes: only the CRC can tell
    expect(() => names(stored)).toThrow(/B-2\.json fails its CRC\/size check/);
  });
});
