// Reading articles: the desk's list, a page at a time with counts kept by triggers, and one
// article with its claims.
import 'server-only';
import { and, asc, count, desc, eq, getTableColumns, inArray, isNotNull, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Db } from '@/db';
import { KeptWhileUnchanged } from '@/db/change-stamp';
import { preparedOnConnection, preparedOnce, tableRowDecoder } from '@/db/prepared';
import {
  articles,
  articleStats,
  claims,
  searchRows,
  claimSpans,
  comments,
  evidence,
  users,
  type Article,
  type Claim,
  type ClaimSpan,
  type ClaimStatus,
  type Stance,
} from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { evidenceForClaims, type AttachedEvidence, type PersonRef } from '@/lib/claims/queries';
import { suggestFromTally, tallyEvidence, warningFromTally, type EvidenceForSuggestion, type EvidenceTally, type Verdict } from '@/lib/claims/status';
import { dayBounds } from '@/lib/dates';
import { AppError, invalid } from '@/lib/errors';
import { groupBy } from '@/lib/group-by';
import { calendarDay, decodeCursor, pageSize, toPage, type Page } from '@/lib/pagination/cursor';
import { buildFtsQuery, MAX_QUERY_CHARS } from '@/lib/search/fts-query';
import { readableArticles, readerKey } from './access';

export interface ArticleSummary {
  id: string;
  title: string;
  publication: string | null;
  publishedAt: string | null;
  importedBy: PersonRef;
  createdAt: Date;
  archivedAt: Date | null;
  counts: Record<ClaimStatus, number>;
  total: number;
  /** Claims with a verdict or dismissed. */
  checked: number;
  /** Open claims (unchecked or in progress) past their due time. */
  overdue: number;
}

export const ARTICLE_SORTS = ['newest', 'oldest', 'title', 'open'] as const;
export const ARTICLE_CLAIM_FILTERS = ['any', 'open', 'done', 'disputed', 'single_source', 'overdue'] as const;

export const articleListQuery = z.object({
  q: z.string().trim().max(MAX_QUERY_CHARS, `Search with at most ${MAX_QUERY_CHARS} characters.`).optional(),
  sort: z.enum(ARTICLE_SORTS, { message: 'Sort by newest, oldest, title or open.' }).default('newest'),
  claims: z.enum(ARTICLE_CLAIM_FILTERS, { message: `Filter claims by one of: ${ARTICLE_CLAIM_FILTERS.join(', ')}.` }).default('any'),
  importedBy: z.string().trim().min(1).max(100).optional(),
  from: calendarDay.optional(),
  to: calendarDay.optional(),
  archived: z.enum(['no', 'yes'], { message: 'archived is yes or no.' }).default('no'),
  limit: pageSize,
  cursor: z.string().max(4_000).optional(),
});
export type ArticleListQuery = z.input<typeof articleListQuery>;

const OPEN_STATUSES = sql.raw(`'unchecked', 'in_progress'`);
const openCount = sql<number>`(${articleStats.unchecked} + ${articleStats.inProgress})`;

/** The sort's ORDER BY and the condition "after this cursor"; each order walks an index. */
function ordering(sort: (typeof ARTICLE_SORTS)[number], cursor: string | undefined) {
  switch (sort) {
    case 'oldest': {
      const after = decodeCursor(cursor, z.tuple([z.number(), z.string()]));
      return {
        orderBy: [asc(articles.createdAt), asc(articles.id)],
        after: after && sql`(${articles.createdAt}, ${articles.id}) > (${after[0]}, ${after[1]})`,
        key: (r: ListRow) => [r.createdAt.getTime(), r.id],
      };
    }
    case 'title': {
      const after = decodeCursor(cursor, z.tuple([z.string(), z.string()]));
      return {
        orderBy: [sql`${articles.title} collate nocase`, asc(articles.id)],
        after: after && sql`(${articles.title} collate nocase, ${articles.id}) > (${after[0]}, ${after[1]})`,
        key: (r: ListRow) => [r.title, r.id],
      };
    }
    case 'open': {
      const after = decodeCursor(cursor, z.tuple([z.number(), z.string()]));
      return {
        orderBy: [desc(openCount), desc(articleStats.articleId)],
        after: after && sql`(${openCount}, ${articleStats.articleId}) < (${after[0]}, ${after[1]})`,
        key: (r: ListRow) => [r.unchecked + r.inProgress, r.id],
      };
    }
    default: {
      const after = decodeCursor(cursor, z.tuple([z.number(), z.string()]));
      return {
        orderBy: [desc(articles.createdAt), desc(articles.id)],
        after: after && sql`(${articles.createdAt}, ${articles.id}) < (${after[0]}, ${after[1]})`,
        key: (r: ListRow) => [r.createdAt.getTime(), r.id],
      };
    }
  }
}

