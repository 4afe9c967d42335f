// Attribution for some sentences only, with exactly the result reading the whole article
// would give them. A new version of a long article needs sources only for the sentences no
// carried claim covers; tagging the rest is most of extraction's cost for nothing.
//
// What a sentence's attribution depends on (attribution.ts): its own paragraph, and across a
// paragraph break only the sentence just before it: the sources it names become what "he"
// and "the official" point back to, and "X said:" leads the list items that follow. When
// that sentence names its sources outright (no "he", no "the official", no relayed source,
// or no reporting clause at all), does not end in a colon and is not a list item, what
// crosses the break is the same whatever came before it: reading that one sentence on its
// own, then the paragraph, gives the paragraph what the whole article would. Each wanted
// paragraph is read from the nearest such sentence before it, whole paragraphs at a time.
import type { Span } from './types';
import { BULLET_START, findAttributions, insideQuotes, type FoundAttribution } from './attribution';
import * as clauses from './attribution-clauses';
import * as resolution from './attribution-resolve';
import { lowerPerChar } from './words';

const { candidates } = clauses;
const { mentionKind } = resolution;

/** True when what sentence [start, end) passes to the next paragraph does not depend on the sentences before it. */
function standsAlone(text: string, [start, end]: Span, lower: string | null): boolean {
  if (text.slice(start, end).trimEnd().endsWith(':')) return false;
  if (BULLET_START.test(text.slice(start, start + 6))) return false;
  // a pronoun or description may resolve to an earlier source; a relayed source is dropped or kept by company
  return candidates(text, start, end, lower).every((c) => !c.via && (c.antecedent || mentionKind(text.slice(c.np[0], c.np[1])) === null));
}

/**
 * The best attribution of each sentence for which `wanted(n)` is true, as attributeSentences
 * would give it reading all of `sentences`; null for the others (not read, or no source).
 * `paragraphs` gives each sentence's paragraph (block) number, as for attributeSentences.
 */
export function attributeSomeSentences(
  text: string,
  sentences: Span[],
  paragraphs: number[],
  wanted: (n: number) => boolean,
  lower = lowerPerChar(text),
): (FoundAttribution | null)[] {
  const out: (FoundAttribution | null)[] = sentences.map(() => null);
  // paragraphs as runs of sentences: [first, end)
  const runs: [number, number][] = [];
  sentences.forEach((_, n) => {
    if (n > 0 && paragraphs[n] === paragraphs[n - 1]) runs[runs.length - 1]![1] = n + 1;
    else runs.push([n, n + 1]);
  });
  const read = runs.map(() => false);
  // Read alone, the lead-in sentence is never inside a quotation; read in its paragraph it may be
  // (a quotation opened before it and left open), and then its clauses are the speaker's words.
  const inside = insideQuotes(text, sentences, paragraphs);
  const startsFresh = (r: number) => {
    if (r === 0) return true;
    const lead = runs[r]![0] - 1;
    return !inside[lead] && standsAlone(text, sentences[lead]!, lower);
  };
  for (let r = runs.length - 1; r >= 0; r--) {
    const [a, b] = runs[r]!;
    let want = false;
    for (let n = a; n < b && !want; n++) want = wanted(n);
    if (!want || read[r]) continue;
    // back to a paragraph whose lead-in sentence stands alone; paragraphs already marked lie after this
    // one, so the walk back never stops early on them
    let first = r;
    read[r] = true;
    while (!startsFresh(first)) read[--first] = true;
  }
  // read each stretch of marked paragraphs in one go, after the sentence before it on its own
  for (let r = 0; r < runs.length; ) {
    if (!read[r]) { r++; continue; }
    let last = r;
    while (last + 1 < runs.length && read[last + 1]) last++;
    const from = runs[r]![0], to = runs[last]![1];
    const lead = from > 0 ? 1 : 0;
    // (the lead-in sentence as a paragraph of its own, numbered apart from every block)
    const found = findAttributions(text, sentences.slice(from - lead, to), lower, [...(lead ? [-1] : []), ...paragraphs.slice(from, to)]);
    for (let k = lead; k < found.length; k++) out[from - lead + k] = found[k]![0] ?? null;
    r = last + 1;
  }
  return out;
}
