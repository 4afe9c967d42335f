// Word-for-word repeats: spans with the same normalised words (normalWords), found without
// building those strings. Building and hashing one per block and per body sentence cost more
// than the rest of block and repeat finding; a hash of the words picks the candidates and a
// comparison in place confirms each.
import * as chars from './words';
// read once: tsx turns each use of an imported name into a getter call
const { normalWords, wordRuns } = chars;

interface Kept { from: number; to: number; value: number }

/** For each list of normalised words, the value kept for the first span that has it. */
export class FirstByWords {
  private byHash = new Map<number, Kept[]>();
  private byKey = new Map<string, number>(); // when the article does not lower-case per character
  private runs: number[] = [];
  private other: number[] = [];
  /** normalWords(text, from, to).length for the span last passed to firstOrKeep. */
  lastLength = 0;

  /** `lower` is lowerPerChar(text): the words are read from it, lower-cased; null to build the strings. */
  constructor(private readonly text: string, private readonly lower: string | null) {}

  /** The value kept for an earlier span with the same words as text[from, to); if there is none, `value` is kept for them. */
  firstOrKeep(from: number, to: number, value: number): number | undefined {
    const { lower, runs } = this;
    if (lower === null) {
      const key = normalWords(this.text, from, to);
      this.lastLength = key.length;
      const first = this.byKey.get(key);
      if (first === undefined) this.byKey.set(key, value);
      return first;
    }
    // FNV-1a over the words joined by spaces, as normalWords would spell them
    const n = wordRuns(this.text, from, to, runs);
    let hash = 0x811c9dc5;
    let length = n > 0 ? n / 2 - 1 : 0;
    for (let r = 0; r < n; r += 2) {
      if (r > 0) hash = Math.imul(hash ^ 32, 16777619);
      for (let i = runs[r]!; i < runs[r + 1]!; i++) hash = Math.imul(hash ^ lower.charCodeAt(i), 16777619);
      length += runs[r + 1]! - runs[r]!;
    }
    this.lastLength = length;
    const kept = this.byHash.get(hash);
    for (const k of kept ?? []) if (this.sameWords(k.from, k.to, n)) return k.value;
    if (kept) kept.push({ from, to, value });
    else this.byHash.set(hash, [{ from, to, value }]);
    return undefined;
  }

  // whether text[from, to) has the n/2 words just read into `runs`
  private sameWords(from: number, to: number, n: number): boolean {
    const { runs, other } = this;
    const lower = this.lower!;
    if (wordRuns(this.text, from, to, other) !== n) return false;
    for (let r = 0; r < n; r += 2) {
      const a = runs[r]!, b = other[r]!, length = runs[r + 1]! - a;
      if (other[r + 1]! - b !== length) return false;
      for (let k = 0; k < length; k++) if (lower.charCodeAt(a + k) !== lower.charCodeAt(b + k)) return false;
    }
    return true;
  }
}
