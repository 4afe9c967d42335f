import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocx } from './docx';
import { ImportError } from './errors';
import { importFile } from './file';

async function importError(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

async function storyDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Belarus denies plans to join invasion', heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun('Belarus has no plans to join the invasion, '), new TextRun({ text: 'Viktor Gulevich', bold: true }), new TextRun(' said on Saturday.')] }),
          new Paragraph({ text: 'Mariupol', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'At least 1,582 civilians have been killed, the city council said.' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('importDocx and importFile', () => {
  it('reads a Word file: title, heading and paragraphs, in order', async () => {
    const bytes = await storyDocx();
    const article = await importFile({ fileName: 'story.docx', bytes });
    expect(article.body).toBe(
      'Belarus denies plans to join invasion\n\nBelarus has no plans to join the invasion, Viktor Gulevich said on Saturday.\n\nMariupol\n\nAt least 1,582 civilians have been killed, the city council said.',
    );
    expect(article).toMatchObject({ title: 'Belarus denies plans to join invasion', format: 'docx', fileName: 'story.docx' });
    expect(article.originalHtml).toContain('<h1>Belarus denies plans');
    const fromArrayBuffer = await importDocx(new Uint8Array(bytes).buffer, {});
    expect(fromArrayBuffer.body).toBe(article.body);
  });

  it('refuses a corrupted .docx as malformed', async () => {
    const bytes = await storyDocx();
    const broken = Buffer.from(bytes);
    broken.fill(0x41, 200, 1200); // scribble over compressed data and headers
    const error = await importError(importFile({ fileName: 'broken.docx', bytes: broken }));
    expect(error.code).toBe('malformed_file');
    expect(error.message).toMatch(/docx|could not be read/);
    expect((await importError(importFile({ fileName: 'fake.docx', bytes: Buffer.from('just text') }))).code).toBe('malformed_file');
  });

  it('refuses unsupported types by name', async () => {
    const error = await importError(importFile({ fileName: 'x.pdf', mimeType: 'application/pdf', bytes: Buffer.from('%PDF-1.7') }));
    expect(error.code).toBe('unsupported_type');
    expect(error.message).toBe('Claimdesk can import .txt, .md, .html and .docx files; “x.pdf” is a PDF.');
    expect((await importError(importFile({ fileName: 'report.txt', bytes: Buffer.from('%PDF-1.4 binary') }))).code).toBe('unsupported_type');
  });

  it('refuses files over the size cap before reading them', async () => {
    const error = await importError(importFile({ fileName: 'big.txt', bytes: new Uint8Array(5 * 1024 * 1024 + 1) }));
    expect(error.code).toBe('too_large');
    expect(error.message).toBe('“big.txt” is 5.0 MB; the limit is 5 MB.');
    expect((await importError(importFile({ fileName: 'small.txt', bytes: Buffer.from('abcdef'), maxBytes: 5 }))).code).toBe('too_large');
  });

  it('refuses binary data dressed up as .txt', async () => {
    const error = await importError(importFile({ fileName: 'photo.txt', bytes: Buffer.from([0x48, 0x69, 0x00, 0x00, 0x01, 0x02]) }));
    expect(error.code).toBe('malformed_file');
    expect(error.message).toMatch(/binary data/);
  });

  it('decodes UTF-8, falls back to Windows-1252, and dispatches .md and .html', async () => {
    expect((await importFile({ fileName: 'a.txt', bytes: Buffer.from('Café “quoted”', 'utf8') })).body).toBe('Café “quoted”');
    expect((await importFile({ fileName: 'a.txt', bytes: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]) })).body).toBe('Café “q”');
    const md = await importFile({ fileName: 'a.MD', bytes: Buffer.from('# Head\n\nSome **bold** text.') });
    expect(md).toMatchObject({ format: 'markdown', title: 'Head', body: 'Head\n\nSome bold text.' });
    const html = await importFile({ fileName: 'a.htm', bytes: Buffer.from('<h1>Head</h1><p>Text<script>x()</script></p>') });
    expect(html).toMatchObject({ format: 'html', title: 'Head', body: 'Head\n\nText' });
  });
});
