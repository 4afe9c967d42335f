// The import library: articles from pasted text, files and web pages, as canonical text
// with sanitised HTML beside it. Plain functions, usable from route handlers, the CLI and tests.
export type { HtmlImportOptions, ImportedArticle, ImportFormat, TextImportOptions } from './types';
export { ImportError, IMPORT_ERROR_CODES, isImportError, MAX_BODY_CHARS, MAX_IMPORT_BYTES, type ImportErrorCode } from './errors';
export { canonicalText } from './canonical';
export { importText } from './text';
export { importMarkdown } from './markdown';
export { importHtml } from './html';
export { importDocx } from './docx';
export { importFromUrl, type UrlImportOptions } from './url';
export { importFile, SUPPORTED_FILES, type FileImportInput } from './file';
export { sanitizeHtml } from './sanitize';
export { isBlockedAddress } from './safe-host';
