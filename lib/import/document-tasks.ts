// The parsing Claimdesk does off the request thread, as one worker bundle (see
// lib/workers/bundles.ts): everything that reads a stranger's document — HTML pages,
// Markdown, Word files, and the bytes of a fetched page — runs here, never in a request.
import { decodeText } from './decode';
import { importDocx } from './docx';
import { importFile, type FileImportInput } from './file';
import { importHtmlAs } from './html';
import { importMarkdown } from './markdown';
import { importTextAs } from './text';
import type { Extraction, Span } from '@/lib/extraction/types';
import type { HtmlImportOptions, ImportedArticle, ImportFormat, TextImportOptions } from './types';

export interface FetchedPage {
  bytes: Uint8Array;
  /** The charset the server or the page declared, if any. */
  declaredCharset: string | null;
  kind: 'html' | 'text';
  url: string;
  title?: string;
}

export const tasks = {
  html: (input: { html: string; options: HtmlImportOptions; format: ImportFormat; source: string }): ImportedArticle =>
    importHtmlAs(input.html, input.options, input.format, input.source),
  markdown: (input: { markdown: string; options: TextImportOptions }): ImportedArticle => importMarkdown(input.markdown, input.options),
  docx: (input: { bytes: Uint8Array; options: TextImportOptions }): Promise<ImportedArticle> => importDocx(input.bytes, input.options),
  file: (input: FileImportInput): Promise<ImportedArticle> => importFile(input),
  // Finding the claims is pure work on the body, linear in its length; it runs here too so
  // that a 500,000-character article does not hold up other people's requests either.
  claims: async (body: string): Promise<Extraction> => (await import('@/lib/extraction')).extract(body),
  // A new version: only the sentences its carried claims do not cover (lib/versions/new-sentences.ts).
  uncoveredClaims: async (input: { body: string; covered: Span[] }): Promise<Extraction> =>
    (await import('@/lib/versions/new-sentences')).extractUncovered(input.body, input.covered),
  page: (page: FetchedPage): ImportedArticle => {
    const host = new URL(page.url).host;
    const { text, warnings } = decodeText(page.bytes, page.declaredCharset);
    const article =
      page.kind === 'text'
        ? importTextAs(text, { title: page.title, sourceUrl: page.url }, 'url', `The page at ${host}`)
        : importHtmlAs(text, { sourceUrl: page.url, title: page.title }, 'url', `The page at ${host}`);
    return { ...article, warnings: [...warnings, ...article.warnings] };
  },
};

export type DocumentTasks = typeof tasks;
