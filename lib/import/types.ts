// What every importer returns: the article's metadata as found, and its body as the
// canonical plain text that claims anchor into (see DESIGN.md, "Article").
import type { ArticleLink } from './links';

export type { ArticleLink };

export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx' | 'url';

export interface ImportedArticle {
  title: string | null;
  dek: string | null;
  byline: string | null;
  publication: string | null;
  /** ISO date or datetime, as the source gave it. */
  publishedAt: string | null;
  sourceUrl: string | null;
  /**
   * Canonical plain text: paragraphs separated by exactly one blank line, `\n` line ends,
   * no trailing spaces, NFC. Headings and captions are kept as their own paragraphs.
   */
  body: string;
  format: ImportFormat;
  fileName: string | null;
  /** The sanitised HTML kept beside the text; null for plain text and Markdown. */
  originalHtml: string | null;
  /** Link targets of the original (http and https only), as offsets into `body`. */
  links: ArticleLink[];
  /** What the editor should check after this import ("Only 240 characters of article text were found…"). */
  warnings: string[];
}

export interface TextImportOptions {
  title?: string;
  fileName?: string;
}

export interface HtmlImportOptions {
  title?: string;
  fileName?: string;
  /** The address the page was fetched from; wins over the page's own canonical link. */
  sourceUrl?: string;
}
