// Who said it: reads the reporting clauses of each sentence (attribution-clauses.ts) and carries
// "he said" back to the last named source of a fitting kind (attribution-resolve.ts).
import type { Attribution, Span } from './types';
import * as resolution from './attribution-resolve';
import * as clauses from './attribution-clauses';
import * as chars from './words';
import { checkSource } from './attribution-checks';
import { CUES } from './attribution-words';
import { tagWords, type TaggedWord } from './part-of-speech';
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

// Words a speaker uses of themselves or of the listener: inside a quotation "I" and "we" are the
// quotation's speaker; outside one they name no one the desk can ask, so they are no source.
const SELF = new Set(['i', 'we', 'me', 'us', 'you']);
export const BULLET_START = /^\s*(?:[•⁃‣◦▪●·*–—-]|\d{1,2}[.)])\s/;
const QUOTE_MARK = /[“”"]/g;

/** For each sentence, whether it starts inside a quotation opened in an earlier sentence of its paragraph. */
export function insideQuotes(text: string, sentences: Span[], paragraphs: number[] | undefined): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  sentences.forEach(([a, b], n) => {
    if (n > 0 && (paragraphs?.[n] ?? 0) !== (paragraphs?.[n - 1] ?? 0)) open = false;
    inside.push(open);
    for (const m of text.slice(a, b).matchAll(QUOTE_MARK)) open = m[0] === '“' ? true : m[0] === '”' ? false : !open;
  });
  return inside;
}

/** "…, the Times reported on Monday.", "…," said Ann Berg.': a reporting clause that closes the sentence frames all of it. */
function closesSentence(text: string, c: Candidate, end: number): boolean {
  const from = Math.min(c.np[0], c.cue[0]), to = Math.max(c.np[1], c.cue[1]);
  const before = text.slice(Math.max(0, from - 3), from).trimEnd();
  const after = text.slice(to, end);
  return /[,”"]$/.test(before) && !/[“”"]/.test(after) && after.trim().split(/\s+/).length <= 4;
}

/**
 * Every attribution of each sentence, best first. Pronouns and bare "the official" point back
 * to the last named person or organisation of the paragraph, or of the sentence just before it;
 * a quotation that runs over several sentences keeps its speaker, and "I" and "we" inside it are
 * that speaker; the items of a list introduced by "X said:" are X's.
 * `lower` is lowerPerChar(text), passed in by a caller that already has it; `paragraphs` gives
 * each sentence's paragraph (block) number.
 */
