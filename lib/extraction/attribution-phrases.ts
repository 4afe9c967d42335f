// Tokens and noun phrases for attribution: the words of a sentence with their offsets, which
// of them sit inside quotation marks, and the source noun phrase next to a reporting cue.
import type { Span } from './types';
import * as chars from './words';
import * as wordLists from './attribution-words';
// read once: tsx turns each use of an imported name into a getter call
const { isLetterOrDigit, scanTokens, tokenShape } = chars;
const { ADVERBIALS, AUXILIARIES, BREAKERS, COLLECTIVE, CUES, DETERMINERS, isGerund, NOT_NAMES, PASSIVE, PREPOSITIONS, PRONOUNS, TIME_WORDS } = wordLists;

export interface Token { text: string; lower: string; start: number; end: number; word: boolean }

// Tokens are what /[\p{L}\p{N}$][\p{L}\p{N}'’.\-–%$,]*[\p{L}\p{N}%.]|[\p{L}\p{N}]|\S/gu matches.
const TOKEN = tokenShape({ starts: '$', inside: "'’-–$,", ends: '%.', single: null });
const ABBREVIATION = /^(\p{L}{1,4}\.|(\p{L}\.)+)$/u;
const HYPHEN = /[-–]/;

/** The tokens of text[start, end). `lower` is lowerPerChar(text), the article lower-cased once:
 * its slices are the tokens lower-cased, for far less than lower-casing each (null: one by one). */
export function tokenize(text: string, start: number, end: number, lower: string | null): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  const last = slice.trimEnd().length - 2;
  scanTokens(slice, 0, slice.length, TOKEN, (index, stop) => {
    const whole = slice.slice(index, stop);
    // a trailing comma or a sentence-final period belongs to punctuation, not to the word (read
    // from char codes: endsWith per token cost more than the rest of the check)
    let n = whole.length;
    while (n > 1 && whole.charCodeAt(n - 1) === 44) n--; // ','
    let t = n < whole.length ? whole.slice(0, n) : whole;
    if (n > 1 && whole.charCodeAt(n - 1) === 46 && (index + n >= last || !ABBREVIATION.test(HYPHEN.test(t) ? t.split(HYPHEN).pop()! : t))) t = t.slice(0, -1); // '.'
    const a = start + index;
    // two apostrophes make a double quote (''This isn't tax reform,'' said …)
    const prev = out[out.length - 1];
    if (whole === "'" && prev?.text === "'" && prev.end === a) { out[out.length - 1] = { text: '"', lower: '"', start: prev.start, end: a + 1, word: false }; return; }
    out.push({ text: t, lower: lower === null ? t.toLowerCase() : lower.slice(a, a + t.length), start: a, end: a + t.length, word: isLetterOrDigit(t.codePointAt(0)!) });
    for (let r = t.length; r < whole.length; r++) out.push({ text: whole[r]!, lower: whole[r]!, start: a + r, end: a + r + 1, word: false });
  });
  return out;
}

const QUOTE_CHARS = new Set(['"', '“', '”']);
/** A quotation mark: '"', '“' or '”' (the length is read first, so words are never hashed for the look-up). */
export const isQuote = (s: string) => s.length === 1 && QUOTE_CHARS.has(s);

export function quotedMask(tokens: Token[]): boolean[] {
  const mask: boolean[] = [];
  let open = false;
  for (const t of tokens) {
    if (t.text === '“') open = true;
    else if (t.text === '”') open = false;
    else if (t.text === '"') open = !open;
    mask.push(open && !isQuote(t.text));
  }
  return mask;
}

const UPPER_FIRST = /^\p{Lu}/u;
/** Starts on an upper-case letter (\p{Lu}); ASCII is read from the char code, the rest asks the regex. */
const CONJUNCTIONS = new Set(['and', 'or', 'nor']);

export const isCap = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(t.text);
};

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

// "openly", "flatly": a lower-case -ly word of five letters or more read as an adverb, unless a
// determiner stands before it ("the family", "an ally")
export const isAdverb = (t: Token) => t.lower.length > 4 && t.lower.endsWith('ly') && !isCap(t);

