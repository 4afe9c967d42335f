// Who said it: reads reporting clauses ("X said", "said X", "according to X", "X reported,
// citing Y", "X quoted Y as saying") and carries "he said" back to the last named source.
import type { Attribution, Span } from './types';
import { isLetterOrDigit, scanTokens, tokenShape } from './words';
import { ADVERBIALS, BREAKERS, CUES, DETERMINERS, PASSIVE, PREPOSITIONS, PRONOUNS, TIME_WORDS, WEAK_CUES } from './attribution-words';

export type FoundAttribution = Attribution;

interface Token { text: string; lower: string; start: number; end: number; word: boolean }
interface Candidate { np: Span; cue: Span; rank: number; via?: Span; name?: Span }

// Tokens are what /[\p{L}\p{N}$][\p{L}\p{N}'’.\-–%$,]*[\p{L}\p{N}%.]|[\p{L}\p{N}]|\S/gu matches.
const TOKEN = tokenShape({ starts: '$', inside: "'’-–$,", ends: '%.', single: null });
const ABBREVIATION = /^(\p{L}{1,4}\.|(\p{L}\.)+)$/u;
const HYPHEN = /[-–]/;

function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  const last = slice.trimEnd().length - 2;
  scanTokens(slice, 0, slice.length, TOKEN, (index, stop) => {
    const whole = slice.slice(index, stop);
    let t = whole;
    // a trailing comma or a sentence-final period belongs to punctuation, not to the word
    while (t.length > 1 && t.endsWith(',')) t = t.slice(0, -1);
    if (t.length > 1 && t.endsWith('.') && (index + t.length >= last || !ABBREVIATION.test(HYPHEN.test(t) ? t.split(HYPHEN).pop()! : t))) t = t.slice(0, -1);
    const a = start + index;
    out.push({ text: t, lower: t.toLowerCase(), start: a, end: a + t.length, word: isLetterOrDigit(t.codePointAt(0)!) });
    for (let r = t.length; r < whole.length; r++) out.push({ text: whole[r]!, lower: whole[r]!, start: a + r, end: a + r + 1, word: false });
  });
  return out;
}

const QUOTE_CHARS = new Set(['"', '“', '”']);

function quotedMask(tokens: Token[]): boolean[] {
  const mask: boolean[] = [];
  let open = false;
  for (const t of tokens) {
    if (t.text === '“') open = true;
    else if (t.text === '”') open = false;
    else if (t.text === '"') open = !open;
    mask.push(open && !QUOTE_CHARS.has(t.text));
  }
  return mask;
}

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);

/** The start of a noun phrase that ends at token `to` (exclusive), read leftwards; skips "(D-Wis.)". */
function scanLeft(tokens: Token[], to: number, quoted: boolean[], limit: number): number {
  let from = to;
  while (from > 0 && to - from <= limit) {
    const t = tokens[from - 1]!;
    if (t.text === ')') {
      let k = from - 1;
      while (k > 0 && tokens[k]!.text !== '(' && from - k < 8) k--;
      if (tokens[k]!.text !== '(' || k === 0) break;
      from = k;
      continue;
    }
    if (!t.word || quoted[from - 1] || BREAKERS.has(t.lower) || CUES.has(t.lower)) break;
    from--;
  }
  return from;
}

interface LeftNP { from: number; to: number; bounded: boolean; name?: [number, number] }

/** The source noun phrase ending just before token i (exclusive), read leftwards. */
function leftNP(tokens: Token[], i: number, quoted: boolean[]): LeftNP | null {
  let to = i;
  // "Synegubov, governor of the Kharkiv region, said": the apposition closes just before the cue
  if (tokens[to - 1]?.text === ',') {
    let c = to - 2;
    while (c > 0 && to - c < 24 && tokens[c]!.text !== ',' && !QUOTE_CHARS.has(tokens[c]!.text) && !CUES.has(tokens[c]!.lower)) c--;
    if (c <= 0 || tokens[c]!.text !== ',') return null;
    const f2 = scanLeft(tokens, c, quoted, 6);
    if (f2 === c || !isCap(tokens[f2]!)) return null;
    return { from: f2, to: to - 1, bounded: true, name: [f2, c] };
  }
  while (to > 0 && ADVERBIALS.has(tokens[to - 1]!.lower) && !(to - 2 >= 0 && DETERMINERS.has(tokens[to - 2]!.lower))) to--;
  if (to > 0 && PASSIVE.has(tokens[to - 1]!.lower)) return null;
  const from = scanLeft(tokens, to, quoted, 14);
  if (from === to || to - from > 12) return null;
  const before = tokens[from - 1];
  const bounded = before === undefined || !before.word;
  const head = tokens[to - 1]!;
  const lead = tokens[from]!;
  if (PREPOSITIONS.has(lead.lower) || ['and', 'of', 'for', 'the', 'a', 'an', 'in', 'on', 'at'].includes(head.lower)) return null;
  if (!bounded && !isCap(lead) && !DETERMINERS.has(lead.lower) && !PRONOUNS.has(lead.lower)) return null;
  if (/ly$/.test(head.lower) && !isCap(head)) return null;
  if (to - from === 1 && !isCap(head) && !PRONOUNS.has(head.lower) && !/s$/.test(head.lower)) return null;
  return { from, to, bounded };
}

