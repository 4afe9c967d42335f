// The SQL behind "checked before?": the shortlist from checked_fts (claims with a verdict
// only, kept by triggers), word rarity from its vocabulary, the candidates' rows, and what
// the desk already decided about each match.
import 'server-only';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { preparedOnConnection } from '@/db/prepared';
import type { Reader } from '@/lib/claims/queries';
import { articles, articleStats, auditEvents, checkedWords, claimMatches, claims, evidence, searchRows, type ClaimStatus, type MatchState } from '@/db/schema';
import { readableArticles } from '@/lib/articles/access';
import type { Actor } from '@/lib/auth/permissions';

/** Claims with a verdict in the archive: the N of the word-rarity weights. */
export function checkedClaimCount(db: Reader): number {
  const row = db.select({ n: sql<number>`coalesce(sum(${articleStats.confirmed} + ${articleStats.disputed} + ${articleStats.singleSource}), 0)` }).from(articleStats).get();
  return Number(row?.n ?? 0);
}

/** Below this many checked claims, asking the FTS vocabulary directly is cheap enough. */
export const SMALL_ARCHIVE = 20_000;

/**
 * In how many checked claims each token appears (tokens as the unicode61 tokenizer makes
 * them). A large archive reads checked_words (refreshed by ./word-stats-job.ts); a word it
 * lacks is newer than the last refresh, so rare: 0. A small archive, or one whose words
 * were never counted, asks checked_vocab, which walks each word's postings.
 */
export function documentFrequencies(tokens: string[], source: 'table' | 'vocabulary'): Map<string, number> {
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  if (source === 'table') {
    const counted = preparedOnConnection('matching.wordCounts', (on) => on.select({ term: checkedWords.term, docs: checkedWords.docs }).from(checkedWords)
      .where(sql`${checkedWords.term} in (select value from json_each(${sql.placeholder('terms')}))`).prepare());
    for (const r of counted.all({ terms: JSON.stringify(tokens) })) out.set(r.term, r.docs);
    return out;
  }
  const vocabulary = preparedOnConnection('matching.vocabulary', (on) => on.select({ doc: sql<number>`doc` }).from(sql`checked_vocab`)
    .where(sql`term = ${sql.placeholder('term')}`).prepare());
  for (const token of tokens) {
    const row = vocabulary.get({ term: token });
    if (row) out.set(token, row.doc);
  }
  return out;
}

/** Where word counts come from for an archive of this many checked claims (see documentFrequencies). */
export function wordCountSource(db: Reader, documents: number): 'table' | 'vocabulary' {
  if (documents < SMALL_ARCHIVE) return 'vocabulary';
  return db.select({ term: checkedWords.term }).from(checkedWords).limit(1).get() ? 'table' : 'vocabulary';
}

/** One slice of checked_fts's vocabulary, in term order after `after`. */
export function vocabularyChunk(db: Reader, after: string, size: number): { term: string; docs: number }[] {
  return db.all<{ term: string; docs: number }>(sql`select term, doc as docs from checked_vocab where term > ${after} order by term limit ${size}`);
}

export function saveWordCounts(db: Reader, rows: { term: string; docs: number }[], at: Date): void {
  for (let i = 0; i < rows.length; i += 300) {
    db.insert(checkedWords).values(rows.slice(i, i + 300).map((r) => ({ ...r, refreshedAt: at })))
      .onConflictDoUpdate({ target: checkedWords.term, set: { docs: sql`excluded.docs`, refreshedAt: sql`excluded.refreshed_at` } })
      .run();
  }
}

/** Words no longer in any checked claim (not seen by the refresh that started at `at`). */
export function dropWordsCountedBefore(db: Reader, at: Date): number {
  return db.delete(checkedWords).where(sql`${checkedWords.refreshedAt} < ${at.getTime()}`).run().changes;
}

/** The best-ranked checked claims for an FTS5 OR-query, by bm25 (names weigh double). */
export function shortlist(match: string, limit: number): number[] {
  const best = preparedOnConnection('matching.shortlist', (on) => on.select({ rowid: sql<number>`rowid` }).from(sql`checked_fts`)
    .where(sql`checked_fts match ${sql.placeholder('match')}`).orderBy(sql`bm25(checked_fts, 1.0, 2.0)`).limit(sql.placeholder('limit')).prepare());
  return best.all({ match, limit }).map((r) => r.rowid);
}

export interface CandidateRow {
  claimId: string;
  articleId: string;
  articleTitle: string;
  statement: string;
  quote: string;
  attribution: string | null;
  status: ClaimStatus;
  updatedAt: Date;
}

/** What a candidate row reads: the claim and its article's title (a claim joined to its article). */
const CANDIDATE_COLUMNS = {
  claimId: claims.id, articleId: claims.articleId, articleTitle: articles.title, statement: claims.statement, quote: claims.quote,
  attribution: claims.attributionSource, status: claims.status, updatedAt: claims.updatedAt,
};