function claimFilter(filter: (typeof ARTICLE_CLAIM_FILTERS)[number], now: number): SQL | undefined {
  switch (filter) {
    case 'open': return sql`${openCount} > 0`;
    case 'done': return sql`${openCount} = 0 and ${articleStats.confirmed} + ${articleStats.disputed} + ${articleStats.singleSource} > 0`;
    case 'disputed': return sql`${articleStats.disputed} > 0`;
    case 'single_source': return sql`${articleStats.singleSource} > 0`;
    case 'overdue':
      return sql`exists (select 1 from ${claims} where ${claims.articleId} = ${articles.id} and ${claims.status} in (${OPEN_STATUSES}) and ${claims.dueAt} < ${now} and ${claims.anchor} <> 'removed')`;
    default: return undefined;
  }
}

/** Articles whose title has these words (the last one as a prefix), through the search index. */
function titleMatches(q: string | undefined): SQL | undefined {
  const match = q ? buildFtsQuery(q, { columns: ['title'], prefixLast: true }) : null;
  if (!match) return undefined;
  return sql`${articles.id} in (select ${searchRows.refId} from article_fts join ${searchRows} on ${searchRows.id} = article_fts.rowid
    where article_fts match ${match})`;
}

const listColumns = {
  id: articles.id,
  title: articles.title,
  publication: articles.publication,
  publishedAt: articles.publishedAt,
  createdAt: articles.createdAt,
  archivedAt: articles.archivedAt,
  importedById: articles.importedById,
  importedByName: users.name,
  unchecked: articleStats.unchecked,
  inProgress: articleStats.inProgress,
  confirmed: articleStats.confirmed,
  disputed: articleStats.disputed,
  singleSource: articleStats.singleSource,
  dismissed: articleStats.dismissed,
};
/** What a sort key needs of a row. */
interface ListRow { id: string; title: string; createdAt: Date; unchecked: number; inProgress: number }

/** Open claims past their due time, for the page's articles only: one grouped read of the (article, status, due) index. */
function overdueCounts(articleIds: string[], at: number): Map<string, number> {
  if (articleIds.length === 0) return new Map();
  const rows = getDb()
    .select({ articleId: claims.articleId, n: count() })
    .from(claims)
    // Claims a new version removed from the text wait for the editor, not in the progress counts.
    .where(and(inArray(claims.articleId, articleIds), sql`${claims.status} in (${OPEN_STATUSES})`, sql`${claims.dueAt} < ${at}`, ne(claims.anchor, 'removed')))
    .groupBy(claims.articleId)
    .all();
  return new Map(rows.map((r) => [r.articleId, r.n]));
}

/** When any overdue count on a page of the list could next change: the first open claim of its articles due from `at` on. */
function nextDueAmong(articleIds: string[], at: number): number {
  if (articleIds.length === 0) return Infinity;
  // Read off claims_article_status_idx alone; counting removed claims too only makes it earlier.
  const next = preparedOnConnection('articles.nextDue', (db) => db
    .select({ at: sql<number | null>`min(${claims.dueAt})` })
    .from(claims)
    .where(and(
      sql`${claims.articleId} in (select value from json_each(${sql.placeholder('ids')}))`,
      sql`${claims.status} in (${OPEN_STATUSES})`,
      sql`${claims.dueAt} >= ${sql.placeholder('at')}`,
    ))
    .prepare());
  const found = next.get({ ids: JSON.stringify(articleIds), at })?.at;
  return found === null || found === undefined ? Infinity : Number(found);
}

// The desk list is what every editor opens first and comes back to: a page read while nothing
// changed (and before any overdue count on it could) is handed out again.
const keptListPages = new KeptWhileUnchanged<Page<ArticleSummary>>(64);

/** One page of the desk's list (readArticlePage), kept while nothing changes and nothing on it falls due. */
export function listArticles({ actor, now = new Date(), ...input }: { actor: Actor; now?: Date } & ArticleListQuery): Page<ArticleSummary> {
  const scope = readableArticles(actor);
  const parsed = articleListQuery.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const at = now.getTime();
  return keptListPages.getAt(`${readerKey(actor)}:${JSON.stringify(parsed.data)}`, at, () => {
    const page = readArticlePage(scope, parsed.data, at);
    // Which articles are overdue at all changes with every claim falling due anywhere: not kept.
    const until = parsed.data.claims === 'overdue' ? at : nextDueAmong(page.items.map((a) => a.id), at);
    return { value: page, until };
  });
}

