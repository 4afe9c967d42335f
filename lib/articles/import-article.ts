// One import, whatever the source: read it into canonical text, find the claims, save
// it all in one transaction. Used by the API and the seed.
import { z } from 'zod';
import type { Actor } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/permissions';
import { AppError, type ErrorCode, invalid } from '@/lib/errors';
import { importFile, importFromUrl, importHtml, importText, isImportError, type ImportedArticle, type ImportErrorCode } from '@/lib/import';
import { readInWorker } from '@/lib/import/in-worker';
import { webUrl } from '@/lib/evidence/web-url';
import type { Span } from '@/lib/extraction/types';
import { createArticle } from './create-article';

// What a failed import means to the desk: too big and wrong type have their own
// HTTP statuses; a page that would not load is the upstream's fault; the rest is bad input.
const IMPORT_FAILURES: Record<ImportErrorCode, ErrorCode> = {
  too_large: 'too_large',
  unsupported_type: 'unsupported_type',
  malformed_file: 'invalid',
  empty: 'invalid',
  blocked_host: 'invalid',
  fetch_failed: 'upstream',
  timeout: 'upstream',
  // A document too deep or too large to parse safely is the input's fault, like a malformed file.
  too_complex: 'invalid',
  busy: 'rate_limited',
};

async function reading<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isImportError(error)) throw new AppError(IMPORT_FAILURES[error.code], error.message);
    throw error;
  }
}

const title = z.string().trim().max(300).optional();
const byKind = {
  text: z.object({ title, text: z.string().min(1, 'Paste the article text.').max(2_000_000) }).strict(),
  html: z.object({ title, html: z.string().min(1, 'The HTML is empty.').max(5_000_000) }).strict(),
  url: z.object({ url: webUrl }).strict(),
};
export type ImportRequest = z.infer<(typeof byKind)[keyof typeof byKind]>;

/** One of { text }, { html } or { url }: the key present decides which, so errors name the right field. */
function parseImportRequest(raw: unknown) {
  const kind = raw && typeof raw === 'object' ? (['text', 'html', 'url'] as const).find((k) => k in raw) : undefined;
  if (!kind) return { success: false as const, issues: [{ path: ['text'], message: 'Send the article as text, html or url.' }] };
  const parsed = byKind[kind].safeParse(raw);
  return parsed.success ? { success: true as const, data: parsed.data as ImportRequest } : { success: false as const, issues: parsed.error.issues };
}

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

/** The claims of an imported body, found on the document workers (never on the request thread). */
export function findClaims(body: string) {
  return reading(() => readInWorker('claims', body, 'This article'));
}

/** The claims of a new version's sentences that no carried claim covers (lib/versions/new-sentences.ts), on the workers too. */
export function findUncoveredClaims(body: string, covered: Span[]) {
  return reading(() => readInWorker('uncoveredClaims', { body, covered }, 'This article'));
}

/** Reads `{ text }`, `{ html }` or `{ url }` into canonical text; a new version reads the same way. */
export async function readImportRequest(raw: unknown, options: ImportOptions): Promise<ImportedArticle> {
  const parsed = parseImportRequest(raw);
  if (!parsed.success) throw invalid(parsed.issues);
  return reading(() => read(parsed.data, options));
}

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export async function readUploadedFile(file: UploadedFile): Promise<ImportedArticle> {
  return reading(() => importFile({ fileName: file.name, mimeType: file.type, bytes: file.bytes }));
}

/** Fetches a web page for import, with the same guard and limits as `{ url }`. */
export async function readUrl(url: string, options: ImportOptions): Promise<ImportedArticle> {
  return reading(() => importFromUrl(url, { allowPrivateHosts: options.allowPrivateHosts }));
}

export async function importArticle(actor: Actor, raw: unknown, options: ImportOptions): Promise<string> {
  requirePermission(actor, 'articles.import');
  const imported = await readImportRequest(raw, options);
  return createArticle(actor, imported, await findClaims(imported.body));
}

export async function importUploadedFile(actor: Actor, file: UploadedFile, title?: string): Promise<string> {
  requirePermission(actor, 'articles.import');
  const imported = await readUploadedFile(file);
  const withTitle = title?.trim() ? { ...imported, title: title.trim().slice(0, 300) } : imported;
  return createArticle(actor, withTitle, await findClaims(withTitle.body));
}
