// Character classes and word scanning shared by the extraction steps. Unicode-property regular
// expressions cost several hundred nanoseconds a match; these loops read char codes from a table
// that asks the regex engine once per distinct character.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/;
const LETTER = 1, BLANK = 2, OTHER = 3;
const kinds = new Uint8Array(0x10000); // 0: not yet seen

function kindOf(cp: number): number {
  if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? LETTER : OTHER;
  let k = kinds[cp]!;
  if (k === 0) {
    const c = String.fromCharCode(cp);
    kinds[cp] = k = LETTER_OR_DIGIT.test(c) ? LETTER : SPACE.test(c) ? BLANK : OTHER;
  }
  return k;
}

/** \p{L} or \p{N}, as the `u` regexes read it. */
export const isLetterOrDigit = (cp: number) => kindOf(cp) === LETTER;

/** A token shape: a run that starts on a letter, digit or `starts` character, goes on over
 * letters, digits and `inside` characters, and ends on the run's last letter, digit or `ends`
 * character; `single` characters (all visible ones when null) are tokens on their own. */
export interface TokenShape { starts: string; inside: string; ends: string; single: string | null }
const START = 1, INSIDE = 2, END = 4, SINGLE = 8, IS_LETTER = 16, IS_BLANK = 32, KNOWN = 128;
const SHAPE_FLAGS = START | INSIDE | END | SINGLE;
// `classes` caches, per UTF-16 unit outside the surrogates, the character's kind and shape flags
export type CompiledShape = { extra: Map<number, number>; anyVisible: boolean; classes: Uint8Array };

export function tokenShape(shape: TokenShape): CompiledShape {
  const extra = new Map<number, number>();
  const add = (chars: string, flag: number) => { for (const c of chars) extra.set(c.codePointAt(0)!, (extra.get(c.codePointAt(0)!) ?? 0) | flag); };
  add(shape.starts, START); add(shape.inside, INSIDE); add(shape.ends, END | INSIDE); add(shape.single ?? '', SINGLE);
  return { extra, anyVisible: shape.single === null, classes: new Uint8Array(0x10000) };
}

function classify(shape: CompiledShape, cp: number): number {
  const kind = kindOf(cp);
  return kind === LETTER ? IS_LETTER : (shape.extra.get(cp) ?? 0) | (kind === BLANK ? IS_BLANK : 0);
}

/** Calls take(a, b) for each token of `shape` in text[from, to), in order. */
export function scanTokens(text: string, from: number, to: number, shape: CompiledShape, take: (a: number, b: number) => void): void {
  const { anyVisible, classes } = shape;
  let i = from;
  while (i < to) {
    let v = text.charCodeAt(i);
    let w = 1;
    if (v >= 0xd800 && v <= 0xdfff) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) w = 2;
      v = classify(shape, cp);
    } else {
      const c = v;
      v = classes[c]!;
      if (v === 0) classes[c] = v = classify(shape, c) | KNOWN;
    }
    const letter = (v & IS_LETTER) !== 0;
    const flags = letter ? 0 : v & SHAPE_FLAGS;
    if (!letter && !(flags & START)) {
      if (flags & SINGLE || (anyVisible && !(v & IS_BLANK))) take(i, i + w);
      i += w;
      continue;
    }
    let j = i + w;
    let last = -1;
    while (j < to) {
      let u = text.charCodeAt(j);
      let uw = 1;
      if (u >= 0xd800 && u <= 0xdfff) {
        const cp = text.codePointAt(j)!;
        if (cp > 0xffff) uw = 2;
        u = classify(shape, cp);
      } else {
        const c = u;
        u = classes[c]!;
        if (u === 0) classes[c] = u = classify(shape, c) | KNOWN;
      }
      const f = u & IS_LETTER ? INSIDE | END : u & SHAPE_FLAGS;
      if (!(f & INSIDE)) break;
      j += uw;
      if (f & END) last = j;
    }
    if (last > 0) { take(i, last); i = last; }
    else { if (letter || flags & SINGLE || anyVisible) take(i, i + w); i += w; }
  }
}

// The kind of the character at i, and its width in UTF-16 units in `width` (letters and digits
// are almost always outside the surrogates, so those are read from the table by char code).
let width = 1;
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    const cp = text.codePointAt(i)!;
    width = cp > 0xffff ? 2 : 1;
    return kindOf(cp);
  }
  width = 1;
  return kinds[c] || kindOf(c);
}

/** The words of text[from, to), its runs of letters and digits, as start and end offsets in
 * `runs` (overwritten); returns how many offsets it wrote. */
export function wordRuns(text: string, from: number, to: number, runs: number[]): number {
  let n = 0;
  let i = from;
  while (i < to) {
    if (kindAt(text, i) !== LETTER) { i += width; continue; }
    runs[n++] = i;
    i += width;
    while (i < to && kindAt(text, i) === LETTER) i += width;
    runs[n++] = i;
  }
  return n;
}

/** w ends in "'s" or "’s" (read from char codes, for hot loops). */
export function endsInPossessive(w: string): boolean {
  const n = w.length;
  return n >= 2 && w.charCodeAt(n - 1) === 115 && (w.charCodeAt(n - 2) === 39 || w.charCodeAt(n - 2) === 0x2019);
}

/** Lower-cased words of text[from, to) joined by single spaces: "U.S.-led" → "u s led". */
export function normalWords(text: string, from = 0, to = text.length): string {
  const runs: number[] = [];
  const n = wordRuns(text, from, to, runs);
  let joined = '';
  for (let r = 0; r < n; r += 2) joined = joined ? joined + ' ' + text.slice(runs[r], runs[r + 1]) : text.slice(runs[r], runs[r + 1]);
  return joined.toLowerCase();
}

/** text.toLowerCase() when lower-casing goes character by character, so that any slice of it is
 * that slice lower-cased; null when text holds "İ" (which lower-cases to two characters) or "Σ"
 * (whose lower case depends on its neighbours), the only characters that break this. */
export function lowerPerChar(text: string): string | null {
  if (text.indexOf('\u0130') >= 0 || text.indexOf('\u03a3') >= 0) return null;
  return text.toLowerCase();
}
