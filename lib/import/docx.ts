// Word files: mammoth turns the document's structure (Title, Heading 1–6, lists) into HTML,
// which then takes the same sanitised HTML path as an upload.
import mammoth from 'mammoth';
import { describeSource } from './canonical';
import { ImportError } from './errors';
import { importHtmlAs } from './html';
import type { ImportedArticle, TextImportOptions } from './types';
import { checkZip } from './zip-guard';

// Word's own paragraph styles for the parts of a story, beside mammoth's default headings.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2.subtitle:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
];

function toBuffer(bytes: Buffer | ArrayBuffer | Uint8Array): Buffer {
  if (Buffer.isBuffer(bytes)) return bytes;
  return bytes instanceof ArrayBuffer ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export async function importDocx(bytes: Buffer | ArrayBuffer | Uint8Array, options: TextImportOptions = {}): Promise<ImportedArticle> {
  const source = describeSource(options.fileName, 'This .docx file');
  const buffer = toBuffer(bytes);
  checkZip(buffer, source);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        styleMap: STYLE_MAP,
        // Never follow links to files outside the document (a path on the server).
        externalFileAccess: false,
        // Images are not part of the text; skip decoding them into data: URLs.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : 'unknown error';
    throw new ImportError('malformed_file', `This .docx file could not be read: ${reason}. Open it in Word and save it again as .docx.`, {
      cause: error,
    });
  }
  return importHtmlAs(html, { title: options.title, fileName: options.fileName }, 'docx', source);
}
