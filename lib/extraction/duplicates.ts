// The same claim told twice: a headline or dek that restates a body sentence, a caption pasted
// again, a sentence repeated word for word. Each repeat points at the sentence that is checked.
import type { Block, Sentence } from './types';

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'by', 'with', 'from', 'as', 'that', 'this', 'it', 'its',
  'their', 'them', 'they', 'his', 'her', 'he', 'she', 'will', 'would', 'not', 'no', 'said', 'says', 'than']);

/** Content words, cut to a 5-letter stem so "rotating" meets "rotation"; numbers kept whole. */
function contentWords(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N},.'’]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [])
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => !STOP.has(w))
    .map((w) => (/\d/.test(w) ? w : w.slice(0, 5)));
}

const normal = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** For each sentence that repeats another, the index of the sentence it repeats. */
export function findRepeats(text: string, blocks: Block[], sentences: Sentence[]): Map<number, number> {
  const repeats = new Map<number, number>();
  const body = sentences.map((s, i) => ({ s, i })).filter(({ s }) => blocks[s.block]!.kind === 'paragraph');
  const bodyWords = body.map(({ s, i }) => ({ i, words: new Set(contentWords(text.slice(s.start, s.end))) }));

  // captions (and anything else) pasted again: same block position in the first appearance
  sentences.forEach((s, i) => {
    const first = blocks[s.block]!.repeatOf;
    if (first === undefined) return;
    const offset = sentences.filter((x, k) => k < i && x.block === s.block).length;
    const target = sentences.findIndex((x) => x.block === first);
    if (target >= 0 && sentences[target + offset]?.block === first) repeats.set(i, target + offset);
  });

  // headline and dek statements restated in the body: most of their content words reappear,
  // and every figure they give is in the body sentence
  sentences.forEach((s, i) => {
    const kind = blocks[s.block]!.kind;
    if (kind !== 'headline' && kind !== 'dek') return;
    const words = contentWords(text.slice(s.start, s.end));
    if (words.length < 3) return;
    let best = { i: -1, share: 0 };
    for (const b of bodyWords) {
      if (words.some((w) => /\d/.test(w) && !b.words.has(w))) continue;
      const share = words.filter((w) => b.words.has(w)).length / words.length;
      if (share > best.share) best = { i: b.i, share };
    }
    if (best.share >= 0.7) repeats.set(i, best.i);
  });

  // body sentences repeated word for word
  const seen = new Map<string, number>();
  for (const { s, i } of body) {
    const key = normal(text.slice(s.start, s.end));
    const first = seen.get(key);
    if (first !== undefined && key.length > 20) repeats.set(i, first);
    else seen.set(key, i);
  }
  return repeats;
}
