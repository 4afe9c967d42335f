// FTS5's snippet() marks matches with two characters from Unicode's private use area;
// the API gives plain text with [start, end) offsets instead, so no markup ever travels.
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

export function splitMarks(marked: string): { text: string; highlights: [number, number][] } {
  let text = '';
  const highlights: [number, number][] = [];
  let openAt = -1;
  for (const ch of marked) {
    if (ch === MARK_OPEN) openAt = text.length;
    else if (ch === MARK_CLOSE) {
      if (openAt >= 0 && text.length > openAt) highlights.push([openAt, text.length]);
      openAt = -1;
    } else text += ch;
  }
  return { text, highlights };
}
