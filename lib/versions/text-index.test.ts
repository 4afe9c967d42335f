import { describe, expect, it } from 'vitest';
import { TextIndex } from './text-index';

describe('finding passages in a long text', () => {
  const text = 'The mayor said 40 buses were added. "The mayor said 40 buses were added," he wrote. Themayor said 40 buses were added.';
  const index = new TextIndex(text);
  const scan = (p: string) => { const out: number[] = []; for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1)) out.push(at); return out; };

  it('finds every occurrence that starts a token, as a scan would', () => {
    const passage = 'The mayor said 40 buses were added';
    expect(index.find(passage, 10, true)).toEqual([0, 37]);
    // Mid-word ("Themayor…") is not a token start, so it is no second copy of the passage.
    expect(index.find('mayor said 40 buses were added', 10, true)).toEqual([4, 41]);
    expect(index.find('mayor said 40 buses were added', 10, false)).toEqual(scan('mayor said 40 buses were added'));
    expect(scan('mayor said 40 buses were added')).toHaveLength(3);
  });

  it('stops at the cap, and handles passages shorter than its key', () => {
    expect(index.find('The mayor said 40 buses were added', 1, true)).toEqual([0]);
    expect(index.find('40', 10, true)).toEqual(scan('40'));
    expect(index.find('', 10, true)).toEqual([]);
  });

  it('tells apart passages whose first characters share a look-up key', () => {
    // "Aa" and "BB" weigh the same in a 31-based string hash, so these two keys collide
    const twins = 'Aa were added to the list. BB were added to the list. Aa were added to the list.';
    const twinIndex = new TextIndex(twins);
    expect(twinIndex.find('Aa were added to the list', 5, true)).toEqual([0, 54]);
    expect(twinIndex.find('BB were added to the list', 5, true)).toEqual([27]);
  });

  it('knows a token start', () => {
    expect(index.isTokenStart(0)).toBe(true);
    expect(index.isTokenStart(37)).toBe(true); // after the opening quote mark
    expect(index.isTokenStart(4)).toBe(true);
    expect(index.isTokenStart(5)).toBe(false);
    expect(index.isTokenStart(text.indexOf('mayor said 40 buses were added.', 80))).toBe(false);
  });
});
