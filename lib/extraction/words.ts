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
const START = 1, INSIDE = 2, END = 4, SINGLE = 8;
export type CompiledShape = { extra: Map<number, number>; anyVisible: boolean };

export function tokenShape(shape: TokenShape): CompiledShape {
  const extra = new Map<number, number>();
  const add = (chars: string, flag: number) => { for (const c of chars) extra.set(c.codePointAt(0)!, (extra.get(c.codePointAt(0)!) ?? 0) | flag); };
  add(shape.starts, START); add(shape.inside, INSIDE); add(shape.ends, END | INSIDE); add(shape.single ?? '', SINGLE);
  return { extra, anyVisible: shape.single === null };
}

/** Calls take(a, b) for each token of `shape` in text[from, to), in order. */
export function scanTokens(text: string, from: number, to: number, shape: CompiledShape, take: (a: number, b: number) => void): void {
  const { extra, anyVisible } = shape;
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const kind = kindOf(cp);
    const flags = extra.size && kind !== LETTER ? extra.get(cp) ?? 0 : 0;
    if (kind !== LETTER && !(flags & START)) {
      if (flags & SINGLE || (anyVisible && kind !== BLANK)) take(i, i + w);
      i += w;
      continue;
    }
    let j = i + w;
    let last = -1;
    while (j < to) {
      const c = text.codePointAt(j)!;
      const k = kindOf(c);
      const f = k === LETTER ? INSIDE | END : extra.get(c) ?? 0;
      if (!(f & INSIDE)) break;
      j += c > 0xffff ? 2 : 1;
      if (f & END) last = j;
    }
    if (last > 0) { take(i, last); i = last; }
    else { if (kind === LETTER || flags & SINGLE || anyVisible) take(i, i + w); i += w; }
  }
}

/** Lower-cased words of text[from, to) joined by single spaces: "U.S.-led" → "u s led". */
export function normalWords(text: string, from = 0, to = text.length): string {
  const parts: string[] = [];
  let i = from;
  while (i < to) {
    let cp = text.codePointAt(i)!;
    if (kindOf(cp) !== LETTER) { i += cp > 0xffff ? 2 : 1; continue; }
    const a = i;
    while (i < to && kindOf((cp = text.codePointAt(i)!)) === LETTER) i += cp > 0xffff ? 2 : 1;
    parts.push(text.slice(a, i));
  }
  return parts.join(' ').toLowerCase();
}
