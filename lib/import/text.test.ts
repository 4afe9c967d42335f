import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { importMarkdown } from './markdown';
import { importText } from './text';

const FIXTURE = fileURLToPath(new URL('../../../shared/fixtures/articles/belarus-border-2022-03-12.txt', import.meta.url));

function importError(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('importText', () => {
  const raw = readFileSync(FIXTURE, 'utf8');
  const article = importText(raw, { fileName: 'belarus.txt' });

  it('keeps every line of the pasted article, in order', () => {
    const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines.length).toBeGreaterThan(40);
    let from = 0;
    for (const line of lines) {
      const at = article.body.indexOf(line.normalize('NFC'), from);
      expect(at, line).toBeGreaterThanOrEqual(0);
      from = at + line.length;
    }
    // The caption and its credit stay on their own lines, as pasted.
    expect(article.body).toContain('February 12, 2022.\n(photo credit: Ramil Nasibulin/BelTA/Handout via REUTERS)');
  });

  it('takes the headline as the title and keeps it in the body', () => {
    expect(article.title).toBe("Belarus denies plans to join Russian invasion but is 'rotating' troops at border");
    expect(article.body.startsWith(`${article.title}\n\nAt least 1,582 civilians`)).toBe(true);
    expect(article).toMatchObject({ format: 'text', fileName: 'belarus.txt', originalHtml: null, sourceUrl: null });
  });

  it('is canonical: no trailing spaces, no runs of blank lines, no edge whitespace', () => {
    expect(article.body).not.toMatch(/[ \t]\n|[ \t]$/);
    expect(article.body).not.toMatch(/\n{3,}/);
    expect(article.body).toBe(article.body.trim());
    expect(article.body.endsWith('$119 billion in damages to its infrastructure, Ukrainian media reported.')).toBe(true);
  });

  it('normalises CRLF, CR, BOM, zero-width and control characters and NFD', () => {
    const messy = '\uFEFFHead\u200Bline  \r\n\r\n\r\n\r\nFirst par\u0007agraph.\r\nSecond line.\rThird\u00A0line.\n\n\n\nCafe\u0301 au lait.\t';
    const { body, title } = importText(messy);
    expect(body).toBe('Headline\n\nFirst paragraph.\nSecond line.\nThird\u00A0line.\n\nCafé au lait.');
    expect(body.includes('\u0301')).toBe(false);
    expect(title).toBe('Headline');
  });

  it('keeps joiners that carry meaning (emoji sequences, Persian)', () => {
    const { body } = importText('Family 👨\u200D👩\u200D👧 and می\u200Cخواهم');
    expect(body).toBe('Family 👨\u200D👩\u200D👧 and می\u200Cخواهم');
  });

  it('uses the given title, and no title when the first line is a paragraph', () => {
    expect(importText('Some text.', { title: '  Chosen  ' }).title).toBe('Chosen');
    expect(importText(`${'word '.repeat(60)}\n\nMore.`).title).toBeNull();
  });

  it('refuses empty text and text that is too long', () => {
    expect(importError(() => importText(' \n\u200B\r\n\t ')).code).toBe('empty');
    expect(importError(() => importText('')).message).toMatch(/pasted text has no article text/);
    const long = importError(() => importText('a'.repeat(500_001)));
    expect(long.code).toBe('too_large');
    expect(long.message).toMatch(/500,001 characters.*500,000/);
  });
});

describe('importMarkdown', () => {
  const md = [
    '---', 'title: Front matter title', 'author: Jane Roe', 'date: 2022-03-12', '---',
    '# Belarus *denies* plans',
    '',
    'Belarus has **no plans** to join, [Gulevich](https://example.com/a_(b)) said',
    'on Saturday; snake_case and 2 * 3 stay.',
    '',
    '![troops](https://example.com/x.png)',
    'A view of the ground. (photo credit: Reuters)',
    '',
    'Border',
    '------',
    '',
    '- first item',
    '- second \\*item\\*',
    '',
    '> “Quoted,” he said.',
    '',
    '```',
    'const x = "**kept**";',
    '```',
    '',
    '[ref]: https://example.com',
    'Use `a *literal*` and <https://example.org>.',
  ].join('\n');
  const article = importMarkdown(md, { fileName: 'story.md' });

  it('strips the syntax and keeps the words, block by block', () => {
    expect(article.body).toBe(
      [
        'Belarus denies plans',
        'Belarus has no plans to join, Gulevich said on Saturday; snake_case and 2 * 3 stay.',
        'A view of the ground. (photo credit: Reuters)',
        'Border',
        'first item\nsecond *item*',
        '“Quoted,” he said.',
        'const x = "**kept**";',
        'Use a *literal* and https://example.org.',
      ].join('\n\n'),
    );
  });

  it('takes the title from the first # heading and metadata from front matter', () => {
    expect(article).toMatchObject({ title: 'Belarus denies plans', byline: 'Jane Roe', publishedAt: '2022-03-12', format: 'markdown', originalHtml: null });
  });
});