export interface LeftNP { from: number; to: number; bounded: boolean; name?: [number, number] }

const isNameRun = (tokens: Token[], from: number, to: number) => to - from >= 1 && to - from <= 4 && tokens.slice(from, to).every((t) => t.word && isCap(t));

/**
 * The source when an apposition closes with the comma at token `close`, read leftwards over up
 * to three commas: "Pruitt, the attorney general of Oklahoma, one of the states suing, said";
 * "one of the family's lawyers, Ann Berg, said" (the name is the last part);
 * "In a statement, Ann Berg, the mayor, said" (an opening prepositional phrase is left out).
 */
function leftApposition(tokens: Token[], close: number, quoted: boolean[]): LeftNP | null {
  let c = close - 1;
  while (c > 0 && close - c < 30 && tokens[c]!.text !== ',' && !isQuote(tokens[c]!.text) && !CUES.has(tokens[c]!.lower) && !quoted[c]) c--;
  if (c <= 0 || tokens[c]!.text !== ',') return null;
  let segEnd = close;
  const name: [number, number] | undefined = isNameRun(tokens, c + 1, close) ? [c + 1, close] : undefined;
  for (let round = 0; round < 3; round++) {
    const f = scanLeft(tokens, c, quoted, 8);
    if (f === c) return null;
    const lead = tokens[f]!;
    const bounded = f === 0 || !tokens[f - 1]!.word;
    if (PREPOSITIONS.has(lead.lower) || BREAKERS.has(lead.lower)) {
      // "In a statement, Ann Berg, the mayor, said": the source starts after the opening phrase
      const next = tokens[c + 1]!;
      return bounded && (isCap(next) || DETERMINERS.has(next.lower) || next.lower === 'one') ? { from: c + 1, to: close, bounded: true, name: name ?? [c + 1, segEnd] } : null;
    }
    if (bounded && isCap(lead)) return { from: f, to: close, bounded: true, name: [f, c] };
    if (bounded && tokens[f - 1]?.text !== ',' && name && (DETERMINERS.has(lead.lower) || lead.lower === 'one')) return { from: f, to: close, bounded: true, name };
    if (tokens[f - 1]?.text !== ',') return null;
    segEnd = c;
    c = f - 1;
  }
  return null;
}

/** The source noun phrase ending just before token i (exclusive), read leftwards. */
// Sentence adverbs set off by commas between a subject and its verb: "Officials, however, said".
const PARENTHETICAL = new Set(['however', 'though', 'meanwhile', 'too', 'also', 'instead', 'moreover', 'nonetheless', 'nevertheless', 'furthermore', 'likewise', 'therefore', 'indeed']);

export function leftNP(tokens: Token[], i: number, quoted: boolean[]): LeftNP | null {
  let to = i;
  // "Experts and officials, however, said": the adverb in commas is no part of the source
  if (tokens[to - 1]?.text === ',' && PARENTHETICAL.has(tokens[to - 2]?.lower ?? '') && tokens[to - 3]?.text === ',') to -= 3;
  // "Synegubov, governor of the Kharkiv region, said": the apposition closes just before the cue
  if (tokens[to - 1]?.text === ',') return leftApposition(tokens, to - 1, quoted);
  while (to > 0 && (ADVERBIALS.has(tokens[to - 1]!.lower) || AUXILIARIES.has(tokens[to - 1]!.lower) || isAdverb(tokens[to - 1]!)) && !(to - 2 >= 0 && DETERMINERS.has(tokens[to - 2]!.lower))) to--;
  if (to > 0 && PASSIVE.has(tokens[to - 1]!.lower)) return null;
  let from = scanLeft(tokens, to, quoted, 14);
  // "…, and he said": the conjunction joins clauses, it is no part of the source
  if (from < to - 1 && CONJUNCTIONS.has(tokens[from]!.lower)) from++;
  if (from === to || to - from > 12) return null;
  const before = tokens[from - 1];
  const bounded = before === undefined || !before.word;
  const head = tokens[to - 1]!;
  const lead = tokens[from]!;
  if (PREPOSITIONS.has(lead.lower) || ['and', 'of', 'for', 'the', 'a', 'an', 'in', 'on', 'at'].includes(head.lower)) return null;
  if (!bounded && !isCap(lead) && !DETERMINERS.has(lead.lower) && !PRONOUNS.has(lead.lower)) {
    // "after rival Donald Trump attacked": a title word mid-sentence leads into the name
    let n = to;
    while (n > from && tokens[n - 1]!.word && isCap(tokens[n - 1]!)) n--;
    return n < to && n > from && to - n <= 4 && !NOT_NAMES.has(tokens[n]!.lower) ? { from: n, to, bounded: false } : null;
  }
  if (to - from === 1 && !isCap(head) && !PRONOUNS.has(head.lower) && !/s$/.test(head.lower) && !COLLECTIVE.has(head.lower)) return null;
  return { from, to, bounded };
}

