import { describe, expect, it } from 'vitest';
import { anchorSpan, relocate, trimSpan, trimSplitPart } from './anchor';

const body = 'The mayor said 40 buses were added. Later the council said 40 buses were added, again.';

describe('anchoring a span', () => {
  it('keeps the exact quote and up to 32 characters either side', () => {
    const start = body.indexOf('40 buses');
    const span = anchorSpan(body, start, start + 19);
    expect(span).toEqual({ start, end: start + 19, quote: '40 buses were added', prefix: 'The mayor said ', suffix: '. Later the council said 40 buse' });
  });

  it('never cuts a surrogate pair in the context', () => {
    const text = '🙂 A claim here 🙂';
    const span = anchorSpan(text, 3, 15, 2);
    expect(span.quote).toBe('A claim here');
    expect(span.prefix).toBe(' ');
    expect(span.suffix).toBe(' ');
  });

  it('trims whitespace off both ends of a selection', () => {
    expect(trimSpan('  two words \n', 0, 13)).toEqual({ start: 2, end: 11 });
    expect(trimSpan('   ', 0, 3)).toEqual({ start: 3, end: 3 });
  });
});

describe('finding a quote again', () => {
  const second = body.lastIndexOf('40 buses were added');
  const selector = { ...anchorSpan(body, second, second + 19), exact: '40 buses were added' };

  it('uses the stored offsets while they still hold the text', () => {
    expect(relocate(body, selector)).toMatchObject({ start: second, end: second + 19 });
  });

  it('follows the text when the body moved, choosing the occurrence whose context matches', () => {
    const edited = `UPDATED: ${body}`;
    const found = relocate(edited, selector)!;
    expect(found.start).toBe(second + 9);
    expect(edited.slice(found.start, found.end)).toBe('40 buses were added');
    // Without offsets the context alone still picks the council's line, not the mayor's.
    const byContext = relocate(edited, { exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix })!;
    expect(byContext.start).toBe(second + 9);
  });

  it('returns null when the quote is gone', () => {
    expect(relocate('Nothing here.', selector)).toBeNull();
    expect(relocate(body, { exact: '' })).toBeNull();
  });
});

describe('trimming the parts of a split claim', () => {
  const part = (text: string, from: string, to: string | null, side: 'head' | 'tail') => {
    const start = text.indexOf(from);
    const end = to === null ? text.length : text.indexOf(to) + to.length;
    const r = trimSplitPart(text, start, end, side);
    return text.slice(r.start, r.end);
  };
  const sentence = 'Exports fell 12% in September, and imports rose 4% in October, the ministry said.';

  it('drops a dangling comma and conjunction from the end of the first part', () => {
    expect(part(sentence, 'Exports', 'September, and ', 'head')).toBe('Exports fell 12% in September');
    expect(part('Prices rose; but wages fell.', 'Prices', 'rose; but ', 'head')).toBe('Prices rose');
    expect(part('He said — and repeated — that it was over.', 'He', 'said — and', 'head')).toBe('He said');
    expect(part('She told reporters “we will rebuild', 'She', 'reporters “', 'head')).toBe('She told reporters');
  });

  it('drops a leading conjunction or punctuation from the second part', () => {
    expect(part(sentence, ', and imports', null, 'tail')).toBe('imports rose 4% in October, the ministry said.');
    expect(part('Prices rose; But wages fell.', '; But', null, 'tail')).toBe('wages fell.');
  });

  it('keeps words that only look like conjunctions, closing quotes and sentence ends', () => {
    expect(part('The Andes and Oregon', 'The', 'Andes', 'head')).toBe('The Andes');
    expect(part('Orders rose. Sales fell.', 'Orders', 'rose. ', 'head')).toBe('Orders rose.');
    expect(part('He said "no"', 'He', '"no"', 'head')).toBe('He said "no"');
    expect(part('andante tempo', 'andante', null, 'tail')).toBe('andante tempo');
  });

  it('leaves nothing when only joining words are selected', () => {
    const r = trimSplitPart(', and ', 0, 6, 'head');
    expect(r.end).toBe(r.start);
  });
});
