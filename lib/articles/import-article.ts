// One import, whatever the source: read it into canonical text, find the claims, save
// it all in one transaction. Used by the API and the seed.
import { z } from 'zod';
import type { Actor } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/permissions';
import { AppError, invalid } from '@/lib/errors';
import { extract } from '@/lib/extraction';
import { importFile, importFromUrl, importHtml, importText, type ImportedArticle } from '@/lib/import';
import { createArticle } from './create-article';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const importRequest = z.union([
  z.object({ title: z.string().trim().max(300).optional(), text: z.string().min(1, 'Paste the article text.').max(2_000_000) }).strict(),
  z.object({ title: z.string().trim().max(300).optional(), html: z.string().min(1, 'The HTML is empty.').max(5_000_000) }).strict(),
  z.object({ url: z.string().trim().url('Enter a full web address, starting with https://').max(2048) }).strict(),
]);
export type ImportRequest = z.infer<typeof importRequest>;

export interface ImportOptions {
  allowPrivateHosts: boolean;
}

async function read(request: ImportRequest, options: ImportOptions): Promise<ImportedArticle> {
  if ('text' in request) return importText(request.text, { title: request.title || undefined });
  if ('html' in request) {
    const imported = await importHtml(request.html, {});
    return request.title ? { ...imported, title: request.title } : imported;
  }
  return importFromUrl(request.url, { allowPrivateHosts: options.allowPrivateHosts });
}

export async function importArticle(actor: Actor, raw: unknown, options: ImportOptions): Promise<string> {
  requirePermission(actor, 'articles.import');
  const parsed = importRequest.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const imported = await read(parsed.data, options);
  return createArticle(actor, imported, extract(imported.body));
}

export async function importUploadedFile(actor: Actor, file: { name: string; type: string; bytes: Uint8Array }, title?: string): Promise<string> {
  requirePermission(actor, 'articles.import');
  if (file.bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new AppError('too_large', `“${file.name}” is ${(file.bytes.byteLength / 1048576).toFixed(1)} MB; the limit is 5 MB.`);
  }
  const imported = await importFile({ fileName: file.name, mimeType: file.type, bytes: file.bytes });
  const withTitle = title?.trim() ? { ...imported, title: title.trim().slice(0, 300) } : imported;
  return createArticle(actor, withTitle, extract(withTitle.body));
}
