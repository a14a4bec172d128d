const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Decode bytes as UTF-8 text, dropping a leading byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  const text = utf8.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Heuristic used by git and most scanners: a NUL byte in the first 8 KiB means binary.
 * UTF-16 text (with a BOM) is treated as text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return false;
  }
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** 1-based line number of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line starts of a text, for repeated lookups: line of an offset (binary search), a line's bounds. */
export interface LineTable {
  /** 1-based line of an offset. */
  lineOf(offset: number): number;
  /** Offset of the first character of a line. */
  start(line: number): number;
  /** Offset of the line's newline (or the text length). */
  end(line: number): number;
}

export function lineTable(text: string): LineTable {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    lineOf(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    },
    start: (line) => starts[line - 1]!,
    end: (line) => (line < starts.length ? starts[line]! - 1 : text.length),
  };
}

/** Index of line starts for repeated offset→line lookups in one text (binary search). */
export function lineIndex(text: string): (offset: number) => number {
  const table = lineTable(text);
  return (offset) => table.lineOf(offset);
}
