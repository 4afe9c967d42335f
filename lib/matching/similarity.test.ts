import { describe, expect, it } from 'vitest';
import { actorsIn, claimFeatures, figuresIn, stem } from './features';
import { HELD_OUT_PAIRS, TUNING_PAIRS } from './pairs';
import { MATCH_THRESHOLD, matchScore } from './similarity';

const even = () => 1;
const same = (a: { text: string; attribution?: string }, b: { text: string; attribution?: string }) =>
  matchScore(claimFeatures(a.text, a.attribution), claimFeatures(b.text, b.attribution), even);

describe('reading a claim for matching', () => {
  it('reads figures however they are written, and keeps percentages apart from counts', () => {
    expect([...figuresIn('1,582 civilians; 1582 homes; 1 582 flats')].map(([k]) => k)).toEqual(['1582']);
    expect([...figuresIn('$119 billion or $119bn')].map(([k]) => k)).toEqual(['119000000000']);
    expect([...figuresIn('2.5 million and 2,500,000')].map(([k]) => k)).toEqual(['2500000']);
    expect([...figuresIn('34% of 34 schools, 90 per cent')].map(([k]) => k)).toEqual(['34%', '34', '90%']);
    expect(figuresIn('since 1969').get('1969')).toBeLessThan(1);
  });

  it('reads the names in a claim and its attribution, not titles, months or the first word alone', () => {
    expect([...actorsIn('Officials said President Volodymyr Zelenskyy met Olaf Scholz in March', 'the Kremlin')].sort())
      .toEqual(['kremlin', 'olaf', 'scholz', 'volodymyr', 'zelenskyy']);
    expect(stem('civilians')).toBe(stem('civilian'));
    expect(stem('killed')).toBe(stem('kills'));
  });
});

describe('the similarity of two claims', () => {
  it('finds a reworded claim with the same figure and actor', () => {
    const earlier = { text: 'Kharkiv regional governor Oleh Synehubov said 1,582 civilians have been killed in the region since the invasion began' };
    const reworded = { text: 'At least 1582 civilians have died in the Kharkiv region since the start of the invasion', attribution: 'governor Oleh Synehubov' };
    expect(same(reworded, earlier).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('never matches a claim with a different figure, however alike the words', () => {
    const earlier = { text: 'Kharkiv regional governor Oleh Synehubov said 1,582 civilians have been killed in the region since the invasion began' };
    const other = { text: 'Kharkiv regional governor Oleh Synehubov said 1,700 civilians have been killed in the region since the invasion began' };
    expect(same(other, earlier)).toMatchObject({ score: 0, differentFigures: true });
  });

  it('classifies every hand-written tuning pair, and nearly all held-out pairs, as a fact-checker would', () => {
    const wrong = (pairs: typeof TUNING_PAIRS) => pairs.filter((p) => (same(p.a, p.b).score >= MATCH_THRESHOLD) !== p.same).map((p) => p.why);
    expect(wrong(TUNING_PAIRS)).toEqual([]);
    // Measured, not tuned on: bench/RESULTS.md gives the figures and the one known miss.
    expect(wrong(HELD_OUT_PAIRS).length).toBeLessThanOrEqual(2);
  });
});
