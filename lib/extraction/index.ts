// extract(text): an article's structure and claims, with UTF-16 offsets into `text`.
// Pure: no I/O, no framework; the web app, the CLI and the evaluation all call this.
import { attributeSentences } from './attribution';
import { attributeSomeSentences } from './attribution-some';
import { claimSpan, selectClaims } from './claims';
import { findRepeats } from './duplicates';
import { splitSentences } from './sentences';
import { findBlocks } from './structure';
import { lowerPerChar } from './words';
import type { Attribution, Extraction, Sentence, Span } from './types';

export * from './types';
export { splitSentences } from './sentences';
export { findBlocks } from './structure';
export { attributeSentences, findAttributions } from './attribution';
export { scoreCheckworthiness, CHECKWORTHY_THRESHOLD } from './checkworthiness';

const SPOKEN = new Set(['headline', 'dek', 'paragraph', 'caption']);

export interface ExtractOptions {
  /**
   * Sentences not to offer, by their claim span [start, end): a new version's passages that
   * carried claims already cover. They are neither scored nor attributed (unless another
   * sentence's source depends on them), which is most of the cost; their spans are listed
   * in `skipped`. A sentence that others repeat is always read, since its claim carries their spans.
   * The claims offered for the other sentences are exactly those extract(text) offers.
   */
  skip?: (start: number, end: number) => boolean;
}

export function extract(text: string, options: ExtractOptions = {}): Extraction {
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
  const repeats = findRepeats(text, blocks, sentences, lower);
  const wanted = options.skip ? wantedSentences(text, sentences, repeats, options.skip) : null;
  const spans = spoken.map(({ s }): Span => [s.start, s.end]);
  const paragraphs = spoken.map(({ s }) => s.block);
  const found = wanted
    ? attributeSomeSentences(text, spans, paragraphs, (k) => wanted[spoken[k]!.i]!, lower)
    : attributeSentences(text, spans, lower, paragraphs);
  const attributions: (Attribution | null)[] = sentences.map(() => null);
  spoken.forEach(({ i }, k) => (attributions[i] = found[k] ?? null));
  if (!wanted) return { blocks, sentences, claims: selectClaims(text, blocks, sentences, attributions, repeats, lower) };
  const skipped = sentences.flatMap((s, i) => (wanted[i] ? [] : [claimSpan(text, s)]));
  return { blocks, sentences, claims: selectClaims(text, blocks, sentences, attributions, repeats, lower, (i) => wanted[i]!), skipped };
}

function wantedSentences(text: string, sentences: Sentence[], repeats: Map<number, number>, skip: NonNullable<ExtractOptions['skip']>): boolean[] {
  const repeated = new Set(repeats.values());
  return sentences.map((s, i) => repeated.has(i) || !skip(...claimSpan(text, s)));
}