/**
 * One page of the desk's list, counts by status read from article_stats (kept by
 * triggers), filtered and sorted in SQL: the work per page does not grow with the archive.
 * Three queries: the page's ids, their rows, their overdue counts.
 */
function readArticlePage(scope: SQL, query: z.output<typeof articleListQuery>, at: number): Page<ArticleSummary> {
  const { q, sort, claims: claimsFilter, importedBy, from, to, archived, limit, cursor } = query;
  const order = ordering(sort, cursor);
  // Phase 1, the page's ids in order: every column it touches is in the index it walks.
  const keys = getDb()
    .select({
      id: articles.id,
      createdAt: articles.createdAt,
      title: sort === 'title' ? articles.title : sql<string>`''`,
      unchecked: articleStats.unchecked,
      inProgress: articleStats.inProgress,
    })
    .from(articles)
    .innerJoin(articleStats, eq(articleStats.articleId, articles.id))
    .where(and(
      scope,
      archived === 'yes' ? isNotNull(articles.archivedAt) : isNull(articles.archivedAt),
      importedBy ? eq(articles.importedById, importedBy) : undefined,
      from ? sql`${articles.createdAt} >= ${dayBounds(from).start}` : undefined,
      to ? sql`${articles.createdAt} < ${dayBounds(to).end}` : undefined,
      claimFilter(claimsFilter, at),
      titleMatches(q),
      order.after ?? undefined,
    ))
    .orderBy(...order.orderBy)
    .limit(limit + 1)
    .all();
  // Phase 2, those articles' rows, and their overdue counts.
  const shown = keys.slice(0, limit).map((k) => k.id);
  const rows = shown.length === 0 ? [] : getDb()
    .select(listColumns)
    .from(articles)
    .innerJoin(articleStats, eq(articleStats.articleId, articles.id))
    .innerJoin(users, eq(users.id, articles.importedById))
    .where(inArray(articles.id, shown))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const overdue = overdueCounts(shown, at);
  return toPage(keys, limit, order.key, (k) => {
    const r = byId.get(k.id)!;
    const counts: Record<ClaimStatus, number> = {
      unchecked: r.unchecked, in_progress: r.inProgress, confirmed: r.confirmed,
      disputed: r.disputed, single_source: r.singleSource, dismissed: r.dismissed,
    };
    const checked = counts.confirmed + counts.disputed + counts.single_source + counts.dismissed;
    return {
      id: r.id, title: r.title, publication: r.publication, publishedAt: r.publishedAt,
      importedBy: { id: r.importedById, name: r.importedByName }, createdAt: r.createdAt, archivedAt: r.archivedAt,
      counts, total: checked + counts.unchecked + counts.in_progress, checked, overdue: overdue.get(r.id) ?? 0,
    };
  });
}

const keptImporters = new KeptWhileUnchanged<PersonRef[]>(1);

/**
 * People who have imported articles, for the list's "imported by" filter. Kept while nothing
 * changes: every view of the list asked for it afresh (1.6% of /articles' server time at 10,000 articles).
 */
