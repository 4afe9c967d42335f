// Pasted text and .txt files: normalised, never rewritten. In copy pasted from a news site a
// single line break separates distinct blocks (a caption, its credit), so lines are not merged.
import { canonicalText, describeSource, finishArticle, firstLineTitle } from './canonical';
import { withoutMarkers } from './links';
import type { ImportFormat, ImportedArticle, TextImportOptions } from './types';

/** Shared by pasted text, .txt files and text/plain web pages; `format` says which. */
export function importTextAs(text: string, options: TextImportOptions & { sourceUrl?: string }, format: ImportFormat, source: string): ImportedArticle {
  const body = canonicalText(withoutMarkers(String(text ?? '')));
  // The headline stays in the body as well: the body is the whole article as pasted.
  const title = options.title?.trim() ? options.title : firstLineTitle(body);
  return finishArticle(
    {
      title,
      dek: null,
      byline: null,
      publication: null,
      publishedAt: null,
      sourceUrl: options.sourceUrl ?? null,
      body,
      format,
      fileName: options.fileName ?? null,
      originalHtml: null,
      links: [],
      warnings: [],
    },
    source,
  );
}

export function importText(text: string, options: TextImportOptions = {}): ImportedArticle {
  return importTextAs(text, options, 'text', describeSource(options.fileName, 'The pasted text'));
}
