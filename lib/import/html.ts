// HTML uploads, pasted HTML and fetched pages: sanitised HTML kept as the original,
// metadata from the page, the article's text as canonical paragraphs.
import { assertHtmlWithinLimits } from './bounded-html';
import { describeSource, finishArticle, metaLine } from './canonical';
import { blocksToText, type TextBlock } from './html-to-text';
import { mainContentBlocks } from './main-content';
import { readMetadata, type PageMetadata } from './metadata';
import { withSanitizedBody } from './sanitize';
import type { HtmlImportOptions, ImportFormat, ImportedArticle } from './types';

function isWebUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

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
  if (dek && !out.slice(0, 5).some((b) => same(b.text, dek) || b.text.includes(dek))) {
    const h1 = out.findIndex((b) => b.tag === 'h1');
    out.splice(h1 >= 0 && h1 < 4 ? h1 + 1 : 0, 0, { tag: 'p', text: dek });
  }
  return out;
}

/** Shared by .html, .docx and web pages; `format` says which. */
export function importHtmlAs(html: string, options: HtmlImportOptions, format: ImportFormat, source: string): ImportedArticle {
  // Before jsdom sees it: jsdom's work grows with depth times size, parse5's does not.
  assertHtmlWithinLimits(String(html ?? ''), source);
  let metadata: PageMetadata | undefined;
  const { originalHtml, blocks } = withSanitizedBody(
    String(html ?? ''),
    (body) => ({
      // Serialised before Readability, which rewrites the document it reads.
      originalHtml: body.innerHTML,
      blocks: mainContentBlocks(body).blocks,
    }),
    (raw) => {
      metadata = readMetadata(raw, options.sourceUrl);
    },
  );
  if (!metadata) throw new Error('unreachable: the page was not inspected');
  const firstBlock = blocks[0] && blocks[0].text.length <= 200 ? blocks[0].text : null;
  const title = metaLine(options.title) ?? metadata.title ?? (format === 'docx' ? firstBlock : null);
  const text = blocksToText(withHeadlineAndDek(blocks, metadata.headline ?? metadata.title, metadata.dek));
  return finishArticle(
    {
      title,
      dek: metadata.dek,
      byline: metadata.byline,
      publication: metadata.publication,
      publishedAt: metadata.publishedAt,
      sourceUrl: (options.sourceUrl && isWebUrl(options.sourceUrl) ? options.sourceUrl : null) ?? metadata.canonicalUrl,
      body: text,
      format,
      fileName: options.fileName ?? null,
      originalHtml: originalHtml.trim() ? originalHtml : null,
      links: [],
      warnings: [],
    },
    source,
  );
}

export function importHtml(html: string, options: HtmlImportOptions = {}): ImportedArticle {
  return importHtmlAs(html, options, 'html', describeSource(options.fileName, 'The HTML'));
}
