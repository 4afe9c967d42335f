// Anchoring a claim to the body: the span's offsets plus a W3C TextQuoteSelector
// (exact text with a little context) so the claim can be found again if the body moves.

/** How much text before and after a span is kept to tell repeated quotes apart. */
export const CONTEXT_CHARS = 32;

export interface AnchoredSpan {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export interface QuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
  /** Where the quote was last seen; tried first. */
  start?: number;
  end?: number;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The span with its quote and context. Context never starts or ends inside a surrogate pair. */
export function anchorSpan(body: string, start: number, end: number, context = CONTEXT_CHARS): AnchoredSpan {
  let prefix = body.slice(Math.max(0, start - context), start);
  let suffix = body.slice(end, end + context);
  if (prefix && isLowSurrogate(prefix.charCodeAt(0))) prefix = prefix.slice(1);
  if (suffix && isHighSurrogate(suffix.charCodeAt(suffix.length - 1))) suffix = suffix.slice(0, -1);
  return { start, end, quote: body.slice(start, end), prefix, suffix };
}

/** Narrows [start, end) so it neither starts nor ends with whitespace; empty when all whitespace. */
export function trimSpan(body: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s]!)) s++;
  while (e > s && /\s/.test(body[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Words that join two statements and belong to neither once the sentence is cut between them. */
const JOINING_WORDS = new Set(['and', 'but', 'or', 'nor', 'so', 'yet', 'while', 'whereas', 'although', 'though', 'because', 'plus', 'then', 'also']);
/** Punctuation that only joins: left dangling at either edge of a cut. */
const JOINING_MARKS = /^[,;:\u2013\u2014-]$/;
/** Opening marks that belong to what follows, so a head must not end with one. */
const OPENING_MARKS = /^[\u201c\u2018([\u00ab]$/;
/** A straight quote opens only after a space: `said "` dangles, `"no"` and `countries'` do not. */
const opensAt = (body: string, i: number) => OPENING_MARKS.test(body[i]!) || (/["']/.test(body[i]!) && /\s/.test(body[i - 1] ?? ' '));

/**
 * One part of a claim cut in two, trimmed of what joined it to the other part: spaces, a
 * dangling comma or dash, a conjunction ("…in September, and" → "…in September"; "and the
 * ministry said…" → "the ministry said…"). Empty when nothing but joining words is left.
 */
export function trimSplitPart(body: string, start: number, end: number, side: 'head' | 'tail'): { start: number; end: number } {
  let { start: s, end: e } = trimSpan(body, start, end);
  for (let changed = true; changed && s < e; ) {
    changed = false;
    if (side === 'head') {
      const last = body[e - 1]!;
      if (JOINING_MARKS.test(last) || opensAt(body, e - 1)) { e -= 1; changed = true; }
      else {
        const word = /(?:^|[^\p{L}\p{N}])(\p{L}+)$/u.exec(body.slice(s, e));
        if (word && JOINING_WORDS.has(word[1]!.toLowerCase()) && e - word[1]!.length > s) { e -= word[1]!.length; changed = true; }
      }
    } else {
      const first = body[s]!;
      if (JOINING_MARKS.test(first) || first === ')') { s += 1; changed = true; }
      else {
        const word = /^(\p{L}+)(?=[^\p{L}\p{N}]|$)/u.exec(body.slice(s, e));
        if (word && JOINING_WORDS.has(word[1]!.toLowerCase()) && s + word[1]!.length < e) { s += word[1]!.length; changed = true; }
      }
    }
    if (changed) ({ start: s, end: e } = trimSpan(body, s, e));
  }
  return { start: s, end: e };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds a quote again after the body changed. The stored offsets win when they still
 * hold the exact text; otherwise every occurrence is scored by how much of the prefix
 * and suffix still surround it, ties going to the one nearest the old position.
 * Returns null when the exact text is gone.
 */
export function relocate(body: string, selector: QuoteSelector): AnchoredSpan | null {
  const { exact, prefix = '', suffix = '', start, end } = selector;
  if (!exact) return null;
  if (start !== undefined && end !== undefined && body.slice(start, end) === exact) {
    return anchorSpan(body, start, end);
  }
  let best: { at: number; score: number; distance: number } | null = null;
  for (let at = body.indexOf(exact); at !== -1; at = body.indexOf(exact, at + 1)) {
    const before = body.slice(Math.max(0, at - prefix.length), at);
    const after = body.slice(at + exact.length, at + exact.length + suffix.length);
    const score = commonSuffixLength(prefix, before) + commonPrefixLength(suffix, after);
    const distance = start === undefined ? 0 : Math.abs(at - start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { at, score, distance };
    }
  }
  return best ? anchorSpan(body, best.at, best.at + exact.length) : null;
}