export function findAttributions(text: string, sentences: Span[], lower = lowerPerChar(text), paragraphs?: number[]): FoundAttribution[][] {
  const out: FoundAttribution[][] = [];
  let memory = new SourceMemory();
  const inside = insideQuotes(text, sentences, paragraphs);
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
  const selfWord = (c: Candidate) => SELF.has(text.slice(c.np[0], c.np[1]).toLowerCase());
  let listLead: FoundAttribution | null = null;
  sentences.forEach(([start, end], n) => {
    const newParagraph = n > 0 && (paragraphs?.[n] ?? 0) !== (paragraphs?.[n - 1] ?? 0);
    if (newParagraph) {
      // a pronoun reaches back over a paragraph break only to the sentence just before it
      memory = new SourceMemory();
      for (const f of out[n - 1] ?? []) if (f.sourceSpan) memory.remember(f, text.slice(...f.sourceSpan), n - 1);
    }
    // a sentence that opens inside a quotation: a reporting clause before the quotation closes is
    // the speaker's words ("…These people say they own him. I don't," Ann Berg said.), neither
    // who is speaking nor the speaker of the rest of the quotation
    const closesAt = inside[n] ? quotationEnd(text, start, end) : start;
    const raw = candidates(text, start, end, lower).filter((c) => c.np[0] >= closesAt && c.cue[0] >= closesAt);
    let tagged: TaggedWord[] | undefined;
    const checked = raw.flatMap((c) => {
      if (selfWord(c)) return [c];
      tagged ??= tagWords(text, ...tagWindow(text, start, end, raw));
      const ok = checkSource(text, c, tagged);
      return ok ? [ok] : [];
    });
    // a clause that closes the sentence frames it: "X did Y, the Times reported" is the Times'
    const closing = checked.findIndex((c) => CUES.has(lower ? lower.slice(c.cue[0], c.cue[1]) : text.slice(c.cue[0], c.cue[1]).toLowerCase()) && closesSentence(text, c, end));
    if (closing > 0) checked.unshift(...checked.splice(closing, 1));
    const speaker = inside[n] ? out[n - 1]?.[0] ?? null : null;
    const kept = distinct(checked);
    const others = kept.filter((c) => !selfWord(c)).map((c) => resolve(c, n));
    const all = kept.flatMap((c) => {
      if (!selfWord(c)) return [others.shift()!];
      // "I", "we" inside a quotation are its speaker; "you", and "I" outside a quotation, are no source
      const word = text.slice(c.np[0], c.np[1]).toLowerCase();
      const quoted = inside[n] || isInsideQuote(text, start, c.np[0]);
      const who = word !== 'you' && quoted ? speaker ?? kept.map((k) => (selfWord(k) ? null : k)).find(Boolean) ?? null : null;
      if (!who) return [];
      const source = 'source' in who ? who.source : resolve(who, n).source;
      return [{ source, sourceSpan: null, cueSpan: c.cue, mentionSpan: c.np } as FoundAttribution];
    });
    if (all.length === 0 && /^\s*[“"]/.test(text.slice(start, start + 3)) && out[n - 1]?.[0] && /[“"”]/.test(text.slice(...sentences[n - 1]!)) && !newParagraph) {
      all.push({ source: out[n - 1]![0]!.source, sourceSpan: null, cueSpan: null });
    } else if (all.length === 0 && speaker) {
      // the middle of a quotation that runs over several sentences: its speaker's words
      all.push({ source: speaker.source, sourceSpan: null, cueSpan: null });
    } else if (all.length === 0 && listLead && BULLET_START.test(text.slice(start, start + 6))) {
      all.push({ source: listLead.source, sourceSpan: null, cueSpan: null });
    }
    // "Obama also said:" introduces the list items that follow it
    if (text.slice(start, end).trimEnd().endsWith(':') && all[0]) listLead = all[0];
    else if (!BULLET_START.test(text.slice(start, start + 6))) listLead = null;
    // (an outlet that relays another source's words is not who "he" or "the source" is: "Pravda
    // reported, citing the city's mayor Ihor Polishchuk. … the mayor urged")
    const relays = all.length > 1 ? all.flatMap((x) => (x.viaSpan ? [x.viaSpan[0]] : [])) : [];
    // the sentence's named sources, in text order, become what later pronouns point back to
    for (const f of all.filter((x) => x.sourceSpan && !relays.includes(x.sourceSpan[0])).sort((x, y) => x.sourceSpan![0] - y.sourceSpan![0])) {
      memory.remember(f, text.slice(...f.sourceSpan!), n);
    }
    out.push(all);
  });
  // a quotation's speaker is often named only where it closes ('…," she said.'): the sentences
  // before, inside the same quotation, are hers too
  for (let n = sentences.length - 1; n > 0; n--) {
    if (!inside[n] || !out[n]?.[0]) continue;
    for (let k = n - 1; k >= 0 && out[k]!.length === 0; k--) {
      out[k] = [{ source: out[n]![0]!.source, sourceSpan: null, cueSpan: null }];
      if (!inside[k]) break;
    }
  }
  return out;
}

/** Where a quotation open at `start` closes inside text[start, end), or `end` when it runs on. */
function quotationEnd(text: string, start: number, end: number): number {
  for (const m of text.slice(start, end).matchAll(QUOTE_MARK)) if (m[0] !== '“') return start + m.index + 1;
  return end;
}

/** Whether offset `at` lies inside a quotation opened earlier in text[start, at). */
function isInsideQuote(text: string, start: number, at: number): boolean {
  let open = false;
  for (const m of text.slice(start, at).matchAll(QUOTE_MARK)) open = m[0] === '“' ? true : m[0] === '”' ? false : !open;
  return open;
}

/** The best attribution of each sentence, or null. */
export function attributeSentences(text: string, sentences: Span[], lower = lowerPerChar(text), paragraphs?: number[]): (FoundAttribution | null)[] {
  return findAttributions(text, sentences, lower, paragraphs).map((all) => all[0] ?? null);
}

// Tagging is most of extraction's cost, and the checks read tags only on a candidate's source
// and cue: the tagger sees those with a few words either side (it reads its neighbours), not
// the whole sentence.
const CONTEXT_WORDS = 3;
const isSpace = (ch: number) => ch === 32 || ch === 10 || ch === 9 || ch === 13 || ch === 160;

function tagWindow(text: string, start: number, end: number, found: readonly clauses.Candidate[]): [number, number] {
  let lo = end, hi = start;
  for (const c of found) {
    lo = Math.min(lo, c.np[0], c.cue[0], c.antecedent?.[0] ?? end);
    hi = Math.max(hi, c.np[1], c.cue[1]);
  }
  let a = Math.max(start, lo);
  for (let k = 0; k < CONTEXT_WORDS && a > start; k++) {
    while (a > start && isSpace(text.charCodeAt(a - 1))) a--;
    while (a > start && !isSpace(text.charCodeAt(a - 1))) a--;
  }
  let b = Math.min(end, hi);
  for (let k = 0; k < CONTEXT_WORDS && b < end; k++) {
    while (b < end && isSpace(text.charCodeAt(b))) b++;
    while (b < end && !isSpace(text.charCodeAt(b))) b++;
  }
  return a < b ? [a, b] : [start, end];
}
