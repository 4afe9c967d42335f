// The import library: articles from pasted text, files and web pages, as canonical text
// with sanitised HTML and link targets beside it. Everything that parses a document
// (HTML, Markdown, Word, fetched pages) runs on the document worker pool (in-worker.ts),
// bounded in depth, size and time, so one hostile document cannot stall other requests.
// Pasted plain text is only normalised, with linear patterns, on the calling thread.
import { readInWorker } from './in-worker';
import type { FileImportInput } from './file';
import type { HtmlImportOptions, ImportedArticle, TextImportOptions } from './types';

export type { ArticleLink, HtmlImportOptions, ImportedArticle, ImportFormat, TextImportOptions } from './types';
export { ImportError, IMPORT_ERROR_CODES, isImportError, MAX_BODY_CHARS, MAX_IMPORT_BYTES, type ImportErrorCode } from './errors';
export { canonicalText } from './canonical';
export { importText } from './text';
export { importFromUrl, type UrlImportOptions } from './url';
export type { FileImportInput } from './file';
export { isBlockedAddress } from './safe-host';
export { closeDocumentWorkers } from './in-worker';

export function importHtml(html: string, options: HtmlImportOptions = {}): Promise<ImportedArticle> {
  const source = options.fileName ? `“${options.fileName.slice(0, 80)}”` : 'The HTML';
  return readInWorker('html', { html: String(html ?? ''), options, format: 'html', source }, options.fileName ? source : 'This page');
}

export function importMarkdown(markdown: string, options: TextImportOptions = {}): Promise<ImportedArticle> {
  return readInWorker('markdown', { markdown: String(markdown ?? ''), options }, 'This Markdown text');
}

export function importDocx(bytes: Uint8Array, options: TextImportOptions = {}): Promise<ImportedArticle> {
  return readInWorker('docx', { bytes, options }, 'This Word file');
}

export function importFile(input: FileImportInput): Promise<ImportedArticle> {
  const bytes = input.bytes instanceof Uint8Array ? input.bytes : new Uint8Array(input.bytes);
  return readInWorker('file', { ...input, bytes }, `“${String(input.fileName ?? 'the file').slice(0, 80)}”`);
}
