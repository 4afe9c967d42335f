// What the live streams carry, read from the database: audit events (every change to an
// article or claim) and notifications, each in the order it was written. Their SQLite
// rowids are the positions a client resumes from (`Last-Event-ID: <audit>.<notification>`).
import { and, asc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { auditEvents, claims, notifications, users } from '@/db/schema';

export interface Cursor {
  audit: number;
  notification: number;
}

export interface LiveEventData {
  type: string;
  articleId: string | null;
  claimId?: string;
  actor: { id: string; name: string } | null;
  at: string;
  change?: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
  notification?: { id: string; type: string; text: string; claimId: string | null; createdAt: string };
}

export interface LiveEvent {
  kind: keyof Cursor;
  seq: number;
  articleId: string | null;
  /** People whose own streams carry it too: a claim's assignees before and after, a notification's recipient. */
  userIds: string[];
  /** An account that was just disabled: its streams close. */
  closesUser?: string;
  data: LiveEventData;
}

const AUDIT_SEQ = sql<number>`"audit_events"."rowid"`;
const NOTIFICATION_SEQ = sql<number>`"notifications"."rowid"`;

export function currentCursor(db: Db): Cursor {
  const a = db.select({ n: sql<number>`coalesce(max(rowid), 0)` }).from(auditEvents).get()?.n ?? 0;
  const n = db.select({ n: sql<number>`coalesce(max(rowid), 0)` }).from(notifications).get()?.n ?? 0;
  return { audit: a, notification: n };
}

/** Audit events after `seq`, optionally narrowed, oldest first, as live events. */
export function auditSince(db: Db, seq: number, limit: number, where?: SQL): LiveEvent[] {
  const rows = db
    .select({ seq: AUDIT_SEQ, e: auditEvents, actorName: users.name, assigneeNow: claims.assigneeId })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(claims, and(eq(auditEvents.entityType, 'claim'), eq(claims.id, auditEvents.entityId)))
    .where(and(gt(AUDIT_SEQ, seq), where))
    .orderBy(asc(AUDIT_SEQ))
    .limit(limit)
    .all();
  return rows.map(({ seq: s, e, actorName, assigneeNow }) => {
    const concerned = new Set<string>();
    for (const v of [e.before?.assigneeId, e.after?.assigneeId, assigneeNow]) if (typeof v === 'string' && v) concerned.add(v);
    return {
      kind: 'audit' as const,
      seq: s,
      // A deleted article's event has no article any more; its streams still need to hear of it.
      articleId: e.articleId ?? (e.entityType === 'article' ? e.entityId : null),
      userIds: [...concerned],
      ...(e.action === 'user.disabled' && { closesUser: e.entityId }),
      data: {
        type: e.action,
        articleId: e.articleId ?? (e.entityType === 'article' ? e.entityId : null),
        ...(e.entityType === 'claim' && { claimId: e.entityId }),
        actor: e.actorId ? { id: e.actorId, name: actorName ?? '' } : null,
        at: e.createdAt.toISOString(),
        change: { before: e.before ?? null, after: e.after ?? null },
      },
    };
  });
}

/** Replay for one stream: its article's events and those about the person's own claims. */
export function auditForStream(db: Db, seq: number, limit: number, { articleId, userId }: { articleId: string | null; userId: string }): LiveEvent[] {
  const mine = and(
    eq(auditEvents.entityType, 'claim'),
    or(
      eq(claims.assigneeId, userId),
      sql`json_extract(${auditEvents.after}, '$.assigneeId') = ${userId}`,
      sql`json_extract(${auditEvents.before}, '$.assigneeId') = ${userId}`,
    ),
  );
  return auditSince(db, seq, limit, articleId ? or(eq(auditEvents.articleId, articleId), mine) : mine);
}

export function notificationsSince(db: Db, seq: number, limit: number, userIds?: string[]): LiveEvent[] {
  const rows = db
    .select({ seq: NOTIFICATION_SEQ, n: notifications, actorName: users.name })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .where(and(gt(NOTIFICATION_SEQ, seq), userIds ? inArray(notifications.userId, userIds) : undefined))
    .orderBy(asc(NOTIFICATION_SEQ))
    .limit(limit)
    .all();
  return rows.map(({ seq: s, n, actorName }) => ({
    kind: 'notification' as const,
    seq: s,
    articleId: null,
    userIds: [n.userId],
    data: {
      type: 'notification',
      articleId: n.articleId,
      ...(n.claimId && { claimId: n.claimId }),
      actor: n.actorId ? { id: n.actorId, name: actorName ?? '' } : null,
      at: n.createdAt.toISOString(),
      notification: { id: n.id, type: n.type, text: n.text, claimId: n.claimId, createdAt: n.createdAt.toISOString() },
    },
  }));
}
