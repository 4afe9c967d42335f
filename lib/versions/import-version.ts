// Reading a new version from the same sources as an import (pasted text, HTML, a web
// address, a file, or the article's own source address again), then carrying it over.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { articles } from '@/db/schema';
import { findClaims, findUncoveredClaims, readImportRequest, readUploadedFile, readUrl, type ImportOptions, type UploadedFile } from '@/lib/articles/import-article';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { AppError, invalid } from '@/lib/errors';
import type { ImportedArticle } from '@/lib/import';
import { carryOverVersion, prepareCarryOver, StaleExtraction, type VersionImported } from './carry-over';

const expectedVersion = z.coerce.number({ message: 'expectedVersion must be a version number.' }).int().min(1).optional();

/** The article, looked up before anything is read or fetched for it. */
function requireArticle(articleId: string): { sourceUrl: string | null } {
  const article = getDb().select({ sourceUrl: articles.sourceUrl }).from(articles).where(eq(articles.id, articleId)).get();
  if (!article) throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
  return article;
}

function sourceUrlOf(articleId: string): string {
  const article = requireArticle(articleId);
  if (!article.sourceUrl) {
    throw invalid([{ path: ['refetch'], message: 'This article has no source address to fetch again; paste the new text or upload a file.' }]);
  }
  return article.sourceUrl;
}

// Planning twice in a row against changing claims is rare; the last attempt extracts the whole text.
const PLANNED_ATTEMPTS = 2;

async function carry(actor: Actor, articleId: string, imported: ImportedArticle, expected: number | undefined): Promise<VersionImported> {
  for (let attempt = 1; ; attempt++) {
    // The claims are placed first, so extraction reads only the sentences they do not cover.
    // Extraction runs on the document workers, as at first import, never on the request thread.
    const prepared = attempt <= PLANNED_ATTEMPTS ? prepareCarryOver(articleId, imported.body) : null;
    const extraction = prepared ? await findUncoveredClaims(imported.body, prepared.covered) : await findClaims(imported.body);
    try {
      return carryOverVersion(actor, articleId, imported, extraction, { expectedVersion: expected, prepared: prepared ?? undefined });
    } catch (error) {
      if (!(error instanceof StaleExtraction) || attempt > PLANNED_ATTEMPTS) throw error;
    }
  }
}

/** JSON: `{ text }`, `{ html }`, `{ url }` or `{ refetch: true }`, each with an optional `expectedVersion`. */
export async function importVersion(actor: Actor, articleId: string, raw: Record<string, unknown>, options: ImportOptions): Promise<VersionImported> {
  requirePermission(actor, 'articles.import');
  const { expectedVersion: seen, refetch, ...rest } = raw;
  const expected = expectedVersion.safeParse(seen);
  if (!expected.success) throw invalid(expected.error.issues.map((i) => ({ ...i, path: ['expectedVersion'] })));
  let imported: ImportedArticle;
  requireArticle(articleId);
  if (refetch !== undefined) {
    if (refetch !== true) throw invalid([{ path: ['refetch'], message: 'Send refetch: true to fetch the source address again.' }]);
    if (Object.keys(rest).length) throw invalid([{ path: ['refetch'], message: 'Send either refetch, or the new text, HTML or address, not both.' }]);
    imported = await readUrl(sourceUrlOf(articleId), options);
  } else {
    imported = await readImportRequest(stripTitle(rest), options);
  }
  return carry(actor, articleId, imported, expected.data);
}

export async function importVersionFile(actor: Actor, articleId: string, file: UploadedFile, seen?: unknown): Promise<VersionImported> {
  requirePermission(actor, 'articles.import');
  const expected = expectedVersion.safeParse(seen || undefined);
  if (!expected.success) throw invalid(expected.error.issues.map((i) => ({ ...i, path: ['expectedVersion'] })));
  requireArticle(articleId);
  return carry(actor, articleId, await readUploadedFile(file), expected.data);
}

// A new version changes the text, not the article's details; a title sent along is ignored
// rather than refused, so a client that sends one for imports can reuse its request.
function stripTitle(raw: Record<string, unknown>): Record<string, unknown> {
  const { title: _title, ...rest } = raw;
  return rest;
}
