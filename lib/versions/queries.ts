// Reading versions: the list of an article's versions, one version's text with where each
// claim stood in it, and the summary of the latest import.
import 'server-only';
import { and, asc, desc, eq, ne } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, articleVersions, claims, claimSpans, users, type ArticleFormat, type CarryOverIds, type ClaimPlace, type ClaimStatus } from '@/db/schema';
import type { PersonRef } from '@/lib/claims/queries';
import { AppError } from '@/lib/errors';
import { groupBy } from '@/lib/group-by';

export interface VersionSummary {
  number: number;
  createdAt: Date;
  importedBy: PersonRef;
  format: ArticleFormat;
  fileName: string | null;
  sourceUrl: string | null;
  /** Claim ids by what this version's import did to them; null for version 1. */
  carryOver: CarryOverIds | null;
}

export interface VersionText extends VersionSummary {
  body: string;
  latest: boolean;
  /** Where each claim stood in this version's text. */
  places: ClaimPlace[];
}

const summaryColumns = {
  number: articleVersions.number,
  createdAt: articleVersions.createdAt,
  importedById: articleVersions.importedById,
  name: users.name,
  format: articleVersions.format,
  fileName: articleVersions.fileName,
  sourceUrl: articleVersions.sourceUrl,
  carryOver: articleVersions.carryOver,
};

type SummaryRow = { number: number; createdAt: Date; importedById: string; name: string; format: ArticleFormat; fileName: string | null; sourceUrl: string | null; carryOver: CarryOverIds | null };

const summary = (r: SummaryRow): VersionSummary => ({
  number: r.number, createdAt: r.createdAt, importedBy: { id: r.importedById, name: r.name },
  format: r.format, fileName: r.fileName, sourceUrl: r.sourceUrl, carryOver: r.carryOver ?? null,
});

function requireArticle(articleId: string) {
  const article = getDb().select({ id: articles.id, currentVersion: articles.currentVersion }).from(articles).where(eq(articles.id, articleId)).get();
  if (!article) throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
  return article;
}

/** Every version of the article, newest first. */
export function listVersions({ articleId }: { articleId: string }): VersionSummary[] {
  requireArticle(articleId);
  return getDb()
    .select(summaryColumns)
    .from(articleVersions)
    .innerJoin(users, eq(users.id, articleVersions.importedById))
    .where(eq(articleVersions.articleId, articleId))
    .orderBy(desc(articleVersions.number))
    .all()
    .map(summary);
}

/** The latest version's summary: what the board shows after an import. */
export function latestVersion({ articleId }: { articleId: string }): VersionSummary | null {
  const { currentVersion } = requireArticle(articleId);
  const row = getDb()
    .select(summaryColumns)
    .from(articleVersions)
    .innerJoin(users, eq(users.id, articleVersions.importedById))
    .where(and(eq(articleVersions.articleId, articleId), eq(articleVersions.number, currentVersion)))
    .get();
  return row ? summary(row) : null;
}

/** Where the claims stand in the latest text: their own offsets (removed claims have none there). */
function currentPlaces(articleId: string): ClaimPlace[] {
  const db = getDb();
  const rows = db
    .select({ id: claims.id, start: claims.start, end: claims.end, status: claims.status })
    .from(claims)
    .where(and(eq(claims.articleId, articleId), ne(claims.anchor, 'removed')))
    .orderBy(asc(claims.start))
    .all();
  const spans = groupBy(
    db.select({ claimId: claimSpans.claimId, start: claimSpans.start, end: claimSpans.end })
      .from(claimSpans).innerJoin(claims, eq(claims.id, claimSpans.claimId))
      .where(and(eq(claims.articleId, articleId), ne(claims.anchor, 'removed'))).all(),
    (s) => s.claimId,
  );
  return rows.map((r) => ({ ...r, spans: (spans.get(r.id) ?? []).map((s): [number, number] => [s.start, s.end]) }));
}

export function getVersion({ articleId, number }: { articleId: string; number: number }): VersionText {
  const { currentVersion } = requireArticle(articleId);
  const row = getDb()
    .select({ ...summaryColumns, body: articleVersions.body, claimPlaces: articleVersions.claimPlaces })
    .from(articleVersions)
    .innerJoin(users, eq(users.id, articleVersions.importedById))
    .where(and(eq(articleVersions.articleId, articleId), eq(articleVersions.number, number)))
    .get();
  if (!row) throw new AppError('not_found', `This article has no version ${number}; it has ${currentVersion}.`);
  const latest = number === currentVersion;
  return { ...summary(row), body: row.body, latest, places: latest ? currentPlaces(articleId) : (row.claimPlaces ?? []) };
}

/** Every claim's number and current status, for markers in any version's text. */
export function claimRefsFor({ articleId }: { articleId: string }): Record<string, { number: number; status: ClaimStatus }> {
  const rows = getDb()
    .select({ id: claims.id, number: claims.number, status: claims.status })
    .from(claims)
    .where(eq(claims.articleId, articleId))
    .all();
  return Object.fromEntries(rows.map((r) => [r.id, { number: r.number, status: r.status }]));
}

/** What a version page needs to name the article. */
export function articleHeading({ articleId }: { articleId: string }) {
  const row = getDb()
    .select({ id: articles.id, title: articles.title, currentVersion: articles.currentVersion, sourceUrl: articles.sourceUrl })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (!row) throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
  return row;
}
