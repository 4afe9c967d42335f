// Issue 10, "Import of real pages": one test for each failure named there, on small pages
// written for these tests (in the shape of the pages that failed, none copied from them).
import { describe, expect, it } from 'vitest';
import { tasks } from './document-tasks';
import { importHtmlAs } from './html';
import { importMarkdown } from './markdown';

const story = (n: number, topic = 'the harbour') =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about ${topic}: the council said on Tuesday that repairs would cost 4.2 million euros and take until spring, and residents were told to expect delays of up to ${i + 2} weeks.</p>`).join('\n');

const page = (head: string, body: string) => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const fromUrl = (html: string) => importHtmlAs(html, { sourceUrl: 'https://news.example/2024/harbour' }, 'url', 'The page at news.example');
const paragraphs = (body: string) => body.split('\n\n');

describe('import of real pages (issue 10)', () => {
  it('keeps an article wrapped in an element whose id says "ad" (nothing is stripped by class or id before Readability)', () => {
    const article = fromUrl(page('<title>Harbour repairs</title>', `<nav><a href="/">Home</a></nav><div id="ad-portal"><article><h1>Harbour repairs</h1>${story(6)}</article></div>`));
    expect(article.body).toContain('Paragraph 1 about the harbour');
    expect(article.body).toContain('Paragraph 6 about the harbour');
  });

  it('imports no menus, sign-in prompts or other stories, even on a page without <nav> or <header> where they outweigh the article', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<div class="teaser"><h3><a href="/s${i}">Other story number ${i}: the league's new season opens</a></h3><p>Teaser text for another story, number ${i}, which is not this article at all, about the football league and its new season, with many words.</p></div>`).join('');
    const chrome = `<div class="menu"><a href="/a">World</a> <a href="/b">Business</a> <a href="/c">Sport</a></div><div class="signin"><p>Sign in to keep reading and get our newsletter every morning.</p></div>`;
    const article = fromUrl(page('<title>Harbour repairs</title>', `${chrome}${teasers}<div class="story"><h1>Harbour repairs</h1>${story(4)}</div>${teasers}`));
    expect(article.body).toContain('Paragraph 4 about the harbour');
    for (const junk of ['Sign in to keep reading', 'Other story number', 'Teaser text', 'Business']) expect(article.body, junk).not.toContain(junk);
    expect(article.warnings).toEqual([]);
  });

  it('says so when the article found is short, rather than importing the whole page', () => {
    const teasers = Array.from({ length: 6 }, (_, i) => `<li><a href="/s${i}">Other story number ${i}: the league's new season opens this weekend</a></li>`).join('');
    const article = fromUrl(page('<title>Ferry note</title>', `<ul class="menu">${teasers}</ul><div class="story"><h1>Ferry note</h1><p>The ferry to the island will not run on Sunday because of high winds, the operator said.</p></div><ul class="more">${teasers}</ul>`));
    expect(article.body).toContain('The ferry to the island will not run on Sunday');
    expect(article.body).not.toContain('Other story number');
    expect(article.warnings.join(' ')).toMatch(/^Only \d+ characters of article text were found on a page of [\d,]+\. Compare the import with the page/);
  });

  it('never takes the dek from hidden elements, another story or a truncated og:description', () => {
    const html = page(
      '<title>Harbour repairs</title><meta property="og:description" content="The council said on Tuesday that the repairs would cost…">',
      `<div class="dek" style="display:none">A hidden dek that readers never see.</div>
       <article class="other"><h2><a href="/x">Another story</a></h2><p class="dek">The dek of another story entirely, shown in a teaser box.</p></article>
       <article><h1>Harbour repairs</h1>${story(5)}</article>`,
    );
    const article = fromUrl(html);
    expect(article.dek).toBeNull();
    expect(article.body).not.toMatch(/hidden dek|another story entirely|would cost…/);
    const withOwn = fromUrl(html.replace('<h1>Harbour repairs</h1>', '<h1>Harbour repairs</h1><p class="standfirst">Work on the old quay starts in March and will close the ferry terminal.</p>'));
    expect(withOwn.dek).toBe('Work on the old quay starts in March and will close the ferry terminal.');
  });

  it('reads the byline as names only: no timestamp glued on, not every rel=author on the page', () => {
    const html = page(
      '<title>Harbour repairs</title>',
      `<article><h1>Harbour repairs</h1><div class="byline">By <a rel="author" href="/staff/ana">Ana Díaz</a> | Updated 3:46 PM, March 11, 2024</div>${story(5)}</article>
       <section class="comments"><p>Comment by <a rel="author" href="/u/troll">Troll99</a></p><p>Comment by <a rel="author" href="/u/x">Xavier</a></p></section>`,
    );
    expect(fromUrl(html).byline).toBe('Ana Díaz');
    const plain = fromUrl(page('<title>T</title>', `<article><h1>Harbour repairs</h1><p class="byline">By PAT O'NEILL March 11, 2024 3:46 PM</p>${story(5)}</article>`));
    expect(plain.byline).toBe("PAT O'NEILL");
  });

  it('reads JSON-LD inside CDATA, with its author and its date', () => {
    const ld = `//<![CDATA[\n{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour repairs begin","datePublished":"2024-03-11T15:46:00-04:00","author":{"@type":"Person","name":"Ana Díaz"}}\n//]]>`;
    const article = fromUrl(page(`<title>Harbour | Port News</title><script type="application/ld+json">${ld}</script>`, `<article><h1>Harbour repairs begin</h1>${story(5)}</article>`));
    expect(article).toMatchObject({ byline: 'Ana Díaz', publishedAt: '2024-03-11T15:46:00-04:00', title: 'Harbour repairs begin' });
  });

  it('imports no display:none, hidden or aria-hidden text, whether hidden inline or by the page’s style sheet', () => {
    const article = fromUrl(
      page(
        '<title>Harbour repairs</title><style>.js-only { display: none } @media print { .screen-only { display: none } }</style>',
        `<article><h1>Harbour repairs</h1>${story(4)}
         <p style="display: none">HIDDEN_INLINE the mayor resigned.</p><p hidden>HIDDEN_ATTRIBUTE 90 per cent agree.</p>
         <p aria-hidden="true">HIDDEN_ARIA prices doubled.</p><p class="js-only">HIDDEN_SHEET taxes rose.</p>
         <p style="visibility:hidden">HIDDEN_VISIBILITY turnout fell.</p><p class="screen-only">PRINT_RULE_ONLY: repairs start in March.</p></article>`,
      ),
    );
    for (const hidden of ['HIDDEN_INLINE', 'HIDDEN_ATTRIBUTE', 'HIDDEN_ARIA', 'HIDDEN_SHEET', 'HIDDEN_VISIBILITY']) expect(article.body, hidden).not.toContain(hidden);
    expect(article.body).toContain('PRINT_RULE_ONLY');
  });

  it('takes the title from og:title or <title>, not a logo’s <h1>, with the site’s name removed', () => {
    const logo = `<header><a href="/"><h1>PORT NEWS</h1></a></header>`;
    const viaTitle = fromUrl(page('<title>Harbour repairs to start in March - Port News</title><meta property="og:site_name" content="Port News">', `${logo}<article><h2>Harbour repairs to start in March</h2>${story(5)}</article>`));
    expect(viaTitle.title).toBe('Harbour repairs to start in March');
    const viaOg = fromUrl(page('<title>x</title><meta property="og:title" content="Harbour repairs to start in March | Port News"><meta property="og:site_name" content="Port News">', `${logo}<article>${story(5)}</article>`));
    expect(viaOg.title).toBe('Harbour repairs to start in March');
    expect(viaOg.publication).toBe('Port News');
  });

  it('stores dates as ISO 8601, with the zone when the page gives one', () => {
    const at = (meta: string) => fromUrl(page(`<title>T</title>${meta}`, `<article><h1>T</h1>${story(5)}</article>`)).publishedAt;
    expect(at('<meta property="article:published_time" content="2024-03-11 15:46:00 -0400">')).toBe('2024-03-11T15:46:00-04:00');
    expect(at('<meta name="date" content="Mon, 11 Mar 2024 19:46:00 GMT">')).toBe('2024-03-11T19:46:00Z');
    expect(at('<meta name="date" content="March 11, 2024">')).toBe('2024-03-11');
    expect(at('<meta name="date" content="sometime last week">')).toBeNull();
  });

  it('keeps table rows as rows, one line of tab-separated cells each, even when cells hold paragraphs (Word)', () => {
    const html = '<p>Results by district:</p><table><tr><td><p>District</p></td><td><p>Turnout</p></td></tr><tr><td><p>North</p></td><td><p>61%</p><p>(up 3)</p></td></tr></table>';
    const article = importHtmlAs(html, { fileName: 'results.docx' }, 'docx', '“results.docx”');
    expect(paragraphs(article.body)).toEqual(['Results by district:', 'District\tTurnout', 'North\t61% (up 3)']);
  });

  it('keeps link targets from HTML and Markdown as offsets into the body (http and https only)', () => {
    const html = fromUrl(page('<title>T</title>', `<article><h1>T</h1><p>The <a href="/reports/2024.pdf">annual report</a> and <a href="mailto:x@example.org">the office</a> confirm it, <a href="https://stats.example/t1"> the statistics office </a> said.</p>${story(4)}</article>`));
    expect(html.links.map((l) => [html.body.slice(l.start, l.end), l.url])).toEqual([
      ['annual report', 'https://news.example/reports/2024.pdf'],
      ['the statistics office', 'https://stats.example/t1'],
    ]);
    const md = importMarkdown('# Harbour\n\nRepairs cost [4.2 million euros](https://council.example/budget "budget") says the [council](javascript:alert(1)).');
    expect(md.links).toEqual([{ start: md.body.indexOf('4.2 million euros'), end: md.body.indexOf('4.2 million euros') + 17, url: 'https://council.example/budget' }]);
  });

  it('reads undeclared Shift_JIS as Japanese, and warns when text looks garbled', () => {
    const japanese = '港の修理は三月に始まると市議会が火曜日に発表した。費用は四百二十万ユーロになる見込みだ。';
    const sjis = encodeShiftJis(`<!doctype html><html><head><title>港</title></head><body><article><h1>港の修理</h1><p>${japanese.repeat(4)}</p></article></body></html>`);
    const article = tasks.page({ bytes: sjis, declaredCharset: null, kind: 'html', url: 'https://news.example/jp' });
    expect(article.body).toContain(japanese);
    const garbled = tasks.page({ bytes: new Uint8Array(Buffer.from('<p>CafÃ© crÃ¨me and dÃ©jÃ  vu.</p>', 'utf8')), declaredCharset: null, kind: 'html', url: 'https://news.example/fr' });
    expect(garbled.warnings.join(' ')).toMatch(/Some characters look garbled \(for example “Ã©”\)/);
  });
});

/** Shift_JIS bytes for text, via the decoder's own table (Node has a Shift_JIS decoder but no encoder). */
function encodeShiftJis(text: string): Uint8Array {
  const decoder = new TextDecoder('shift_jis');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) out.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch) ?? [0x3f]));
  return new Uint8Array(out);
}
