// Claim numbers: "claim 6" must mean the same claim in comments, exports and conversation for
// the life of the article. Numbers are given in the transaction that creates the claims, from a
// per-article counter (articles.last_claim_number), so adding, splitting, merging or a new
// version never renumbers, and a number freed by a merge is never handed out again.
import { eq, sql } from 'drizzle-orm';
import { articles } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { Reader } from './queries';

/** Reserves `count` new numbers for claims of this article; call inside the creating transaction. */
export function takeClaimNumbers(tx: Reader, articleId: string, count: number): number[] {
  if (count <= 0) return [];
  const row = tx
    .update(articles)
    .set({ lastClaimNumber: sql`${articles.lastClaimNumber} + ${count}` })
    .where(eq(articles.id, articleId))
    .returning({ last: articles.lastClaimNumber })
    .get();
  if (!row) throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
  const first = row.last - count + 1;
  return Array.from({ length: count }, (_, i) => first + i);
}

/** One new number; see takeClaimNumbers. */
export function takeClaimNumber(tx: Reader, articleId: string): number {
  return takeClaimNumbers(tx, articleId, 1)[0]!;
}

/** Numbers for claims saved with their article: 1… in order of position in the body. */
export function numbersByPosition<T extends { start: number; end: number }>(claims: readonly T[]): number[] {
  const order = claims.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start || a.c.end - b.c.end || a.i - b.i);
  const numbers = new Array<number>(claims.length);
  order.forEach(({ i }, rank) => (numbers[i] = rank + 1));
  return numbers;
}
