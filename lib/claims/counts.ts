// The numbers the navigation shows a reviewer: claims of theirs still open, and how many
// of those are past their due time.
import 'server-only';
import { and, count, eq, isNotNull, lt, notInArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { claims } from '@/db/schema';
import { VERDICTS } from './status';

export function myClaimCounts(userId: string, now = new Date()): { open: number; overdue: number } {
  const db = getDb();
  const open = and(eq(claims.assigneeId, userId), notInArray(claims.status, [...VERDICTS, 'dismissed']));
  return {
    open: db.select({ n: count() }).from(claims).where(open).get()?.n ?? 0,
    overdue: db.select({ n: count() }).from(claims).where(and(open, isNotNull(claims.dueAt), lt(claims.dueAt, now))).get()?.n ?? 0,
  };
}
