/** Shannon entropy in bits per character (https://en.wikipedia.org/wiki/Entropy_(information_theory)). */
const counts = new Uint32Array(65536);

export function shannonEntropy(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  // A shared counting table (reset after use) instead of a Map: this runs for every candidate match.
  for (let i = 0; i < n; i++) counts[s.charCodeAt(i)]!++;
  let h = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const k = counts[c]!;
    if (k === 0) continue;
    const p = k / n;
    h -= p * Math.log2(p);
    counts[c] = 0;
  }
  return h;
}
