import { describe, expect, it } from 'vitest';
import { buildFtsQuery, figureAlternatives, MAX_QUERY_TERMS, searchTerms } from './fts-query';
import { splitMarks } from './highlights';

describe('search box input as an FTS5 query', () => {
  it('seeks a figure both as digits and as its thousands groups, however it was typed', () => {
    expect(figureAlternatives('1582')).toBe('("1582" OR "1 582")');
    expect(figureAlternatives('1,582')).toBe('("1582" OR "1 582")');
    expect(figureAlternatives('1.582')).toBe('("1582" OR "1 582")');
    expect(figureAlternatives('2,500,000')).toBe('("2500000" OR "2 500 000")');
    expect(figureAlternatives('$119')).toBe('"119"');
    expect(figureAlternatives('34%')).toBe('"34"');
    expect(figureAlternatives('2.5')).toBe('"2 5"');
    expect(figureAlternatives('Kyiv')).toBeNull();
  });

  it('quotes every term so no input can be an FTS5 syntax error', () => {
    expect(buildFtsQuery('Terekhov said 1,582')).toBe('"Terekhov" AND "said" AND ("1582" OR "1 582")');
    expect(buildFtsQuery('"power station" NEAR( OR * AND')).toBe('"power station" AND "NEAR" AND "OR" AND "AND"');
    expect(buildFtsQuery('say "what"" ok')).toBe('"say" AND "what" AND "ok"');
    expect(buildFtsQuery('  ...  ')).toBeNull();
    expect(buildFtsQuery('kharkiv bomb', { columns: ['title'], prefixLast: true })).toBe('{title} : ("kharkiv" AND "bomb"*)');
  });

  it('strips punctuation around words and bounds the number of terms', () => {
    expect(searchTerms('(Kyiv), “Zelensky”').map((t) => t.text)).toEqual(['Kyiv', 'Zelensky']);
    expect(searchTerms('a '.repeat(100))).toHaveLength(MAX_QUERY_TERMS);
  });

  it('turns snippet markers into plain text and offsets', () => {
    expect(splitMarks('Officials said \uE0001,582\uE001 homes, \uE000Terekhov\uE001 said')).toEqual({
      text: 'Officials said 1,582 homes, Terekhov said',
      highlights: [[15, 20], [28, 36]],
    });
  });
});
