// extract(text): an article's structure and claims, with UTF-16 offsets into `text`.
// Pure: no I/O, no framework; the web app, the CLI and the evaluation all call this.
import { attributeSentences } from './attribution';
import { selectClaims } from './claims';
import { findRepeats } from './duplicates';
import { splitSentences } from './sentences';
import { findBlocks } from './structure';
import { lowerPerChar } from './words';
import type { Attribution, Extraction, Sentence } from './types';

export * from './types';
export { splitSentences } from './sentences';
export { findBlocks } from './structure';
export { attributeSentences, findAttributions } from './attribution';
export { scoreCheckworthiness, CHECKWORTHY_THRESHOLD } from './checkworthiness';

const SPOKEN = new Set(['headline', 'dek', 'paragraph', 'caption']);

export function extract(text: string): Extraction {
  if (typeof text !== 'string') throw new TypeError('extract() needs the article text as a string');
  // every stage reads words lower-cased: slicing them from one lower-cased copy saves doing it per stage
  const lower = lowerPerChar(text);
  const blocks = findBlocks(text, lower);
  const sentences: Sentence[] = [];
  blocks.forEach((b, block) => {
    for (const [start, end] of splitSentences(text, b.start, b.end)) sentences.push({ start, end, block });
  });
  // Headings, credits and bylines say nothing and must not become "the last source" for "he said".
  const spoken = sentences.map((s, i) => ({ s, i })).filter(({ s }) => SPOKEN.has(blocks[s.block]!.kind));
  const found = attributeSentences(text, spoken.map(({ s }) => [s.start, s.end]), lower, spoken.map(({ s }) => s.block));
  const attributions: (Attribution | null)[] = sentences.map(() => null);
  spoken.forEach(({ i }, k) => (attributions[i] = found[k] ?? null));
  const repeats = findRepeats(text, blocks, sentences, lower);
  return { blocks, sentences, claims: selectClaims(text, blocks, sentences, attributions, repeats, lower) };
}
