// HTML uploads, pasted HTML, Word files (as mammoth's HTML) and fetched pages: what readers
// cannot see removed, metadata from the page as served, the article found by Readability,
// its sanitised HTML kept as the original and its text as canonical paragraphs with links.
import { assertHtmlWithinLimits } from './bounded-html';
import { describeSource, finishArticle, metaLine } from './canonical';
import { removeHiddenContent } from './hidden';
import { blocksToText, type TextBlock } from './html-to-text';
import { LinkCollector, withoutMarkers } from './links';
import { fragmentContent, pageContent } from './main-content';
import { readMetadata } from './metadata';
import { sanitizedOriginal, sanitizeInPlace, withPageDocument } from './sanitize';
import type { HtmlImportOptions, ImportFormat, ImportedArticle } from './types';

function isWebUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const flat = (s: string) => withoutMarkers(s).replace(/\s+/g, ' ').trim().toLowerCase();
const same = (a: string, b: string) => flat(a) === flat(b);

/**
 * The headline and dek as the body's first paragraphs, so the extraction engine sees them
 * (Readability removes the h1 it takes as the title, and pages often keep the dek outside
 * the article element).
 */
export function withHeadlineAndDek(blocks: TextBlock[], headline: string | null, dek: string | null): TextBlock[] {
  const out = [...blocks];
  const head = out.slice(0, 4);
  const hasHeadline = head.some((b) => b.tag === 'h1' || (headline !== null && same(b.text, headline)));
  if (headline && !hasHeadline) out.unshift({ tag: 'h1', text: headline });
  if (dek && !out.slice(0, 5).some((b) => same(b.text, dek) || flat(b.text).includes(flat(dek)))) {
    const h1 = out.findIndex((b) => b.tag === 'h1');
    out.splice(h1 >= 0 && h1 < 4 ? h1 + 1 : 0, 0, { tag: 'p', text: dek });
  }
  return out;
}

/** A whole document (a page saved or pasted whole) rather than a fragment of one. */
function isWholeDocument(html: string): boolean {
  const head = html.slice(0, 2_000).toLowerCase();
  return ['<!doctype', '<html', '<head', '<body'].some((tag) => head.includes(tag));
}

/** The address relative links resolve against: the page's <base href>, resolved against where it came from. */
function baseAddress(doc: Document, sourceUrl: string | undefined): string | null {
  const base = doc.querySelector('base[href]')?.getAttribute('href') ?? null;
  try {
    if (sourceUrl && isWebUrl(sourceUrl)) return new URL(base ?? '', sourceUrl).href;
    return base && isWebUrl(base) ? base : null;
  } catch {
    return null;
  }
}

/** Shared by .html, .docx and web pages; `format` says which. */
export function importHtmlAs(html: string, options: HtmlImportOptions, format: ImportFormat, source: string): ImportedArticle {
  const text = String(html ?? '');
  // Before jsdom sees it: jsdom's work grows with depth times size, parse5's does not.
  assertHtmlWithinLimits(text, source);
  return withPageDocument(text, (doc) => {
    const hidden = removeHiddenContent(doc);
    const metadata = readMetadata(doc, options.sourceUrl);
    const links = new LinkCollector();
    const blockOptions = { links, base: baseAddress(doc, options.sourceUrl) };
    // Word files and fragments are the article; a web page needs the article found in it.
    const isPage = format !== 'docx' && (format === 'url' || isWholeDocument(text));
    // A page keeps its markup for Readability and is sanitised in a copy; a fragment is sanitised once, in place.
    if (!isPage) sanitizeInPlace(doc.body);
    const originalHtml = isPage ? sanitizedOriginal(doc) : doc.body.innerHTML;
    const reparse = <T,>(read: (fresh: Document) => T): T =>
      withPageDocument(text, (fresh) => {
        removeHiddenContent(fresh);
        return read(fresh);
      });
    const content = isPage ? pageContent(doc, blockOptions, reparse) : fragmentContent(doc.body, blockOptions);
    const firstBlock = content.blocks[0] && withoutMarkers(content.blocks[0].text).length <= 200 ? withoutMarkers(content.blocks[0].text) : null;
    const title = metaLine(options.title) ?? metadata.title ?? (format === 'docx' ? firstBlock : null);
    const body = blocksToText(withHeadlineAndDek(content.blocks, metadata.headline ?? metadata.title, metadata.visibleDek));
    return finishArticle(
      {
        title,
        dek: metadata.dek,
        byline: metadata.byline,
        publication: metadata.publication,
        publishedAt: metadata.publishedAt,
        sourceUrl: (options.sourceUrl && isWebUrl(options.sourceUrl) ? options.sourceUrl : null) ?? metadata.canonicalUrl,
        body,
        format,
        fileName: options.fileName ?? null,
        originalHtml: originalHtml.trim() ? originalHtml : null,
        links: [],
        warnings: [...(hidden.warning ? [hidden.warning] : []), ...content.warnings],
      },
      source,
      links.urls,
    );
  });
}

export function importHtml(html: string, options: HtmlImportOptions = {}): ImportedArticle {
  return importHtmlAs(html, options, 'html', describeSource(options.fileName, 'The HTML'));
}
