// The CSV export parsed back with a small RFC 4180 reader: one row per claim, fields round-trip,
// and nothing a spreadsheet would execute.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, neutraliseFormula } from './report-csv';
import { renderExport } from './index';
import { parseCsv } from './test-csv';
import { buildFixtureArticle, FIXTURE_NOW } from './test-fixture';

const article = buildFixtureArticle();

describe('csv export', () => {
  it('has a header and one row per claim, with the claim facts in the named columns', () => {
    const file = renderExport(article, 'csv', { now: FIXTURE_NOW });
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parseCsv(file.body);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(article.claims.length);
    const col = (name: string) => header.indexOf(name);
    rows.forEach((r, i) => {
      const claim = article.claims[i];
      expect(r).toHaveLength(header.length);
      expect(r[col('number')]).toBe(String(claim.number));
      expect(r[col('start')]).toBe(String(claim.span.start));
      expect(r[col('quote')]).toBe(claim.span.quote);
      expect(r[col('statement')]).toBe(claim.statement);
      expect(r[col('status')]).toBe(claim.status);
      expect(r[col('evidence_count')]).toBe(String(claim.evidence.length));
      expect(r[col('evidence_urls')].split(' ').filter(Boolean)).toEqual(claim.evidence.map((e) => e.url));
    });
    expect(rows[0][col('quote')]).toContain(','); // "about 1,000 …" had to be quoted
  });

  it('round-trips quotes, commas and line breaks and neutralises formula cells', () => {
    const tricky = structuredClone(article);
    tricky.claims[0].statement = 'He said "no", then, after a pause,\r\nyes\nand left';
    tricky.claims[1].statement = '=HYPERLINK("http://evil.example","click")';
    tricky.claims[2].statement = '+1 555 0100';
    tricky.claims[3].statement = '-2+3';
    tricky.claims[4].statement = '@SUM(A1:A9)';
    tricky.claims[5].statement = '\t=1+1';
    tricky.claims[6].statement = '\r=1+1';
    tricky.claims[7].attribution = '  padded  ';
    const [header, ...rows] = parseCsv(renderExport(tricky, 'csv', { now: FIXTURE_NOW }).body);
    const statement = header.indexOf('statement');
    expect(rows[0][statement]).toBe(tricky.claims[0].statement);
    expect(rows.slice(1, 7).map((r) => r[statement])).toEqual([
      `'=HYPERLINK("http://evil.example","click")`, "'+1 555 0100", "'-2+3", "'@SUM(A1:A9)", "'\t=1+1", "'\r=1+1",
    ]);
    expect(rows[7][header.indexOf('attribution')]).toBe('  padded  ');
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('neutralises only the dangerous first characters', () => {
    expect(neutraliseFormula('=1')).toBe("'=1");
    expect(neutraliseFormula('1=1')).toBe('1=1');
    expect(neutraliseFormula('')).toBe('');
  });

  it('the test parser rejects malformed CSV, so the checks above can fail', () => {
    expect(() => parseCsv('a,b\nc')).toThrow();
    expect(() => parseCsv('"a,b')).toThrow();
    expect(parseCsv('"a ""b""",c\r\n')).toEqual([['a "b"', 'c']]);
  });
});
