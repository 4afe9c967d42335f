// The header search: claims, articles and evidence across the whole archive by words,
// names and figures, newest first, a page at a time. Reads the FTS5 index that triggers
// keep in step with every write (drizzle/0009_archive_search.sql).
import 'server-only';
import { and, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { KeptWhileUnchanged } from '@/db/change-stamp';
import { articles, CLAIM_STATUSES, claims, SEARCH_KINDS, searchRows, type ClaimStatus, type SearchKind } from '@/db/schema';
import { readableArticles, readerKey } from '@/lib/articles/access';
import type { Actor } from '@/lib/auth/permissions';
import { dayBounds } from '@/lib/dates';
import { invalid } from '@/lib/errors';
import { calendarDay, decodeCursor, encodeCursor, toPage, type Page } from '@/lib/pagination/cursor';
import { buildFtsQuery, MAX_QUERY_CHARS } from './fts-query';
import { MARK_CLOSE, MARK_OPEN, splitMarks } from './highlights';


export const searchInput = z.object({
  q: z.string().trim().min(1, 'Type words, a name or a figure to search for.').max(MAX_QUERY_CHARS, `Search with at most ${MAX_QUERY_CHARS} characters.`),
  type: z.enum(SEARCH_KINDS, { message: 'type is article, claim or evidence.' }).optional(),
  status: z.enum(CLAIM_STATUSES, { message: `status is one of ${CLAIM_STATUSES.join(', ')}.` }).optional(),
  reviewer: z.string().trim().min(1).max(100).optional(),
  from: calendarDay.optional(),
  to: calendarDay.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(200).optional(),
});
export type SearchInput = z.input<typeof searchInput>;

export interface SearchResult {
  type: SearchKind;
  id: string;
  articleId: string;
  /** The claim a result opens: the claim itself, or the claim evidence is attached to. */
  claimId: string | null;
  title: string;
  /** [start, end) offsets of the matching words in `title`. */
  titleHighlights: [number, number][];
  articleTitle: string;
  /** The best passage of the matching text (title, body or names), cut to ~18 words. */
  snippet: string;
  /** [start, end) offsets of the matching words in `snippet`. */
  highlights: [number, number][];
  status: ClaimStatus | null;
  url: string;
}

interface Row {
  rowid: number;
  kind: SearchKind;
  refId: string;
  articleId: string;
  claimId: string | null;
  title: string;
  articleTitle: string;
  snippet: string;
  status: ClaimStatus | null;
}

const MAX_TITLE = 240;

/**
 * With a filter, a page looks at no more than this many matches (newest first). A rare
 * filter (one reviewer's claims, an old date, a status few claims have) on a common word
 * would otherwise walk every match of the word; instead the page says how far it looked
 * and its cursor goes on from there.
 */
export const SCAN_BUDGET = 10_000;

export interface SearchPage extends Page<SearchResult> {
  query: string;
  /** True when the page stopped at SCAN_BUDGET matches before filling up: there may be more further back. */
  partial: boolean;
}

// The same words searched again while nothing changed (a desk chasing one story) find the same page.
const keptPages = new KeptWhileUnchanged<SearchPage>(64);

/** One page of results the actor may read; `nextCursor` continues after the last match looked at. */
export function searchArchive({ actor, scanBudget = SCAN_BUDGET, ...input }: { actor: Actor; scanBudget?: number } & Partial<SearchInput>): SearchPage {
  const scope = readableArticles(actor);
  const parsed = searchInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return keptPages.get(`${readerKey(actor)}:${scanBudget}:${JSON.stringify(parsed.data)}`, () => readSearchPage(scope, parsed.data, scanBudget));
}

function readSearchPage(scope: SQL, query: z.output<typeof searchInput>, scanBudget: number): SearchPage {
  const { q, type, status, reviewer, from, to, limit, cursor } = query;
  const match = buildFtsQuery(q);
  if (!match) throw invalid([{ path: ['q'], message: 'Type words, a name or a figure to search for.' }]);
  const before = decodeCursor(cursor, z.tuple([z.number().int()]))?.[0];
  // Articles are one search row in hundreds: they have their own index with the same columns.
  const fts = sql.identifier(type === 'article' ? 'article_fts' : 'search_fts');
  const filtered = Boolean((type && type !== 'article') || status || reviewer || from || to);
  const db = getDb();
  // The lowest rowid this page may look at: the SCAN_BUDGET-th match below the cursor.
  const floor = filtered
    ? db.get<{ rowid: number } | undefined>(sql`select rowid from ${fts} where ${fts} match ${match}
        ${before === undefined ? sql`` : sql`and rowid < ${before}`} order by rowid desc limit 1 offset ${scanBudget - 1}`)?.rowid
    : undefined;
  const filters: (SQL | undefined)[] = [
    scope,
    before !== undefined ? sql`${fts}.rowid < ${before}` : undefined,
    floor !== undefined ? sql`${fts}.rowid >= ${floor}` : undefined,
    type && type !== 'article' ? sql`${searchRows.kind} = ${type}` : undefined,
    status ? sql`${claims.status} = ${status}` : undefined,
    reviewer ? sql`${claims.assigneeId} = ${reviewer}` : undefined,
    from ? sql`${searchRows.createdAt} >= ${dayBounds(from).start}` : undefined,
    to ? sql`${searchRows.createdAt} < ${dayBounds(to).end}` : undefined,
  ];
  // Newest first by the index's own rowid: FTS5 walks its matches in that order and stops
  // at the page's end, so a common word costs no more than a rare one.
  const rows = db.all<Row>(sql`
    select ${fts}.rowid as rowid, ${searchRows.kind} as kind, ${searchRows.refId} as refId,
      ${searchRows.articleId} as articleId, ${searchRows.claimId} as claimId,
      highlight(${fts}, 0, ${MARK_OPEN}, ${MARK_CLOSE}) as title, ${articles.title} as articleTitle, ${claims.status} as status,
      snippet(${fts}, -1, ${MARK_OPEN}, ${MARK_CLOSE}, '…', 18) as snippet
    from ${fts}
    join ${searchRows} on ${searchRows.id} = ${fts}.rowid
    join ${articles} on ${articles.id} = ${searchRows.articleId}
    left join ${claims} on ${claims.id} = ${searchRows.claimId}
    where ${fts} match ${match} and ${and(...filters)}
    order by ${fts}.rowid desc
    limit ${limit + 1}`);
  const page = toPage(rows, limit, (r) => [r.rowid], toResult);
  // Not full, and the budget stopped the look before the matches ran out: go on below the floor.
  const partial = floor !== undefined && rows.length <= limit;
  return { ...page, nextCursor: partial ? encodeCursor([floor]) : page.nextCursor, query: match, partial };
}

function toResult(r: Row): SearchResult {
  const { text, highlights } = splitMarks(r.snippet);
  const title = splitMarks(r.title);
  const shortTitle = title.text.length > MAX_TITLE ? `${title.text.slice(0, MAX_TITLE - 1)}…` : title.text;
  return {
    type: r.kind,
    id: r.refId,
    articleId: r.articleId,
    claimId: r.claimId,
    title: shortTitle,
    titleHighlights: title.highlights.filter(([, end]) => end < MAX_TITLE),
    articleTitle: r.articleTitle,
    snippet: text,
    highlights,
    status: r.kind === 'article' ? null : r.status,
    url: r.claimId ? `/articles/${r.articleId}?claim=${r.claimId}` : `/articles/${r.articleId}`,
  };
}

/** The full-text tables the archive keeps (drizzle/0002, 0008); maintenance merges their segments. */
export const FTS_TABLES = ['search_fts', 'checked_fts', 'article_fts'] as const;

/**
 * Merges up to `pages` pages of an FTS5 table's segments into fewer, larger ones (FTS5's
 * 'merge' command; negative means merge even below the automerge threshold, toward one
 * segment). Returns whether there was work to do. Few segments keep every lookup cheap.
 */
export function mergeIndexSlice(table: (typeof FTS_TABLES)[number], pages: number): boolean {
  if (!FTS_TABLES.includes(table)) throw new Error(`Not an archive FTS table: ${table}`);
  const db = getDb();
  const before = db.get<{ n: number }>(sql`select total_changes() as n`)!.n;
  db.run(sql`insert into ${sql.identifier(table)} (${sql.identifier(table)}, rank) values ('merge', ${-Math.abs(pages)})`);
  return db.get<{ n: number }>(sql`select total_changes() as n`)!.n - before >= 2;
}
