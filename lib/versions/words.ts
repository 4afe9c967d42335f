// Comparing a claim's old and new wording: what counts as "the same words" (typography,
// spacing and punctuation between words do not), how alike two wordings are, and the
// word-level difference shown to the desk ("1,582" → "1,600").
import { diffArrays } from 'diff';

// Curly and straight quotes, dash styles, odd spaces and the ellipsis character are the
// same words to a reader; retyping a quote mark must not send a verdict back for a re-check.
const TYPOGRAPHY: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-'],
  [/\u2026/g, '...'],
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' '],
];

export function normalizeTypography(text: string): string {
  let out = text;
  for (const [pattern, plain] of TYPOGRAPHY) out = out.replace(pattern, plain);
  return out;
}

/**
 * The words of a passage: runs of letters and digits that may hold inner punctuation
 * ("1,582", "2.5", "U.S", "Ukraine's", "well-known"), a minus sign that belongs to a number,
 * and every symbol that carries meaning (%, $, €, °, /, +). Quotes, commas, stops, colons,
 * brackets and dashes between words are left out: changing them changes no words.
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['.,\-][\p{L}\p{N}\p{M}]+)*|(?<![\p{L}\p{N}])-(?=\p{N})|[^\s\p{L}\p{N}\p{M}"'.,;:!?()[\]{}\-]/gu;

export function wordsOf(text: string): string[] {
  return normalizeTypography(text).match(WORD) ?? [];
}

/** Same words in the same order, whatever the spacing, quote style or punctuation between them. */
export function sameWords(a: string, b: string): boolean {
  if (a === b) return true;
  const x = wordsOf(a);
  const y = wordsOf(b);
  return x.length === y.length && x.every((w, i) => w === y[i]);
}

// Words that say little about which statement a passage is; similarity counts the others.
const FUNCTION_WORDS = new Set(
  ('a an the and or but of to in on at by for from with as is are was were be been being it its this that these those ' +
    'he she they we you i his her their our your him them us has have had do does did not no so than then there here ' +
    'which who whom whose what when where while will would can could may might shall should into over under about')
    .split(' '),
);

export function contentWords(text: string): string[] {
  const all = wordsOf(text).map((w) => w.toLowerCase());
  const content = all.filter((w) => !FUNCTION_WORDS.has(w));
  return content.length > 0 ? content : all;
}

/**
 * How alike two wordings are, 0 to 1: the Dice coefficient of their content words, counted
 * as multisets so a reordered sentence stays alike and a repeated word counts each time.
 */
export function similarity(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.length === 0 && y.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

// Tokens for diffing: a word with its inner punctuation ("1,582", "Ukraine's") stays one
// token so a changed figure shows as '1,582' → '1,600', not '582' → '600'; every run of
// spaces and every other mark is a token of its own.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['.,\u2019\-][\p{L}\p{N}\p{M}]+)*|\s+|[^\s\p{L}\p{N}\p{M}]/gu;

export function diffTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export interface TextChange {
  value: string;
  added: boolean;
  removed: boolean;
}

/**
 * jsdiff's Myers diff over word tokens. With `maxEditLength` it gives up (undefined) past
 * that many token edits, which bounds its work at (tokens on both sides) × maxEditLength.
 */
export function diffWordTokens(before: string, after: string, maxEditLength?: number): TextChange[] | undefined {
  const a = diffTokens(before);
  const b = diffTokens(after);
  const changes = maxEditLength === undefined ? diffArrays(a, b) : diffArrays(a, b, { maxEditLength });
  return changes?.map((c) => ({ value: c.value.join(''), added: c.added, removed: c.removed }));
}

export interface WordChange {
  text: string;
  /** 'same' text is in both; 'removed' only in the old wording; 'added' only in the new. */
  change: 'same' | 'removed' | 'added';
}

/** The old and new wording as runs of kept, removed and added words, for showing a change. */
export function wordDiff(before: string, after: string): WordChange[] {
  // A claim is at most a few thousand characters, so the diff's work is bounded by its input.
  return diffWordTokens(before, after)!.map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/**
 * The words that changed, in short: "'1,582' → '1,600'" for one changed run, or the whole
 * wordings when much changed. Used in history lines and notices.
 */
export function describeWordChange(before: string, after: string, maxChars = 120): string {
  const parts = wordDiff(before, after);
  const changed = parts.map((p, i) => (p.change === 'same' ? -1 : i)).filter((i) => i >= 0);
  const clip = (s: string) => (s.length > maxChars ? `${s.slice(0, maxChars - 1)}…` : s);
  if (changed.length === 0) return `'${clip(after)}'`;
  const first = changed[0]!;
  const last = changed[changed.length - 1]!;
  // One run of changes: nothing but spaces kept between its first and last changed part.
  const oneRun = parts.slice(first, last + 1).every((p) => p.change !== 'same' || !p.text.trim());
  if (!oneRun) return `'${clip(before)}' → '${clip(after)}'`;
  // Show the words whole: a "$" or "%" stuck to a changed figure belongs with it.
  const lead = (parts[first - 1]?.text.match(/\S*$/) ?? [''])[0];
  const tail = (parts[last + 1]?.text.match(/^[^\s.,;:!?)"'’”]*/) ?? [''])[0];
  const side = (keep: 'removed' | 'added') =>
    parts.slice(first, last + 1).filter((p) => p.change === 'same' || p.change === keep).map((p) => p.text).join('').trim();
  const from = side('removed');
  const to = side('added');
  if (!from) return `added '${clip(to)}'`;
  if (!to) return `removed '${clip(from)}'`;
  return `'${clip(lead + from + tail)}' → '${clip(lead + to + tail)}'`;
}
