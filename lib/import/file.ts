// Uploaded files: chosen by extension, checked for size and for binary content dressed up
// as text, decoded, then handed to the importer for their kind.
import { describeSource } from './canonical';
import { decodeText, sniffHtmlCharset } from './decode';
import { importDocx } from './docx';
import { ImportError, MAX_IMPORT_BYTES, megabytes } from './errors';
import { importHtml } from './html';
import { importMarkdown } from './markdown';
import { importText } from './text';
import type { ImportedArticle } from './types';

export interface FileImportInput {
  fileName: string;
  mimeType?: string;
  bytes: Uint8Array | ArrayBuffer;
  title?: string;
  /** Defaults to 5 MB. */
  maxBytes?: number;
}

type Kind = 'text' | 'markdown' | 'html' | 'docx';

const KINDS: Record<string, Kind> = { txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', docx: 'docx' };
const MIME_KINDS: Record<string, Kind> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/html': 'html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

// What people most often try to upload instead, named the way they would name it.
const KNOWN: Record<string, string> = {
  pdf: 'a PDF',
  doc: 'an old-style Word document (save it as .docx)',
  rtf: 'a Rich Text file (save it as .docx)',
  odt: 'an OpenDocument text (save it as .docx)',
  pages: 'a Pages document (export it as .docx)',
  jpg: 'an image', jpeg: 'an image', png: 'an image', gif: 'an image', webp: 'an image', heic: 'an image',
  zip: 'a zip archive',
  xlsx: 'a spreadsheet', xls: 'a spreadsheet', csv: 'a spreadsheet (CSV)',
  pptx: 'a presentation',
};

export const SUPPORTED_FILES = 'Claimdesk can import .txt, .md, .html and .docx files';

function extension(fileName: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return m ? m[1]!.toLowerCase() : '';
}

function unsupported(fileName: string, ext: string): ImportError {
  const what = KNOWN[ext] ?? (ext ? `a .${ext} file` : 'a file without an extension');
  return new ImportError('unsupported_type', `${SUPPORTED_FILES}; “${fileName}” is ${what}.`);
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  return Array.from(text).every((ch, i) => bytes[i] === ch.charCodeAt(0));
}

export async function importFile(input: FileImportInput): Promise<ImportedArticle> {
  const fileName = input.fileName?.trim() || 'the file';
  const bytes = input.bytes instanceof Uint8Array ? input.bytes : new Uint8Array(input.bytes);
  const maxBytes = input.maxBytes ?? MAX_IMPORT_BYTES;
  const source = describeSource(fileName, 'The file');
  if (bytes.byteLength > maxBytes) {
    throw new ImportError('too_large', `${source} is ${megabytes(bytes.byteLength)}; the limit is ${megabytes(maxBytes)}.`);
  }
  const ext = extension(fileName);
  const kind = KINDS[ext] ?? (ext ? undefined : MIME_KINDS[(input.mimeType ?? '').split(';')[0]!.trim().toLowerCase()]);
  if (!kind) throw unsupported(fileName, ext);
  const options = { fileName, title: input.title };
  if (kind === 'docx') return importDocx(bytes, options);

  if (startsWith(bytes, '%PDF-')) throw new ImportError('unsupported_type', `${SUPPORTED_FILES}; “${fileName}” is a PDF, whatever its name says.`);
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    throw new ImportError('unsupported_type', `${SUPPORTED_FILES}; “${fileName}” is a zip archive or a Word file, whatever its name says. Rename a Word file to .docx.`);
  }
  const { text, warnings } = decodeText(bytes, kind === 'html' ? sniffHtmlCharset(bytes) : null);
  // Text never contains NUL; a file that does is binary (an image, a database) renamed .txt.
  if (text.includes('\u0000')) {
    throw new ImportError('malformed_file', `${source} is not a text file: it contains binary data. Open it in the program that made it and save it as .txt or .docx.`);
  }
  const article = kind === 'html' ? importHtml(text, options) : kind === 'markdown' ? importMarkdown(text, options) : importText(text, options);
  return { ...article, warnings: [...warnings, ...article.warnings] };
}
