/**
 * Case-insensitive Aho–Corasick automaton over ASCII keywords (Aho & Corasick, "Efficient string
 * matching", CACM 1975), compiled to a full DFA: failure links are folded into a dense transition
 * table, so the scan loop is one table lookup per character and never backtracks. Characters outside
 * ASCII lead back to the root (keywords are ASCII: provider prefixes and words such as `password`).
 */

const ALPHABET = 128;

export interface KeywordAutomaton {
  /** Number of keywords compiled (after dedupe). */
  readonly size: number;
  /**
   * Calls `onHit(end, keywordIds)` for every position where one or more keywords end (`end` is the
   * index of the keyword's last character). `keywordIds` index the array passed to buildAutomaton.
   */
  scan(text: string, onHit: (end: number, keywordIds: readonly number[]) => void): void;
}


/** Build once for all rules; keywords are matched case-insensitively. Non-ASCII keywords are ignored. */
export function buildAutomaton(keywords: readonly string[]): KeywordAutomaton {
  // Trie first, with growable child arrays; then BFS to compute failure links and the DFA.
  const children: Int32Array[] = [new Int32Array(ALPHABET).fill(-1)];
  const outputs: number[][] = [[]];
  keywords.forEach((raw, id) => {
    const kw = raw.toLowerCase();
    if (kw.length === 0 || [...kw].some((ch) => ch.charCodeAt(0) >= ALPHABET)) return;
    let s = 0;
    for (let i = 0; i < kw.length; i++) {
      const c = kw.charCodeAt(i);
      let next = children[s]![c]!;
      if (next === -1) {
        next = children.length;
        children.push(new Int32Array(ALPHABET).fill(-1));
        outputs.push([]);
        children[s]![c] = next;
      }
      s = next;
    }
    outputs[s]!.push(id);
  });
  const states = children.length;
  const delta = new Int32Array(states * ALPHABET);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let c = 0; c < ALPHABET; c++) {
    const t = children[0]![c]!;
    if (t === -1) delta[c] = 0;
    else {
      delta[c] = t;
      fail[t] = 0;
      queue.push(t);
    }
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    const f = fail[s]!;
    // A state reports its own keywords and those of its failure chain (suffixes that are keywords).
    if (outputs[f]!.length > 0) outputs[s] = [...outputs[s]!, ...outputs[f]!];
    for (let c = 0; c < ALPHABET; c++) {
      const t = children[s]![c]!;
      if (t === -1) delta[s * ALPHABET + c] = delta[f * ALPHABET + c]!;
      else {
        delta[s * ALPHABET + c] = t;
        fail[t] = delta[f * ALPHABET + c]!;
        queue.push(t);
      }
    }
  }
  // Fold case: upper-case ASCII letters take the lower-case transitions.
  for (let s = 0; s < states; s++) for (let c = 65; c <= 90; c++) delta[s * ALPHABET + c] = delta[s * ALPHABET + c + 32]!;
  const hasOutput = new Uint8Array(states);
  for (let s = 0; s < states; s++) if (outputs[s]!.length > 0) hasOutput[s] = 1;
  const size = new Set(keywords.map((k) => k.toLowerCase())).size;

  return {
    size,
    scan(text, onHit) {
      let s = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        s = c < ALPHABET ? delta[(s << 7) | c]! : 0;
        if (hasOutput[s] === 1) onHit(i, outputs[s]!);
      }
    },
  };
}

