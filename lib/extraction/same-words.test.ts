import { describe, expect, it } from 'vitest';
import { FirstByWords } from './same-words';
import { lowerPerChar, normalWords } from './words';

// Each span's first match, as a map on normalWords strings finds it.
function byStrings(text: string, spans: [number, number][]): (number | undefined)[] {
  const seen = new Map<string, number>();
  return spans.map(([a, b], i) => {
    const key = normalWords(text, a, b);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    return first;
  });
}

describe('spans with the same words', () => {
  const parts = ['Photo: U.S.-led troops', 'photo — u s LED troops!', 'U.S.-led troops', 'Troops led', '', '...', 'Straße 𝐀 Δ', 'STRASSE', 'straße 𝐀 δ'];
  for (const tail of ['', ' İ']) {
    it(`matches what comparing normalWords strings finds${tail ? ' (with İ, which is not lower-cased per character)' : ''}`, () => {
      const text = parts.join('\n') + tail;
      const spans: [number, number][] = [];
      let at = 0;
      for (const p of parts) { spans.push([at, at + p.length]); at += p.length + 1; }
      const index = new FirstByWords(text, lowerPerChar(text));
      const found = spans.map(([a, b], i) => {
        const first = index.firstOrKeep(a, b, i);
        expect(index.lastLength).toBe(normalWords(text, a, b).length);
        return first;
      });
      expect(found).toEqual(byStrings(text, spans));
      expect(found[1]).toBe(0);
    });
  }
});
