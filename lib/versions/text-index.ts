// Finding every place a passage occurs in a long text without scanning the whole text for
// each of hundreds of passages: positions are indexed by the few characters that start them,
// at every token start (after a space, or where a word begins after punctuation). A passage
// that does not itself begin at a token start is looked for the slow way.
const KEY = 12;

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !isSpace(c) && !(c >= 0x2000 && c <= 0x206f));

/**
 * The first KEY characters at `at` as a number. Cheaper than slicing a string per token start;
 * two keys may share a number, and find() checks every position it returns with startsWith.
 */
function keyAt(text: string, at: number): number {
  let h = 0;
  for (let i = at; i < at + KEY; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

export class TextIndex {
  private starts: Map<number, number[]> | null = null;

  constructor(readonly text: string) {}

  /** True when a passage may start here: the start of the text, after a space, or where a word begins. */
  isTokenStart(at: number): boolean {
    if (at <= 0) return true;
    const prev = this.text.charCodeAt(at - 1);
    return isSpace(prev) || (isWordChar(this.text.charCodeAt(at)) && !isWordChar(prev));
  }

  private index(): Map<number, number[]> {
    if (this.starts) return this.starts;
    const starts = new Map<number, number[]>();
    const { text } = this;
    for (let i = 0; i + KEY <= text.length; i++) {
      if (!this.isTokenStart(i) || isSpace(text.charCodeAt(i))) continue;
      const key = keyAt(text, i);
      const list = starts.get(key);
      if (list) list.push(i);
      else starts.set(key, [i]);
    }
    this.starts = starts;
    return starts;
  }

  /**
   * Up to `cap` positions where `passage` occurs. With `tokenStart` true (the passage is known
   * to begin at a token start), only occurrences at token starts count, found through the index.
   */
  find(passage: string, cap: number, tokenStart: boolean): number[] {
    const found: number[] = [];
    if (!passage) return found;
    if (!tokenStart || passage.length < KEY) {
      for (let at = this.text.indexOf(passage); at !== -1 && found.length < cap; at = this.text.indexOf(passage, at + 1)) found.push(at);
      return found;
    }
    for (const at of this.index().get(keyAt(passage, 0)) ?? []) {
      if (this.text.startsWith(passage, at)) found.push(at);
      if (found.length >= cap) break;
    }
    return found;
  }
}
