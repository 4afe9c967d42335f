import { describe, expect, it } from 'vitest';
import { paragraphRanges, segmentRange } from './segments';

describe('segmenting the article text for highlights', () => {
  it('splits overlapping claims into runs, innermost first', () => {
    const segs = segmentRange(0, 20, [
      { claimId: 'outer', start: 2, end: 15 },
      { claimId: 'inner', start: 5, end: 8 },
    ]);
    expect(segs).toEqual([
      { start: 0, end: 2, claimIds: [] },
      { start: 2, end: 5, claimIds: ['outer'] },
      { start: 5, end: 8, claimIds: ['inner', 'outer'] },
      { start: 8, end: 15, claimIds: ['outer'] },
      { start: 15, end: 20, claimIds: [] },
    ]);
  });

  it('clips claims to the paragraph', () => {
    expect(segmentRange(10, 20, [{ claimId: 'a', start: 5, end: 12 }])).toEqual([
      { start: 10, end: 12, claimIds: ['a'] },
      { start: 12, end: 20, claimIds: [] },
    ]);
  });

  it('finds paragraphs separated by blank lines and keeps single newlines inside', () => {
    const body = 'Head\n\nOne line\nsecond\n\n\nLast';
    expect(paragraphRanges(body).map((r) => body.slice(r.start, r.end))).toEqual(['Head', 'One line\nsecond', 'Last']);
  });
});
