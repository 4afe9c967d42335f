// Reading articles: the desk's list with progress counts, and one article with its claims.
import 'server-only';
import { and, asc, count, desc, eq, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  articles,
  CLAIM_STATUSES,
  claims,
  claimSpans,
  comments,
  evidence,
  users,
  type Article,
  type Claim,
  type ClaimSpan,
  type ClaimStatus,
} from '@/db/schema';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { evidenceForClaims, type AttachedEvidence, type PersonRef } from '@/lib/claims/queries';
import { suggestFromTally, tallyEvidence, warningFromTally, type EvidenceTally, type Verdict } from '@/lib/claims/status';
import { AppError } from '@/lib/errors';
import { groupBy } from '@/lib/group-by';

export interface ArticleSummary {
  id: string;
  title: string;
  publication: string | null;
  publishedAt: string | null;
  importedBy: string;
  createdAt: Date;
  counts: Record<ClaimStatus, number>;
  total: number;
  /** Claims with a verdict or dismissed. */
  checked: number;
  /** Open claims (unchecked or in progress) past their due time. */
  overdue: number;
}

const OPEN = sql.raw(`'unchecked', 'in_progress'`);

/** Every article, newest first, with claim counts by status — one grouped query for the whole list. */
export function listArticles({ actor, now = new Date() }: { actor: Actor; now?: Date }): ArticleSummary[] {
  requirePermission(actor, 'articles.read');
  const perStatus = Object.fromEntries(
    CLAIM_STATUSES.map((s) => [s, sql<number>`coalesce(sum(case when ${claims.status} = ${s} then 1 else 0 end), 0)`]),
  ) as Record<ClaimStatus, ReturnType<typeof sql<number>>>;
  const rows = getDb()
    .select({
      id: articles.id,
      title: articles.title,
      publication: articles.publication,
      publishedAt: articles.publishedAt,
      createdAt: articles.createdAt,
      importedBy: users.name,
      total: count(claims.id),
      overdue: sql<number>`coalesce(sum(case when ${claims.status} in (${OPEN}) and ${claims.dueAt} < ${now.getTime()} then 1 else 0 end), 0)`,
      ...perStatus,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.importedById))
    // Claims a new version removed from the text wait for the editor, not in the progress counts.
    .leftJoin(claims, and(eq(claims.articleId, articles.id), ne(claims.anchor, 'removed')))
    .groupBy(articles.id)
    .orderBy(desc(articles.createdAt), desc(articles.id))
    .all();
  return rows.map((r) => {
    const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, Number(r[s])])) as Record<ClaimStatus, number>;
    const checked = counts.confirmed + counts.disputed + counts.single_source + counts.dismissed;
    return {
      id: r.id,
      title: r.title,
      publication: r.publication,
      publishedAt: r.publishedAt,
      importedBy: r.importedBy,
      createdAt: r.createdAt,
      counts,
      total: Number(r.total),
      checked,
      overdue: Number(r.overdue),
    };
  });
}

export interface ArticleClaim extends Claim {
  assignee: PersonRef | null;
  spans: ClaimSpan[];
  /** Only when asked for (`include.evidence`): excerpts and notes are the heavy part of an article. */
  evidence?: AttachedEvidence[];
  evidenceCount: number;
  /** Evidence by stance, and distinct supporting publishers: what the suggestion is made from. */
  tally: EvidenceTally;
  commentCount: number;
  suggestedStatus: Verdict | null;
  warning: string | null;
}

export interface ArticleDetail extends Article {
  importedBy: PersonRef;
  claims: ArticleClaim[];
}

/**
 * One article with its claims in body order, in five queries however many claims it has.
 * Evidence is counted by stance from three light columns; its bodies are read only when
 * `include.evidence` asks for them.
 */
export function getArticle({ id, include = {} }: { id: string; include?: { evidence?: boolean } }): ArticleDetail {
  const db = getDb();
  const row = db
    .select({ article: articles, name: users.name })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.importedById))
    .where(eq(articles.id, id))
    .get();
  if (!row) throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
  const claimRows = db
    .select({ claim: claims, assigneeName: users.name })
    .from(claims)
    .leftJoin(users, eq(users.id, claims.assigneeId))
    .where(eq(claims.articleId, id))
    .orderBy(asc(claims.start), asc(claims.end))
    .all();
  const spans = db
    .select({ span: claimSpans })
    .from(claimSpans)
    .innerJoin(claims, eq(claims.id, claimSpans.claimId))
    .where(eq(claims.articleId, id))
    .orderBy(asc(claimSpans.start))
    .all()
    .map((r) => r.span);
  const spansByClaim = groupBy(spans, (s) => s.claimId);
  const evidenceByClaim = include.evidence
    ? groupBy(evidenceForClaims(db, claimRows.map((r) => r.claim.id)), (e) => e.claimId)
    : groupBy(
        db
          .select({ claimId: evidence.claimId, stance: evidence.stance, publisher: evidence.publisher })
          .from(evidence)
          .innerJoin(claims, eq(claims.id, evidence.claimId))
          .where(eq(claims.articleId, id))
          .all(),
        (e) => e.claimId,
      );
  const commentCounts = db
    .select({ claimId: comments.claimId, n: count() })
    .from(comments)
    .innerJoin(claims, eq(claims.id, comments.claimId))
    .where(eq(claims.articleId, id))
    .groupBy(comments.claimId)
    .all();
  const commentsByClaim = new Map(commentCounts.map((c) => [c.claimId, c.n]));
  const claimsOut = claimRows.map(({ claim, assigneeName }): ArticleClaim => {
    const attached = evidenceByClaim.get(claim.id) ?? [];
    const tally = tallyEvidence(attached);
    return {
      ...claim,
      assignee: claim.assigneeId ? { id: claim.assigneeId, name: assigneeName ?? '' } : null,
      spans: spansByClaim.get(claim.id) ?? [],
      ...(include.evidence && { evidence: attached as AttachedEvidence[] }),
      evidenceCount: attached.length,
      tally,
      commentCount: commentsByClaim.get(claim.id) ?? 0,
      suggestedStatus: suggestFromTally(tally),
      warning: warningFromTally(claim.status, tally),
    };
  });
  return { ...row.article, importedBy: { id: row.article.importedById, name: row.name }, claims: claimsOut };
}
