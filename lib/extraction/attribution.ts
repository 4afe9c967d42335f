// Who said it: reads the reporting clauses of each sentence (attribution-clauses.ts) and carries
// "he said" back to the last named source.
import type { Attribution, Span } from './types';
import { PRONOUNS } from './attribution-words';
import { candidates } from './attribution-clauses';

export type FoundAttribution = Attribution;

const PERSONISH = /\p{Lu}\p{Ll}+$/u;
const ANAPHOR = /^the (official|source|spokesman|spokeswoman|spokesperson|minister|ministry|mayor|agency|center|centre|company|president|governor|statement|report|group|department|office|council|senator|candidate|campaign|aide|general)$/i;

/**
 * The attribution of each sentence, in order. Pronouns and bare "the official" point back to
 * the last named source; a quotation that continues the previous sentence's keeps its speaker.
 */
export function attributeSentences(text: string, sentences: Span[]): (FoundAttribution | null)[] {
  const out: (FoundAttribution | null)[] = [];
  let last: FoundAttribution | null = null;
  let lastPerson: FoundAttribution | null = null;
  sentences.forEach(([start, end], n) => {
    const best = candidates(text, start, end)[0];
    let found: FoundAttribution | null = null;
    if (best) {
      const [a, b] = best.np;
      const mention = text.slice(a, b);
      const lower = mention.toLowerCase();
      const cueSpan = best.cue;
      const carried = PRONOUNS.has(lower) ? (lower === 'he' || lower === 'she' ? lastPerson ?? last : last) : ANAPHOR.test(mention) ? last : null;
      if (carried) found = { source: carried.source, sourceSpan: null, cueSpan, mentionSpan: [a, b] };
      else {
        // a possessive pronoun says nothing about who is speaking: "its Air Force Command"
        const trimmed = /^(its|his|her|their|our)\s/i.test(mention) ? a + mention.indexOf(' ') + 1 : a;
        const source = best.name ? text.slice(best.name[0], best.name[1]) : text.slice(trimmed, b);
        found = { source, sourceSpan: [trimmed, b], cueSpan };
      }
      if (best.via) found.via = text.slice(best.via[0], best.via[1]);
      if (best.via) found.viaSpan = best.via;
    } else if (/^\s*[“"]/.test(text.slice(start, start + 3)) && out[n - 1] && /[“"”]/.test(text.slice(...sentences[n - 1]!))) {
      const prev = out[n - 1]!;
      found = { source: prev.source, sourceSpan: null, cueSpan: null };
    }
    if (found && found.sourceSpan) {
      last = found;
      if (PERSONISH.test(found.source)) lastPerson = found;
    }
    out.push(found);
  });
  return out;
}
