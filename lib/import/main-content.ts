// Which part of a page is the article. A full page (navigation, header, footer, sidebars)
// goes through Mozilla's Readability; a fragment or a bare article is taken whole, minus
// obvious boilerplate.
import { Readability } from '@mozilla/readability';
import { htmlBlocks, type TextBlock } from './html-to-text';

const CHROME = 'nav, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"]';
const PAGE_CHROME = `${CHROME}, body > header, body > footer, footer`;
// Class or id words that mark boilerplate inside an article: ads, share bars, sign-up boxes.
const JUNK = /(?:^|[\s_-])(?:ad|ads|advert|advertisement|adslot|dfp|promo|sponsor(?:ed)?|newsletter|signup|share|sharing|social|related|recommended|cookie|consent|paywall|subscribe|comments?)(?:$|[\s_-])/i;
const KEEP_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'blockquote', 'li', 'article', 'main', 'body']);

/** A page with navigation, a site header or footer: worth handing to Readability. */
function looksLikeFullPage(body: HTMLElement): boolean {
  return body.querySelector(`${CHROME}, header, footer`) !== null;
}

const JUNK_ONLY = null;

function removeBoilerplate(root: Element, chrome: string | null): void {
  for (const el of chrome ? Array.from(root.querySelectorAll(chrome)) : []) {
    // A header inside the article holds its headline, dek and byline: keep it.
    if (el.localName === 'header' && el.closest('article, main')) continue;
    el.remove();
  }
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (KEEP_TAGS.has(el.localName) || !el.isConnected) continue;
    if (JUNK.test(el.getAttribute('class') ?? '') || JUNK.test(el.getAttribute('id') ?? '')) el.remove();
  }
}

/** The article's own element when the page marks exactly one, else the whole body. */
function articleRoot(body: Element): Element {
  const articles = body.querySelectorAll('article');
  if (articles.length === 1) return articles[0]!;
  const mains = body.querySelectorAll('main, [role="main"]');
  return mains.length === 1 ? mains[0]! : body;
}

function textLength(blocks: readonly TextBlock[]): number {
  return blocks.reduce((n, b) => n + b.text.length, 0);
}

/**
 * The article's text blocks from a sanitised body. Readability may change the body's
 * document, so callers serialise anything they need from it first.
 */
export function mainContentBlocks(body: HTMLElement): { blocks: TextBlock[]; via: 'readability' | 'markup' } {
  const fullPage = looksLikeFullPage(body);
  // Readability keeps ad slots and share bars that sit between paragraphs: drop them first.
  removeBoilerplate(body, fullPage ? JUNK_ONLY : PAGE_CHROME);
  if (!fullPage) return { blocks: htmlBlocks(articleRoot(body)), via: 'markup' };
  const fallbackRoot = body.cloneNode(true) as HTMLElement;
  removeBoilerplate(fallbackRoot, PAGE_CHROME);
  const fallback = htmlBlocks(articleRoot(fallbackRoot));

  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(body.ownerDocument, { serializer: (node) => node, charThreshold: 200 }).parse();
  } catch {
    parsed = null; // Readability gives up on some odd documents; the markup path still works.
  }
  const readable = parsed?.content ? htmlBlocks(parsed.content) : [];
  // Readability sometimes picks a sidebar on short pages: trust it only when it kept most of the article.
  if (textLength(readable) >= 140 && textLength(readable) >= 0.5 * textLength(fallback)) {
    return { blocks: readable, via: 'readability' };
  }
  return { blocks: fallback, via: 'markup' };
}
