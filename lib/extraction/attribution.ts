// Who said it: reads the reporting clauses of each sentence (attribution-clauses.ts) and carries
// "he said" back to the last named source of a fitting kind (attribution-resolve.ts).
import type { Attribution, Span } from './types';
import * as resolution from './attribution-resolve';
import * as clauses from './attribution-clauses';
import * as chars from './words';
// read once: tsx turns each use of an imported name into a getter call
const { mentionKind, SourceMemory } = resolution;
const { candidates } = clauses;
const { lowerPerChar } = chars;

export type FoundAttribution = Attribution;


type Candidate = ReturnType<typeof candidates>[number];
const overlaps = (x: Span, y: Span) => x[0] < y[1] && y[0] < x[1];

/** Several reporting clauses of one sentence, best first, none sharing words with a better one. */
function distinct(found: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of found) {
    if (kept.some((k) => overlaps(k.np, c.np) || overlaps(k.cue, c.cue) || overlaps(k.np, c.cue) || overlaps(k.cue, c.np))) continue;
    kept.push(c);
  }
  return kept;
}

/**
 * Every attribution of each sentence, best first. Pronouns and bare "the official" point back
 * to the last named person or organisation; a quotation that continues the previous sentence's keeps its speaker.
 * `lower` is lowerPerChar(text), passed in by a caller that already has it.
 */
export function findAttributions(text: string, sentences: Span[], lower = lowerPerChar(text)): FoundAttribution[][] {
  const out: FoundAttribution[][] = [];
  const memory = new SourceMemory();
  const resolve = (c: Candidate, n: number): FoundAttribution => {
    const [a, b] = c.np;
    const mention = text.slice(a, b);
    const kind = mentionKind(mention);
    // "he" points back to the last person; "the source", "the mayor" only to a source that fits
    // them, else they are the source ("…," the source told TASS)
    const carried = !kind ? null : !/^the\s/i.test(mention) ? memory.recall(kind, mention) : kind === 'any' ? null : memory.recallDescription(mention, kind, n);
    let found: FoundAttribution;
    if (c.antecedent) found = { source: text.slice(c.antecedent[0], c.antecedent[1]), sourceSpan: null, cueSpan: c.cue, mentionSpan: [a, b] };
    else if (carried) found = { source: carried.source, sourceSpan: null, cueSpan: c.cue, mentionSpan: [a, b] };
    else {
      // a possessive pronoun says nothing about who is speaking: "its Air Force Command"
      const trimmed = /^(its|his|her|their|our)\s/i.test(mention) ? a + mention.indexOf(' ') + 1 : a;
      const source = (c.name ? text.slice(c.name[0], c.name[1]) : text.slice(trimmed, b)).replace(/['’]s?$/, '');
      found = { source, sourceSpan: [trimmed, b], cueSpan: c.cue };
    }
    if (c.via) found.via = text.slice(c.via[0], c.via[1]);
    if (c.via) found.viaSpan = c.via;
    return found;
  };
  sentences.forEach(([start, end], n) => {
    const all = distinct(candidates(text, start, end, lower)).map((c) => resolve(c, n));
    if (all.length === 0 && /^\s*[“"]/.test(text.slice(start, start + 3)) && out[n - 1]?.[0] && /[“"”]/.test(text.slice(...sentences[n - 1]!))) {
      all.push({ source: out[n - 1]![0]!.source, sourceSpan: null, cueSpan: null });
    }
    // (an outlet that relays another source's words is not who "he" or "the source" is: "Pravda
    // reported, citing the city's mayor Ihor Polishchuk. … the mayor urged")
    const relays = all.length > 1 ? all.flatMap((x) => (x.viaSpan ? [x.viaSpan[0]] : [])) : [];
    // the sentence's named sources, in text order, become what later pronouns point back to
    for (const f of all.filter((x) => x.sourceSpan && !relays.includes(x.sourceSpan[0])).sort((x, y) => x.sourceSpan![0] - y.sourceSpan![0])) {
      memory.remember(f, text.slice(...f.sourceSpan!), n);
    }
    out.push(all);
  });
  return out;
}

/** The best attribution of each sentence, or null. */
export function attributeSentences(text: string, sentences: Span[], lower = lowerPerChar(text)): (FoundAttribution | null)[] {
  return findAttributions(text, sentences, lower).map((all) => all[0] ?? null);
}