/** The noun phrase starting at token i, read rightwards ("according to X", "citing X"). */
export function rightNP(tokens: Token[], i: number): { from: number; to: number } | null {
  let to = i;
  while (to < tokens.length) {
    const t = tokens[to]!;
    if (!t.word || (BREAKERS.has(t.lower) && t.lower !== 'by') || CUES.has(t.lower) || t.lower === 'saying') break;
    if (to > i && ['on', 'in', 'at', 'during'].includes(t.lower) && TIME_WORDS.has(tokens[to + 1]?.lower ?? '')) break;
    to++;
  }
  return to > i && to - i <= 14 ? { from: i, to } : null;
}

/**
 * Where an apposition after a name ends ("Alan Cole, an economist at the institute"): token
 * `to` is the comma after the name; the apposition runs to the next comma or the sentence end,
 * and is not one when it holds a quote, a reporting cue or "that". Returns `to` when there is none.
 */
export function rightApposition(tokens: Token[], to: number, quoted: boolean[]): number {
  if (tokens[to]?.text !== ',' || !tokens[to + 1]?.word) return to;
  let k = to + 1, last = to;
  while (k < tokens.length && k - to <= 24) {
    const t = tokens[k]!;
    if (quoted[k] || isQuote(t.text) || CUES.has(t.lower) || t.lower === 'that' || t.lower === 'saying') return to;
    if (t.text === ',' || t.text === ';' || t.text === ':') break;
    if (t.word) last = k + 1;
    k++;
  }
  return k - to > 24 ? to : last;
}

export const span = (tokens: Token[], from: number, to: number): Span => [tokens[from]!.start, tokens[to - 1]!.end];


const NAME_GLUE = new Set(['of', 'the', 'and', 'for', '’s', "'s"]);

/**
 * The sentence's subject when it is a name or a pronoun standing first ("Donald Trump",
 * "The Clinton campaign", "He"), followed by a lower-case word (its verb); else null.
 */
export function subjectNP(tokens: Token[], quoted: boolean[]): { from: number; to: number } | null {
  let from = 0;
  while (from < tokens.length && !tokens[from]!.word) from++;
  const lead = tokens[from];
  if (!lead || quoted[from]) return null;
  if (PRONOUNS.has(lead.lower)) return { from, to: from + 1 };
  let to = from;
  if (DETERMINERS.has(lead.lower) && !PRONOUNS.has(lead.lower)) to++;
  let caps = 0;
  while (to < tokens.length && to - from < 10) {
    const t = tokens[to]!;
    if (t.word && isCap(t) && !BREAKERS.has(t.lower) && !PREPOSITIONS.has(t.lower)) { caps++; to++; continue; }
    if (NAME_GLUE.has(t.lower) && caps > 0 && tokens[to + 1] && isCap(tokens[to + 1]!)) { to++; continue; }
    break;
  }
  const next = tokens[to];
  if (caps === 0 || !next || !next.word || isCap(next)) return null;
  // "Establishing corridors is…", "Meanwhile, …": one capitalised word that is no name. A word in
  // -ing is a name only before a verb ("Manning testified"), a gerund before its object.
  if (to - from === 1 && (NOT_NAMES.has(lead.lower) || (isGerund(lead.text) && !BREAKERS.has(next.lower) && !/(ed|s)$/.test(next.lower)))) return null;
  return { from, to };
}
