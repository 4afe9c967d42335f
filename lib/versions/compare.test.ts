import { describe, expect, it } from 'vitest';
import { compareTexts } from './compare';

const OLD = 'Turnout was 61% on Sunday, the election office said.\n\nThe count ends on Monday.';
const NEW = 'Turnout was 64% on Sunday, the election office said.\n\nThe count ends on Monday.\n\nA recount was requested.';

describe('comparing two versions', () => {
  const c = compareTexts(OLD, NEW, [{ claimId: 'a', start: 0, end: 52 }], [{ claimId: 'a', start: 0, end: 52 }, { claimId: 'b', start: NEW.indexOf('A recount'), end: NEW.length }]);

  const before = { paragraphs: c.rows.flatMap((r) => r.before) };
  const after = { paragraphs: c.rows.flatMap((r) => r.after) };

  it('marks the changed words on each side and nothing else', () => {
    const changed = (s: typeof before) => s.paragraphs.flat().filter((p) => p.changed).map((p) => p.text);
    expect(changed(before)).toEqual(['61']);
    expect(changed(after)).toEqual(['64', 'A recount was requested.']);
    expect([c.removedWords, c.addedWords, c.places]).toEqual([1, 5, 2]);
  });

  it('keeps every character of both texts, paragraph by paragraph', () => {
    expect(before.paragraphs.map((p) => p.map((x) => x.text).join(''))).toEqual(OLD.split('\n\n'));
    expect(after.paragraphs.map((p) => p.map((x) => x.text).join(''))).toEqual(NEW.split('\n\n'));
  });

  it('keeps the two sides level: each row holds the paragraphs that replaced each other', () => {
    expect(c.rows.map((r) => [r.before.length, r.after.length, r.changed])).toEqual([[1, 1, true], [1, 2, true]]);
  });

  it('puts each claim’s marker after the last piece of its span, on both sides', () => {
    const ends = (s: typeof before) => s.paragraphs.flat().flatMap((p) => p.endsClaims.map((id) => [id, p.end]));
    expect(ends(before)).toEqual([['a', 52]]);
    expect(ends(after)).toEqual([['a', 52], ['b', NEW.length]]);
    expect(after.paragraphs[0]!.find((p) => p.text === '64')!.claimIds).toEqual(['a']);
  });

  it('does not mark a change of spacing alone', () => {
    const spaced = compareTexts('A  b c.', 'A b c.', [], []);
    expect(spaced.places).toBe(0);
    expect(spaced.rows.some((r) => r.changed)).toBe(false);
  });
});

describe('rows of the compare view', () => {
  it('gives paragraphs inserted or deleted whole a row of their own', () => {
    const a = 'One.\n\nTwo.\n\nThree.';
    const b = 'One.\n\nNew paragraph.\n\nTwo.\n\nThree.';
    const rows = compareTexts(a, b, [], []).rows;
    expect(rows.map((r) => [r.before.map((p) => p.map((x) => x.text).join('')), r.after.map((p) => p.map((x) => x.text).join('')), r.changed]))
      .toEqual([[['One.'], ['One.'], false], [[], ['New paragraph.'], true], [['Two.'], ['Two.'], false], [['Three.'], ['Three.'], false]]);
    const back = compareTexts(b, a, [], []).rows;
    expect(back.map((r) => [r.before.length, r.after.length, r.changed])).toEqual([[1, 1, false], [1, 0, true], [1, 1, false], [1, 1, false]]);
  });
});
