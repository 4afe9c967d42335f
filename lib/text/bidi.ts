// Bidirectional control characters can make text display differently from what it says:
// "\u202Etxt.exe" shows as "exe.txt". In statements and names they are shown, not obeyed.

export const BIDI_CONTROLS: Record<string, { code: string; name: string; short: string }> = {
  '\u061C': { code: 'U+061C', name: 'Arabic letter mark', short: 'ALM' },
  '\u200E': { code: 'U+200E', name: 'left-to-right mark', short: 'LRM' },
  '\u200F': { code: 'U+200F', name: 'right-to-left mark', short: 'RLM' },
  '\u202A': { code: 'U+202A', name: 'left-to-right embedding', short: 'LRE' },
  '\u202B': { code: 'U+202B', name: 'right-to-left embedding', short: 'RLE' },
  '\u202C': { code: 'U+202C', name: 'pop directional formatting', short: 'PDF' },
  '\u202D': { code: 'U+202D', name: 'left-to-right override', short: 'LRO' },
  '\u202E': { code: 'U+202E', name: 'right-to-left override', short: 'RLO' },
  '\u2066': { code: 'U+2066', name: 'left-to-right isolate', short: 'LRI' },
  '\u2067': { code: 'U+2067', name: 'right-to-left isolate', short: 'RLI' },
  '\u2068': { code: 'U+2068', name: 'first strong isolate', short: 'FSI' },
  '\u2069': { code: 'U+2069', name: 'pop directional isolate', short: 'PDI' },
};

const CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export type TextPart = { text: string } | { control: string; code: string; name: string; short: string };

/** The text cut into plain runs and the direction controls between them. */
export function revealBidi(text: string): TextPart[] {
  if (!CONTROL.test(text)) return [{ text }];
  const parts: TextPart[] = [];
  let run = '';
  for (const ch of text) {
    const control = BIDI_CONTROLS[ch];
    if (!control) {
      run += ch;
      continue;
    }
    if (run) parts.push({ text: run });
    run = '';
    parts.push({ control: ch, ...control });
  }
  if (run) parts.push({ text: run });
  return parts;
}
