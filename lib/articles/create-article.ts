// Importing an article with its extracted claims (all or nothing), fixing its
// metadata, and deleting it.
import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { ARTICLE_FORMATS, articles, articleVersions, claims, claimSpans, type NewClaim, type NewClaimSpan } from '@/db/schema';
import { diff, recordEvent } from '@/lib/audit/record-event';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { anchorSpan } from '@/lib/claims/anchor';
import { numbersByPosition } from '@/lib/claims/numbering';
import { AppError, invalid } from '@/lib/errors';
import { optionalWebUrl, webUrl } from '@/lib/evidence/web-url';
import type { ExtractedClaim, Extraction } from '@/lib/extraction/types';
import { newId } from '@/lib/ids';
import { MAX_BODY_CHARS } from '@/lib/import/errors';
import { cleanFields } from '@/lib/text/clean-text';
import { enqueueArticleMatching } from '@/lib/matching/enqueue';

export const MAX_TITLE_CHARS = 300;

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max.toLocaleString('en')} characters for the ${what}.`)
    .nullish()
    .transform((v) => v || null);

const metaFields = {
  dek: optionalText(1_000, 'dek'),
  byline: optionalText(300, 'byline'),
  publication: optionalText(200, 'publication'),
  publishedAt: optionalText(100, 'published date'),
  sourceUrl: optionalWebUrl,
};

const importedArticle = z
  .object({
    // A long imported title is shortened rather than refused: the import should not fail over it.
    title: z.string().nullish(),
    ...metaFields,
    body: z
      .string()
      .refine((b) => b.trim().length > 0, 'The article has no text.')
      .refine((b) => b.length <= MAX_BODY_CHARS, `The article is too long: the limit is ${MAX_BODY_CHARS.toLocaleString('en')} characters.`),
    format: z.enum(ARTICLE_FORMATS),
    fileName: optionalText(255, 'file name'),
    originalHtml: z.string().nullish().transform((v) => v || null),
    links: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(1), url: webUrl })).max(20_000).default([]),
    warnings: z.array(z.string().max(1_000)).max(20).default([]),
  })
  .refine((a) => a.links.every((l) => l.start < l.end && l.end <= a.body.length), { message: 'A link points outside the article text.', path: ['links'] });
export type ImportedArticle = z.input<typeof importedArticle>;

const articleMeta = z.object({
  title: z.string().trim().min(1, 'Enter a title.').max(MAX_TITLE_CHARS, `Use at most ${MAX_TITLE_CHARS} characters for the title.`),
  ...metaFields,
});
export type ArticleMetaInput = z.input<typeof articleMeta>;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** The given title, else the first block the extractor found, else the first line of the body. */
export function articleTitle(title: string | null | undefined, body: string, extraction: Pick<Extraction, 'blocks'>): string {
  if (title?.trim()) return shorten(title, MAX_TITLE_CHARS);
  const first = extraction.blocks[0];
  const fromBlock = first ? body.slice(first.start, first.end) : '';
  const fromLine = body.split('\n').find((line) => line.trim()) ?? '';
  return shorten(fromBlock.trim() ? fromBlock : fromLine, MAX_TITLE_CHARS) || 'Untitled article';
}

const clampScore = (score: number) => (Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0);

/** At most a few short reasons, as the extractor's contract promises; anything else is dropped rather than stored. */
const scoreReasons = (reasons: unknown): string[] =>
  Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string' && r.length > 0 && r.length <= 60).slice(0, 5) : [];

/** Rows for extracted claims and their repeated spans, as an import (or a new version) saves them. */
export function newClaimRows(articleId: string, body: string, extracted: readonly ExtractedClaim[], numbers: readonly number[], now: Date) {
  const claimRows: (NewClaim & { id: string; start: number; end: number; quote: string })[] = [];
  const spanRows: NewClaimSpan[] = [];
  for (const [index, claim] of extracted.entries()) {
    const id = newId();
    const main = anchorSpan(body, claim.start, claim.end);
    const source = claim.attribution;
    claimRows.push({
      id, articleId, number: numbers[index], ...main,
      statement: main.quote,
      attributionSource: source?.source || null,
      attributionStart: source?.sourceSpan?.[0] ?? null,
      attributionEnd: source?.sourceSpan?.[1] ?? null,
      kind: claim.kind,
      score: clampScore(claim.score),
      scoreReasons: scoreReasons(claim.reasons),
      origin: 'extracted',
      createdAt: now,
      updatedAt: now,
    });
    for (const [start, end] of claim.duplicates) {
      if (start === main.start && end === main.end) continue;
      spanRows.push({ id: newId(), claimId: id, ...anchorSpan(body, start, end) });
    }
  }
  return { claimRows, spanRows };
}

/** Saves the article, every extracted claim and its repeated spans in one transaction. Returns the article id. */
export function createArticle(actor: Actor, imported: ImportedArticle, extraction: Extraction): string {
  requirePermission(actor, 'articles.import');
  const parsed = importedArticle.safeParse(cleanFields(imported));
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { title, body, warnings, ...rest } = parsed.data;
  const now = new Date();
  const articleId = newId();
  const finalTitle = articleTitle(title, body, extraction);
  const { claimRows, spanRows } = newClaimRows(articleId, body, extraction.claims, numbersByPosition(extraction.claims), now);
  getDb().transaction((tx) => {
    tx.insert(articles)
      .values({ id: articleId, title: finalTitle, body, ...rest, importNotes: warnings, importedById: actor.id, lastClaimNumber: claimRows.length, currentVersion: 1, createdAt: now, updatedAt: now })
      .run();
    tx.insert(articleVersions)
      .values({ articleId, number: 1, body, format: rest.format, fileName: rest.fileName, originalHtml: rest.originalHtml, sourceUrl: rest.sourceUrl, importedById: actor.id, createdAt: now })
      .run();
    // In batches, to stay under SQLite's limit on bound values in one statement.
    for (let i = 0; i < claimRows.length; i += 200) tx.insert(claims).values(claimRows.slice(i, i + 200)).run();
    for (let i = 0; i < spanRows.length; i += 500) tx.insert(claimSpans).values(spanRows.slice(i, i + 500)).run();
    recordEvent(tx, {
      actorId: actor.id, articleId, entityType: 'article', entityId: articleId, action: 'article.imported',
      after: { title: finalTitle, format: rest.format, fileName: rest.fileName, claims: claimRows.length, ...(warnings.length ? { notes: warnings.length } : {}) },
    });
    // "Checked before?" for every claim, off the request path, in the same transaction.
    if (claimRows.length > 0) enqueueArticleMatching(tx, articleId);
  });
  return articleId;
}

export function deleteArticle(actor: Actor, id: string): void {
  requirePermission(actor, 'articles.delete');
  getDb().transaction((tx) => {
    const article = tx.select({ id: articles.id, title: articles.title }).from(articles).where(eq(articles.id, id)).get();
    if (!article) throw new AppError('not_found', 'This article does not exist (it may already have been deleted).');
    const claimCount = tx.select({ n: count() }).from(claims).where(eq(claims.articleId, id)).get()?.n ?? 0;
    tx.delete(articles).where(eq(articles.id, id)).run();
    // No articleId here: the article's own events are deleted with it, this one must outlive it.
    recordEvent(tx, {
      actorId: actor.id, articleId: null, entityType: 'article', entityId: id, action: 'article.deleted',
      before: { title: article.title, claims: claimCount },
    });
  });
}

export function updateArticleMeta(actor: Actor, id: string, input: ArticleMetaInput) {
  requirePermission(actor, 'articles.import');
  const parsed = articleMeta.safeParse(cleanFields(input));
  if (!parsed.success) throw invalid(parsed.error.issues);
  return getDb().transaction((tx) => {
    const article = tx.select().from(articles).where(eq(articles.id, id)).get();
    if (!article) throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
    const change = diff(article, parsed.data);
    if (!change.changed) return article;
    const updated = { ...parsed.data, updatedAt: new Date() };
    tx.update(articles).set(updated).where(eq(articles.id, id)).run();
    recordEvent(tx, { actorId: actor.id, articleId: id, entityType: 'article', entityId: id, action: 'article.updated', before: change.before, after: change.after });
    return { ...article, ...updated };
  });
}
