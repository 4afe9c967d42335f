import { describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { importHtml } from './html';
import { sanitizeHtml } from './sanitize';

export const ARTICLE_PAGE = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Belarus denies plans to join invasion | The Daily Ledger</title>
<meta property="og:title" content="Belarus denies plans to join Russian invasion">
<meta property="og:site_name" content="The Daily Ledger">
<meta property="og:description" content="An SEO summary that never appears on the page.">
<meta property="article:published_time" content="2022-03-12T10:41:00Z">
<meta name="author" content="Jane Roe">
<link rel="canonical" href="https://ledger.example/world/belarus-border">
<style>.ad { color: red } body { font: 16px serif }</style>
<script>window.secretTracker = "SCRIPT_TEXT_MUST_NOT_APPEAR";</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2022-03-12T09:00:00Z","publisher":{"name":"Ledger LD"}}</script>
</head><body>
<header class="site-header"><a href="/">The Daily Ledger</a>
<nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/subscribe">NAV_JUNK Subscribe</a></li></ul></nav></header>
<main><article>
<header>
<h1>Belarus denies plans to join Russian invasion but is 'rotating' troops at border</h1>
<p class="dek">At least 1,582 civilians in Mariupol have been killed • Russian forces plan to fire on Belarus from Ukraine.</p>
<p class="byline">By <a rel="author" href="/staff/jane-roe">Jane Roe</a></p>
<time datetime="2022-03-12T10:41:00Z">March 12, 2022</time>
</header>
<figure><img src="/img/gozhsky.jpg" alt="" onerror="alert(1)">
<figcaption>A view shows the Gozhsky training ground in the Grodno region, Belarus, February 12, 2022. (photo credit: Ramil Nasibulin/BelTA/Handout via REUTERS)</figcaption></figure>
<p>Belarus has no plans to join the Russian invasion of Ukraine but is sending five battalion tactical groups (BTGs) to its border on rotation, its Chief of General Staff <a href="https://example.org/gulevich">Viktor Gulevich</a> said on Saturday.</p>
<div class="ad ad-slot"><p>ADVERT_JUNK Buy gold now!</p></div>
<p>A top Ukrainian security official on Friday warned Belarus not to send troops to Ukraine, saying Ukraine was <em>showing restraint</em> towards Belarus.</p>
<script>document.write("INLINE_SCRIPT_TEXT")</script>
<h2>Mariupol</h2>
<p>At least 1,582 civilians in Ukraine's southeastern city of Mariupol have been killed as a result of Russian shelling and a 12-day blockade, the city council said in an online statement on Friday.</p>
<blockquote><p>“We will never forget and will never forgive this crime against humanity,” it said.</p></blockquote>
<p>Reznikov added that Russia intends to carry out an attack<br>from Ukraine's airspace to cover up the crime.</p>
<noscript>NOSCRIPT_TEXT</noscript><template><p>TEMPLATE_TEXT</p></template>
</article></main>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">ASIDE_JUNK Other story</a></li></ul></aside>
<footer><p>FOOTER_JUNK © 2022 The Daily Ledger. All rights reserved.</p><a href="javascript:alert(1)">Privacy</a></footer>
</body></html>`;

const PARAGRAPHS = [
  "Belarus denies plans to join Russian invasion but is 'rotating' troops at border",
  'At least 1,582 civilians in Mariupol have been killed • Russian forces plan to fire on Belarus from Ukraine.',
  'A view shows the Gozhsky training ground in the Grodno region, Belarus, February 12, 2022. (photo credit: Ramil Nasibulin/BelTA/Handout via REUTERS)',
  'Belarus has no plans to join the Russian invasion of Ukraine but is sending five battalion tactical groups (BTGs) to its border on rotation, its Chief of General Staff Viktor Gulevich said on Saturday.',
  'A top Ukrainian security official on Friday warned Belarus not to send troops to Ukraine, saying Ukraine was showing restraint towards Belarus.',
  'Mariupol',
  "At least 1,582 civilians in Ukraine's southeastern city of Mariupol have been killed as a result of Russian shelling and a 12-day blockade, the city council said in an online statement on Friday.",
  '“We will never forget and will never forgive this crime against humanity,” it said.',
  "Reznikov added that Russia intends to carry out an attack\nfrom Ukraine's airspace to cover up the crime.",
];

describe('importHtml on a full article page', () => {
  const article = importHtml(ARTICLE_PAGE, { fileName: 'belarus.html' });
  const paragraphs = article.body.split('\n\n');

  it('reads the metadata', () => {
    expect(article).toMatchObject({
      title: 'Belarus denies plans to join Russian invasion',
      dek: PARAGRAPHS[1],
      byline: 'Jane Roe',
      publication: 'The Daily Ledger',
      // JSON-LD's datePublished describes the article itself; article:published_time is often rewritten on update.
      publishedAt: '2022-03-12T09:00:00Z',
      sourceUrl: 'https://ledger.example/world/belarus-border',
      format: 'html',
      fileName: 'belarus.html',
    });
  });

  it('keeps the headline, dek, caption, heading and paragraphs in order', () => {
    let from = 0;
    for (const expected of PARAGRAPHS) {
      const at = paragraphs.indexOf(expected, from);
      expect(at, expected).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    expect(paragraphs[0]).toBe(PARAGRAPHS[0]);
    expect(paragraphs[1]).toBe(PARAGRAPHS[1]);
  });

  it('leaves out navigation, ads, sidebars, the footer and all script, style and template text', () => {
    for (const junk of ['NAV_JUNK', 'ADVERT_JUNK', 'ASIDE_JUNK', 'FOOTER_JUNK', 'SCRIPT_TEXT', 'INLINE_SCRIPT', 'NOSCRIPT', 'TEMPLATE_TEXT', 'font: 16px', 'SEO summary']) {
      expect(article.body, junk).not.toContain(junk);
    }
    expect(article.body).not.toMatch(/[ \t]\n|\n{3}/);
  });

  it('keeps sanitised HTML beside the text', () => {
    const html = article.originalHtml!;
    expect(html).toContain('<h1>Belarus denies plans');
    expect(html).toContain('<figcaption>');
    expect(html).not.toMatch(/<script|onerror|javascript:|<style|SCRIPT_TEXT/i);
  });
});

describe('importHtml on fragments', () => {
  it('takes a pasted fragment whole, with the title given by the caller', () => {
    const article = importHtml('<p>First&nbsp;paragraph   with\n spaces.</p><p>Second <b>bold</b>word.</p><ul><li>One</li><li>Two</li></ul><pre>line 1\n  line 2</pre>', { title: 'Given' });
    expect(article.title).toBe('Given');
    expect(article.body).toBe('First paragraph with spaces.\n\nSecond boldword.\n\nOne\n\nTwo\n\nline 1\nline 2');
    expect(article.sourceUrl).toBeNull();
  });

  it('puts a dek that sits outside the article after the headline', () => {
    const article = importHtml('<h1>Headline here</h1><h2>The dek under it</h2><p>Body text of the story.</p>');
    expect(article.dek).toBe('The dek under it');
    expect(article.body).toBe('Headline here\n\nThe dek under it\n\nBody text of the story.');
  });

  it('reads JSON-LD when the page has no meta tags', () => {
    const html = `<script type="application/ld+json">[{"@type":"WebPage"},{"@graph":[{"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2021-05-06","author":[{"name":"A. Writer"},{"name":"B. Writer"}],"publisher":{"@type":"Organization","name":"LD Times"}}]}]</script><p>Text.</p>`;
    const article = importHtml(html);
    expect(article).toMatchObject({ title: 'LD headline', publishedAt: '2021-05-06', byline: 'A. Writer, B. Writer', publication: 'LD Times' });
    expect(article.body).toBe('LD headline\n\nText.');
  });

  it('refuses a page with no text', () => {
    expect(() => importHtml('<script>alert(1)</script><img src=x onerror=alert(1)>')).toThrow(ImportError);
    try {
      importHtml('<div><br></div>', { fileName: 'blank.html' });
    } catch (error) {
      expect((error as ImportError).code).toBe('empty');
      expect((error as ImportError).message).toBe('“blank.html” has no article text to check.');
    }
  });
});

describe('sanitizeHtml', () => {
  it('keeps article markup and safe links, drops the rest', () => {
    const out = sanitizeHtml(
      '<p style="color:red" onclick="x()">Hi <a href="https://ok.example/" target="_blank">ok</a> <a href="JaVa&#x09;script:alert(1)">bad</a> <a href="data:text/html,x">data</a> <img src="data:image/png;base64,AAAA"></p><iframe src="https://x"></iframe><form action="/x"><input></form><svg><script>1</script></svg>',
    );
    expect(out).toBe('<p>Hi <a href="https://ok.example/" rel="noopener noreferrer nofollow">ok</a> <a>bad</a> <a>data</a> <img></p>');
  });
});
