// The same claim told twice: a headline or dek that restates a body sentence, a caption pasted
// again, a sentence repeated word for word. Each repeat points at the sentence that is checked.
// Everything here is one pass over the sentences plus index look-ups: no sentence is compared
// with every other, so a long article costs in proportion to its length.
import type { Block, Sentence } from './types';
import { FirstByWords } from './same-words';
import { endsInPossessive, lowerPerChar, scanTokens, tokenShape } from './words';

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'by', 'with', 'from', 'as', 'that', 'this', 'it', 'its',
  'their', 'them', 'they', 'his', 'her', 'he', 'she', 'will', 'would', 'not', 'no', 'said', 'says', 'than']);
// Words as /[\p{L}\p{N}][\p{L}\p{N},.'’]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu matches them.
const CONTENT_WORD = tokenShape({ starts: '', inside: ",.'’", ends: '', single: '' });

// w without a final "'s" or "’s" (what .replace(/['’]s$/, '') leaves)
const withoutPossessive = (w: string) => (endsInPossessive(w) ? w.slice(0, w.length - 2) : w);
// /\d/.test(w): an ASCII digit anywhere in w
function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// no stop word is longer than this, so a longer word is not looked up
const LONGEST_STOP = Math.max(...[...STOP].map((w) => w.length));

/**
 * Calls take(w) for each content word of text[start, end), cut to a 5-letter stem so "rotating"
 * meets "rotation"; numbers kept whole. `lower` is the article lower-cased (lowerPerChar), so
 * the words are sliced from it instead of lower-casing each sentence; null to lower-case here.
 */
function eachContentWord(text: string, start: number, end: number, lower: string | null, take: (w: string) => void): void {
  const s = lower ?? text.slice(start, end).toLowerCase();
  scanTokens(s, lower === null ? 0 : start, lower === null ? s.length : end, CONTENT_WORD, (a, b) => {
    const w = withoutPossessive(s.slice(a, b));
    if (w.length > LONGEST_STOP || !STOP.has(w)) take(hasDigit(w) ? w : w.slice(0, 5));
  });
}

function contentWords(text: string, start: number, end: number, lower: string | null): string[] {
  const out: string[] = [];
  eachContentWord(text, start, end, lower, (w) => out.push(w));
  return out;
}

/** For each sentence that repeats another, the index of the sentence it repeats. */
export function findRepeats(text: string, blocks: Block[], sentences: Sentence[], lower = lowerPerChar(text)): Map<number, number> {
  const repeats = new Map<number, number>();

  // captions (and anything else) pasted again: same position in the block's first appearance
  const firstSentenceOf = new Map<number, number>();
  let position = 0;
  sentences.forEach((s, i) => {
    if (i > 0 && sentences[i - 1]!.block === s.block) position++;
    else position = 0;
    if (!firstSentenceOf.has(s.block)) firstSentenceOf.set(s.block, i);
    const first = blocks[s.block]!.repeatOf;
    if (first === undefined) return;
    const target = firstSentenceOf.get(first);
    if (target !== undefined && sentences[target + position]?.block === first) repeats.set(i, target + position);
  });

  const body: number[] = [];
  const heads: number[] = [];
  sentences.forEach((s, i) => {
    const kind = blocks[s.block]!.kind;
    if (kind === 'paragraph') body.push(i);
    else if (kind === 'headline' || kind === 'dek') heads.push(i);
  });

  // headline and dek statements restated in the body: most of their content words reappear,
  // and every figure they give is in the body sentence. An index from word to the body
  // sentences that hold it means only sentences sharing a word are ever counted.
  const headWords = heads.map((i) => contentWords(text, sentences[i]!.start, sentences[i]!.end, lower));
  if (headWords.some((w) => w.length >= 3)) {
    const wanted = new Set(headWords.flat());
    const holders = new Map<string, number[]>();
    for (const i of body) {
      eachContentWord(text, sentences[i]!.start, sentences[i]!.end, lower, (w) => {
        if (!wanted.has(w)) return;
        const list = holders.get(w);
        if (!list) holders.set(w, [i]);
        else if (list[list.length - 1] !== i) list.push(i); // each sentence once per word
      });
    }
    heads.forEach((i, h) => {
      const words = headWords[h]!;
      if (words.length < 3) return;
      const shared = new Map<number, number>();
      const figures = new Map<number, number>();
      const figureCount = new Set(words.filter((w) => hasDigit(w))).size;
      for (const w of words) {
        for (const b of holders.get(w) ?? []) {
          shared.set(b, (shared.get(b) ?? 0) + 1);
        }
      }
      for (const w of new Set(words.filter((x) => hasDigit(x)))) for (const b of holders.get(w) ?? []) figures.set(b, (figures.get(b) ?? 0) + 1);
      let best = { i: -1, share: 0 };
      for (const [b, count] of [...shared].sort((x, y) => x[0] - y[0])) {
        if ((figures.get(b) ?? 0) < figureCount) continue;
        const share = count / words.length;
        if (share > best.share) best = { i: b, share };
      }
      if (best.share >= 0.7) repeats.set(i, best.i);
    });
  }

  // body sentences repeated word for word: a hash index on the normalised words
  const seen = new FirstByWords(text, lower);
  for (const i of body) {
    const first = seen.firstOrKeep(sentences[i]!.start, sentences[i]!.end, i);
    if (first !== undefined && seen.lastLength > 20) repeats.set(i, first);
  }
  return repeats;
}
