/** Byte-order string comparison: locale-independent so output is identical on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compare by a list of keys, first difference wins. */
export function byKeys<T>(...keys: ((item: T) => string | number | undefined)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x === y) continue;
      if (x === undefined) return -1;
      if (y === undefined) return 1;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return compareStrings(String(x), String(y));
    }
    return 0;
  };
}