export function listImporters(): PersonRef[] {
  return keptImporters.get('importers', () => getDb()
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(sql`exists (select 1 from ${articles} where ${articles.importedById} = ${users.id})`)
    .orderBy(asc(users.name))
    .all());
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

const claimRow = tableRowDecoder(claims);

/** The board's five reads, prepared once per connection (see db/prepared.ts). */
function boardReads(db: Db) {
  const id = sql.placeholder('id');
  return preparedOnce(db, 'articles.getArticle', () => ({
    article: db.select({ article: articles, name: users.name }).from(articles).innerJoin(users, eq(users.id, articles.importedById))
      .where(eq(articles.id, id)).prepare(),
    // Every claim column (read as arrays, decoded by tableRowDecoder), then the assignee's name.
    claims: db.select({ ...getTableColumns(claims), assigneeName: users.name }).from(claims).leftJoin(users, eq(users.id, claims.assigneeId))
      .where(eq(claims.articleId, id)).orderBy(asc(claims.start), asc(claims.end)).prepare(),
    spans: db.select(getTableColumns(claimSpans)).from(claimSpans).innerJoin(claims, eq(claims.id, claimSpans.claimId))
      .where(eq(claims.articleId, id)).orderBy(asc(claimSpans.start)).prepare(),
    // Three light columns per piece of evidence: what the counts, tally and warning are made from.
    stances: db.select({ claimId: evidence.claimId, stance: evidence.stance, publisher: evidence.publisher }).from(evidence)
      .innerJoin(claims, eq(claims.id, evidence.claimId)).where(eq(claims.articleId, id)).prepare(),
    comments: db.select({ claimId: comments.claimId, n: count() }).from(comments).innerJoin(claims, eq(claims.id, comments.claimId))
      .where(eq(claims.articleId, id)).groupBy(comments.claimId).prepare(),
  }));
}

/** Raw [claimId, stance, publisher] rows grouped by claim, as tallyEvidence reads them. */
function stancesByClaim(rows: [string, Stance, string][]): Map<string, EvidenceForSuggestion[]> {
  const out = new Map<string, EvidenceForSuggestion[]>();
  for (const [claimId, stance, publisher] of rows) {
    const list = out.get(claimId);
    if (list) list.push({ stance, publisher });
    else out.set(claimId, [{ stance, publisher }]);
  }
  return out;
}

/**
 * One article with its claims in body order, in five prepared queries however many claims
 * it has, and one pass over the claims. Evidence is counted by stance from three light
 * columns; its bodies are read only when `include.evidence` asks for them.
 */
export function getArticle({ id, include = {} }: { id: string; include?: { evidence?: boolean } }): ArticleDetail {
  const db = getDb();
  const reads = boardReads(db);
  const row = reads.article.get({ id });
  if (!row) throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
  const claimRows = (reads.claims.values({ id }) as unknown[][]).map((values) => ({ claim: claimRow.decode(values), assigneeName: values[claimRow.width] as string | null }));
  const spansByClaim = groupBy(reads.spans.all({ id }), (s) => s.claimId);
  const evidenceByClaim: Map<string, EvidenceForSuggestion[]> = include.evidence
    ? groupBy(evidenceForClaims(db, claimRows.map((r) => r.claim.id)), (e) => e.claimId)
    : stancesByClaim(reads.stances.values({ id }) as [string, Stance, string][]);
  const commentsByClaim = new Map(reads.comments.values({ id }) as [string, number][]);
  const claimsOut = claimRows.map(({ claim, assigneeName }): ArticleClaim => {
    const attached = evidenceByClaim.get(claim.id) ?? [];
    const tally = tallyEvidence(attached);
    return Object.assign(claim, {
      assignee: claim.assigneeId ? { id: claim.assigneeId, name: assigneeName ?? '' } : null,
      spans: spansByClaim.get(claim.id) ?? [],
      ...(include.evidence && { evidence: attached as AttachedEvidence[] }),
      evidenceCount: attached.length,
      tally,
      commentCount: commentsByClaim.get(claim.id) ?? 0,
      suggestedStatus: suggestFromTally(tally),
      warning: warningFromTally(claim.status, tally),
    });
  });
  return { ...row.article, importedBy: { id: row.article.importedById, name: row.name }, claims: claimsOut };
}

export interface EarlierCopy {
  id: string;
  title: string;
  createdAt: Date;
  importedBy: string;
  /** Why it looks like the same article. */
  reason: 'same source URL' | 'same text';
}

/**
 * Other articles that are this one imported again: the same source URL, or the same body
 * (found through the length-and-opening index, then compared whole). Oldest first.
 */
export function findEarlierCopies({ actor, articleId }: { actor: Actor; articleId: string }): EarlierCopy[] {
  const db = getDb();
  const me = db.select({ sourceUrl: articles.sourceUrl, body: articles.body }).from(articles).where(eq(articles.id, articleId)).get();
  if (!me) return [];
  const sameText = sql`(length(${articles.body}) = ${me.body.length} and substr(${articles.body}, 1, 80) = ${me.body.slice(0, 80)} and ${articles.body} = ${me.body})`;
  const sameUrl = me.sourceUrl ? sql`${articles.sourceUrl} = ${me.sourceUrl}` : sql`0`;
  const rows = db
    .select({ id: articles.id, title: articles.title, createdAt: articles.createdAt, importedBy: users.name, sameUrl: sql<number>`${sameUrl}` })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.importedById))
    .where(and(readableArticles(actor), sql`${articles.id} <> ${articleId}`, sql`(${sameUrl} or ${sameText})`))
    .orderBy(asc(articles.createdAt), asc(articles.id))
    .limit(5)
    .all();
  return rows.map(({ sameUrl: url, ...r }) => ({ ...r, reason: url ? 'same source URL' : 'same text' }));
}
