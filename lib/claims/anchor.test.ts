import { describe, expect, it } from 'vitest';
import { anchorSpan, relocate, trimSpan } from './anchor';

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
