// Which part of a page is the article. A web page goes through Mozilla's Readability as it
// was served (styles and all; hidden elements are already gone), and only Readability's
// result is sanitised and read: nothing is stripped by class or id before it, because a
// wrapper called "ad-portal" once took a whole article with it. When the result is short,
// the import says so rather than falling back to the whole page. A fragment or a Word file
// is taken whole, minus navigation.
import { Readability } from '@mozilla/readability';
import { htmlBlocks, type BlockOptions, type TextBlock } from './html-to-text';
import { withoutMarkers } from './links';
import { sanitizeInPlace } from './sanitize';

const CHROME = 'nav, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], body > header, footer';
// Class or id words of boilerplate inside an article: ad slots, share bars, sign-up boxes.
const JUNK = /(?:^|[\s_-])(?:ad|ads|advert|advertisement|adslot|dfp|promo|sponsor(?:ed)?|newsletter|signup|sign-?in|login|register|share|sharing|social|related|recommended|cookie|consent|paywall|subscribe|comments?)(?:$|[\s_-])/i;
const KEEP_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'blockquote', 'li', 'article', 'main', 'body', 'table', 'tr', 'td', 'th']);
/** Below this many characters an article is worth a second look. */
export const SHORT_ARTICLE_CHARS = 500;

export interface ArticleContent {
  blocks: TextBlock[];
  warnings: string[];
  via: 'readability' | 'markup';
}

const textLength = (blocks: readonly TextBlock[]) => blocks.reduce((n, b) => n + withoutMarkers(b.text).length, 0);
const visibleChars = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim().length ?? 0;

const MARK = 'data-claimdesk-boilerplate';

/**
 * Marks (never removes) boxes whose class or id says ad, share bar or sign-up box, and
 * everything inside them, so that the mark survives Readability rewriting the markup.
 */
function markBoilerplate(root: Element): void {
  let n = 0;
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (KEEP_TAGS.has(el.localName) || el.hasAttribute(MARK)) continue;
    if (!JUNK.test(el.getAttribute('class') ?? '') && !JUNK.test(el.getAttribute('id') ?? '')) continue;
    const id = String(++n);
    el.setAttribute(MARK, id);
    for (const inner of Array.from(el.querySelectorAll('*'))) if (!inner.hasAttribute(MARK)) inner.setAttribute(MARK, id);
  }
}

/**
 * Boilerplate boxes inside content already chosen as the article: a marked box goes only
 * when it is a small part of the whole, so that no class name can take the article with it
 * (a wrapper called "ad-portal" once did).
 */
function removeSmallBoilerplate(root: Element): void {
  const total = visibleChars(root);
  const groups = new Map<string, Element[]>();
  for (const el of Array.from(root.querySelectorAll(`[${MARK}]`))) {
    const id = el.getAttribute(MARK)!;
    if (el.parentElement?.getAttribute(MARK) === id) continue; // inside a box already counted
    groups.set(id, [...(groups.get(id) ?? []), el]);
  }
  for (const elements of groups.values()) {
    const chars = elements.reduce((sum, el) => sum + visibleChars(el), 0);
    if (chars <= 1_000 && chars <= 0.15 * total) for (const el of elements) el.remove();
  }
}

/** A fragment, a Word file, or a page Readability could not read (already sanitised): its text without navigation. */
export function fragmentContent(body: HTMLElement, options: BlockOptions): ArticleContent {
  markBoilerplate(body);
  removeSmallBoilerplate(body);
  for (const el of Array.from(body.querySelectorAll(CHROME))) {
    // A header inside the article holds its headline, dek and byline: keep it.
    if (el.localName === 'header' && el.closest('article, main')) continue;
    el.remove();
  }
  const articles = body.querySelectorAll('article');
  const mains = body.querySelectorAll('main, [role="main"]');
  const root = articles.length === 1 ? articles[0]! : mains.length === 1 ? mains[0]! : body;
  return { blocks: htmlBlocks(root, options), warnings: [], via: 'markup' };
}

function readability(doc: Document, charThreshold: number): Element | null {
  try {
    const parsed = new Readability<Node>(doc, { serializer: (node) => node, keepClasses: true, charThreshold }).parse();
    return (parsed?.content as Element | undefined) ?? null;
  } catch {
    return null; // Readability gives up on some odd documents.
  }
}

/**
 * A web page's article, by Readability on the page as served. Changes the document: callers
 * serialise anything they need from it first. `fresh` parses the page again: when the
 * article is short, Readability's retries (each looser than the last, keeping the longest)
 * pull menus and teasers in, so its first, strictest reading is taken from a fresh copy.
 */
export function pageContent(doc: Document, options: BlockOptions, fresh: <T>(read: (doc: Document) => T) => T): ArticleContent {
  const pageChars = visibleChars(doc.body);
  const blocksOf = (content: Element) => {
    removeSmallBoilerplate(content);
    sanitizeInPlace(content);
    return htmlBlocks(content, options);
  };
  markBoilerplate(doc.body);
  const content = readability(doc, SHORT_ARTICLE_CHARS);
  let blocks = content ? blocksOf(content) : null;
  if (content && visibleChars(content) < SHORT_ARTICLE_CHARS) blocks = fresh((copy) => {
    markBoilerplate(copy.body);
    const strict = readability(copy, 1);
    return strict ? blocksOf(strict) : null;
  }) ?? blocks;
  if (!blocks) {
    return {
      ...fresh((copy) => {
        sanitizeInPlace(copy.body);
        return fragmentContent(copy.body, options);
      }),
      warnings: ['Claimdesk could not tell the article from the rest of this page, so it imported the page’s text without its menus. Check it, and delete what is not the article.'],
    };
  }
  const chars = textLength(blocks);
  const warnings: string[] = [];
  if (chars < SHORT_ARTICLE_CHARS && pageChars > 2 * chars) {
    warnings.push(
      `Only ${chars.toLocaleString('en')} characters of article text were found on a page of ${pageChars.toLocaleString('en')}. Compare the import with the page: part of the article may be missing.`,
    );
  }
  return { blocks, warnings, via: 'readability' };
}
