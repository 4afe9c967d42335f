// Due soon and overdue: not caused by anyone's change, so a periodic scan finds them.
// The key carries the due time, so a claim given a new deadline is announced again,
// and a scan that runs twice (or after a restart) announces nothing twice.
import { and, asc, eq, gt, gte, isNotNull, isNull, lte, notExists, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, claims, notifications, users } from '@/db/schema';
import { env } from '@/lib/env';
import { VERDICTS } from '@/lib/claims/status';
import { notify } from './create';

/** Overdue claims older than this are not announced (a desk switching notifications on, a long outage). */
const OVERDUE_LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;
const BATCH = 500;

/** The notification key of a deadline: `<type>:<claim>:<due time ms>:<assignee>`. */
export function deadlineKey(type: 'due_soon' | 'overdue', claimId: string, dueAt: Date, assigneeId: string): string {
  return `${type}:${claimId}:${dueAt.getTime()}:${assigneeId}`;
}

export function scanDeadlines({ now = new Date(), leadMinutes = env().CLAIMDESK_DUE_SOON_MINUTES }: { now?: Date; leadMinutes?: number } = {}): { considered: number; written: number } {
  const horizon = new Date(now.getTime() + leadMinutes * 60_000);
  const since = new Date(now.getTime() - OVERDUE_LOOKBACK_MS);
  const db = getDb();
  let written = 0;
  let considered = 0;
  // Keyset paging over (due time, id), so a long list is read in bounded batches.
  let cursor: { dueAt: Date; id: string } | null = null;
  for (;;) {
    const page: SQL | undefined = cursor ? or(gt(claims.dueAt, cursor.dueAt), and(eq(claims.dueAt, cursor.dueAt), gt(claims.id, cursor.id))) : gte(claims.dueAt, since);
    const rows: { id: string; articleId: string; statement: string; assigneeId: string | null; dueAt: Date | null; title: string }[] = db
      .select({ id: claims.id, articleId: claims.articleId, statement: claims.statement, assigneeId: claims.assigneeId, dueAt: claims.dueAt, title: articles.title })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .innerJoin(users, eq(users.id, claims.assigneeId))
      .where(and(
        isNotNull(claims.dueAt), gte(claims.dueAt, since), lte(claims.dueAt, horizon), page,
        notInArray(claims.status, [...VERDICTS, 'dismissed']), isNull(users.disabledAt),
        // Already announced (the same key as deadlineKey builds): the scan runs every minute,
        // and without this it would re-read and re-try every claim in its window each time.
        notExists(db.select({ one: sql`1` }).from(notifications).where(eq(notifications.key, sql`(case when ${claims.dueAt} <= ${now.getTime()} then 'overdue' else 'due_soon' end) || ':' || ${claims.id} || ':' || ${claims.dueAt} || ':' || ${claims.assigneeId}`))),
      ))
      .orderBy(asc(claims.dueAt), asc(claims.id))
      .limit(BATCH)
      .all();
    considered += rows.length;
    db.transaction((tx) => {
      for (const r of rows) {
        const type = r.dueAt!.getTime() <= now.getTime() ? 'overdue' : 'due_soon';
        const id = notify(tx, {
          userId: r.assigneeId!, type, key: deadlineKey(type, r.id, r.dueAt!, r.assigneeId!),
          articleId: r.articleId, claimId: r.id, actorId: null, at: now,
          text: { actor: null, articleTitle: r.title, statement: r.statement, dueAt: r.dueAt },
        });
        if (id) written += 1;
      }
    });
    if (rows.length < BATCH) break;
    const last = rows[rows.length - 1]!;
    cursor = { dueAt: last.dueAt!, id: last.id };
  }
  return { considered, written };
}
