import { describe, expect, it } from 'vitest';
import { revealBidi } from './bidi';
import { cleanFields, cleanText, splitsCharacter } from './clean-text';

describe('text a person stores', () => {
  it('loses NUL and unpaired surrogate halves, and keeps every real character', () => {
    expect(cleanText('a\u0000b')).toBe('ab');
    expect(cleanText('x\uD83Dy')).toBe('xy');
    expect(cleanText('x\uDE00y')).toBe('xy');
    expect(cleanText('end\uD83D')).toBe('end');
    expect(cleanText('emoji 😀 and 𝒳, Ελληνικά, العربية, tab\tnew\nline')).toBe('emoji 😀 and 𝒳, Ελληνικά, العربية, tab\tnew\nline');
    expect(cleanFields({ statement: 'a\u0000', n: 3, list: ['\uDC00b'], nested: { deep: 'c\u0000' }, none: null })).toEqual({ statement: 'a', n: 3, list: ['b'], nested: { deep: 'c' }, none: null });
  });

  it('knows an offset inside a surrogate pair', () => {
    const text = 'a😀b';
    expect([0, 1, 2, 3, 4].map((i) => splitsCharacter(text, i))).toEqual([false, false, true, false, false]);
  });

  it('shows direction controls instead of obeying them', () => {
    expect(revealBidi('plain')).toEqual([{ text: 'plain' }]);
    expect(revealBidi('invoice\u202Etxt.exe')).toEqual([
      { text: 'invoice' },
      { control: '\u202E', code: 'U+202E', name: 'right-to-left override', short: 'RLO' },
      { text: 'txt.exe' },
    ]);
  });
});