/** The noun phrase starting at token i, read rightwards ("according to X", "citing X"). */
function rightNP(tokens: Token[], i: number): { from: number; to: number } | null {
  let to = i;
  while (to < tokens.length) {
    const t = tokens[to]!;
    if (!t.word || (BREAKERS.has(t.lower) && t.lower !== 'by') || CUES.has(t.lower) || t.lower === 'saying') break;
    if (to > i && ['on', 'in', 'at', 'during'].includes(t.lower) && TIME_WORDS.has(tokens[to + 1]?.lower ?? '')) break;
    to++;
  }
  return to > i && to - i <= 14 ? { from: i, to } : null;
}

const span = (tokens: Token[], from: number, to: number): Span => [tokens[from]!.start, tokens[to - 1]!.end];

/** Reporting clauses in one sentence, best first. */
function candidates(text: string, start: number, end: number): Candidate[] {
  const tokens = tokenize(text, start, end);
  const quoted = quotedMask(tokens);
  const hasQuote = tokens.some((t) => QUOTE_CHARS.has(t.text));
  const found: Candidate[] = [];
  // "PENCE: Well, look…" and "Pence: Flowers won't be at debate": a speaker label
  const label = tokens.findIndex((t) => t.text === ':');
  if (label > 0 && label <= 3 && tokens.slice(0, label).every((t) => t.word && isCap(t))) {
    found.push({ np: span(tokens, 0, label), cue: span(tokens, label, label + 1), rank: 2 });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // '…we are.” ― Sonya Herridge': a quotation signed with a dash
    if (/^[―—]$/.test(t.text) && QUOTE_CHARS.has(tokens[i - 1]?.text ?? '') && tokens[i + 1] && isCap(tokens[i + 1]!)) {
      const np = rightNP(tokens, i + 1);
      if (np) found.push({ np: span(tokens, np.from, np.to), cue: span(tokens, i, i + 1), rank: 3 });
    }
    if (quoted[i] || !t.word) continue;
    // "the alleged attacks", "a report": after a determiner the word is a noun or adjective
    if (DETERMINERS.has(tokens[i - 1]?.lower ?? '') && t.lower !== 'according') continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const np = rightNP(tokens, i + 2);
      if (np) found.push({ np: span(tokens, np.from, np.to), cue: span(tokens, i, i + 2), rank: i === 0 ? 1 : 5 });
      continue;
    }
    if (t.lower === 'citing' || (t.lower === 'quoted' && tokens.slice(i + 2, i + 16).some((x) => x.lower === 'saying'))) {
      const np = rightNP(tokens, i + 1);
      let j = tokens[i - 1]?.text === ',' ? i - 1 : i;
      if (CUES.has(tokens[j - 1]?.lower ?? '')) j--;
      const reporter = leftNP(tokens, j, quoted);
      if (np) found.push({ np: span(tokens, np.from, np.to), cue: span(tokens, i, i + 1), rank: 0, via: reporter ? span(tokens, reporter.from, reporter.to) : undefined });
      continue;
    }
    if (!CUES.has(t.lower)) continue;
    const prev = tokens[i - 1];
    const np = leftNP(tokens, i, quoted);
    if (np) {
      const weak = WEAK_CUES.has(t.lower) && !hasQuote && tokens[i + 1]?.lower !== 'that' && tokens[np.from - 1]?.text !== ',';
      if (!weak) {
        const atStart = np.from === 0 || (tokens[np.from - 1]!.text === ',' && !tokens.slice(0, np.from).some((x) => QUOTE_CHARS.has(x.text)) && np.from < 12);
        const name = np.name ? span(tokens, np.name[0], np.name[1]) : undefined;
        found.push({ np: span(tokens, np.from, np.to), cue: span(tokens, i, i + 1), rank: atStart ? 2 : np.bounded ? 3 : 4, name });
        continue;
      }
    }
    // inverted: '…," said Mayor Ihor Terekhov.'
    if (prev && (prev.text === ',' || QUOTE_CHARS.has(prev.text)) && /^(said|says|added|adds|wrote|writes|asked|told|warned|continued)$/.test(t.lower)) {
      const right = rightNP(tokens, i + 1);
      if (right && isCap(tokens[right.from]!) || (right && DETERMINERS.has(tokens[right.from]!.lower))) {
        found.push({ np: span(tokens, right!.from, right!.to), cue: span(tokens, i, i + 1), rank: 3 });
      }
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.np[0] - b.np[0]);
  // "Konashenkov said, according to TASS": the outlet relays, the speaker stays the source
  const relay = found.find((c) => c.rank === 5);
  if (found[0] && relay && found[0] !== relay && !found[0].via) found[0].via = relay.np;
  return found;
}

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