const dialect = new SQLiteSyncDialect();
/** A prepared statement per distinct access condition (today one: see readableArticles). */
const conditionKey = (condition: SQL) => JSON.stringify(dialect.sqlToQuery(condition));

/** The shortlisted claims the actor may read, outside the given article, still with a verdict. */
export function candidateRows(actor: Actor, rowids: number[], excludeArticleId: string): CandidateRow[] {
  if (rowids.length === 0) return [];
  const readable = readableArticles(actor);
  const candidates = preparedOnConnection(`matching.candidates ${conditionKey(readable)}`, (on) => on
    .select(CANDIDATE_COLUMNS)
    .from(searchRows)
    .innerJoin(claims, eq(claims.id, searchRows.refId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(and(
      readable,
      sql`${searchRows.id} in (select value from json_each(${sql.placeholder('rowids')}))`,
      eq(searchRows.kind, 'claim'),
      sql`${claims.articleId} <> ${sql.placeholder('exclude')}`,
      inArray(claims.status, ['confirmed', 'disputed', 'single_source']),
    ))
    .prepare());
  return candidates.all({ rowids: JSON.stringify(rowids), exclude: excludeArticleId });
}

/**
 * When each claim got its current verdict (its newest audit event that set that status), and
 * its evidence count: one statement for all the rows, each claim's events through the
 * (entity_type, entity_id, created_at) index.
 */
export function verdictDetails(rows: Pick<CandidateRow, 'claimId' | 'status' | 'updatedAt'>[]): Map<string, { checkedAt: Date; evidenceCount: number }> {
  const out = new Map<string, { checkedAt: Date; evidenceCount: number }>();
  if (rows.length === 0) return out;
  const details = preparedOnConnection('matching.verdictDetails', (on) => {
    // Each row of json_each is a [claimId, status] pair.
    const claimId = sql`j.value ->> '$[0]'`;
    const status = sql`j.value ->> '$[1]'`;
    return on
      .select({
        claimId: sql<string>`${claimId}`,
        at: sql<number | null>`(select max(${auditEvents.createdAt}) from ${auditEvents} where ${auditEvents.entityType} = 'claim'
          and ${auditEvents.entityId} = ${claimId} and json_extract(${auditEvents.after}, '$.status') = ${status})`,
        n: sql<number>`(select count(*) from ${evidence} where ${evidence.claimId} = ${claimId})`,
      })
      .from(sql`json_each(${sql.placeholder('rows')}) j`)
      .prepare();
  });
  const found = new Map(details.all({ rows: JSON.stringify(rows.map((r) => [r.claimId, r.status])) }).map((r) => [r.claimId, r]));
  for (const r of rows) {
    const d = found.get(r.claimId);
    out.set(r.claimId, { checkedAt: d?.at != null ? new Date(d.at) : r.updatedAt, evidenceCount: d?.n ?? 0 });
  }
  return out;
}

export interface StoredMatch {
  matchClaimId: string;
  state: MatchState;
  score: number;
  decidedAt: Date | null;
  decidedBy: string | null;
}

/** What the desk decided about this claim's matches (suggested at import, reused, dismissed). */
export function storedMatches(db: Reader, claimId: string): StoredMatch[] {
  return db
    .select({ matchClaimId: claimMatches.matchClaimId, state: claimMatches.state, score: claimMatches.score, decidedAt: claimMatches.decidedAt, decidedBy: claimMatches.decidedById })
    .from(claimMatches)
    .where(eq(claimMatches.claimId, claimId))
    .all();
}

/** The claims a stored match points at, whatever their status now, for "verdict reused from …". */
export function matchedClaimRows(db: Reader, actor: Actor, claimIds: string[]): CandidateRow[] {
  if (claimIds.length === 0) return [];
  return db
    .select(CANDIDATE_COLUMNS)
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(and(readableArticles(actor), inArray(claims.id, claimIds)))
    .all();
}

/** The claim to match, if the actor may read its article. */
export function claimToMatch(db: Reader, actor: Actor, claimId: string) {
  return db
    .select({ id: claims.id, articleId: claims.articleId, statement: claims.statement, quote: claims.quote, attributionSource: claims.attributionSource, status: claims.status })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(and(readableArticles(actor), eq(claims.id, claimId)))
    .get() ?? null;
}

/** Every claim of an article, for matching them all at import. */
export function articleClaimsToMatch(db: Reader, articleId: string) {
  return db
    .select({ id: claims.id, articleId: claims.articleId, statement: claims.statement, quote: claims.quote, attributionSource: claims.attributionSource, status: claims.status })
    .from(claims)
    .where(eq(claims.articleId, articleId))
    .orderBy(claims.start)
    .all();
}
