// A person's notifications: the bell's list and count, and marking them read.
import 'server-only';
import { and, count, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { preparedOnConnection } from '@/db/prepared';
import { articles, notifications, users, type NotificationType } from '@/db/schema';
import { invalid } from '@/lib/errors';

export interface NotificationJson {
  id: string;
  type: NotificationType;
  articleId: string | null;
  articleTitle: string | null;
  claimId: string | null;
  actor: { id: string; name: string } | null;
  createdAt: string;
  readAt: string | null;
  text: string;
}

export const listQuery = z.object({
  unread: z.enum(['0', '1', 'true', 'false']).optional().transform((v) => v === '1' || v === 'true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
});

/** Newest first. The cursor is "<createdAt ms>.<id>" of the last one on the previous page. */
export function listNotifications(userId: string, input: z.input<typeof listQuery> = {}): { notifications: NotificationJson[]; nextCursor: string | null } {
  const parsed = listQuery.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { unread, limit, cursor } = parsed.data;
  let page;
  if (cursor) {
    const [ms, id] = cursor.split('.', 2);
    const at = new Date(Number(ms));
    if (!id || Number.isNaN(at.getTime())) throw invalid([{ path: ['cursor'], message: 'This cursor is not one Claimdesk gave out.' }]);
    page = or(lt(notifications.createdAt, at), and(eq(notifications.createdAt, at), lt(notifications.id, id)));
  }
  const rows = getDb()
    .select({ n: notifications, actorName: users.name, articleTitle: articles.title })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(articles, eq(articles.id, notifications.articleId))
    .where(and(eq(notifications.userId, userId), unread ? isNull(notifications.readAt) : undefined, page))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit + 1)
    .all();
  const more = rows.length > limit;
  const shown = rows.slice(0, limit).map(({ n, actorName, articleTitle }) => ({
    id: n.id,
    type: n.type,
    articleId: n.articleId,
    articleTitle,
    claimId: n.claimId,
    actor: n.actorId ? { id: n.actorId, name: actorName ?? '' } : null,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
    text: n.text,
  }));
  const last = rows[limit - 1]?.n;
  return { notifications: shown, nextCursor: more && last ? `${last.createdAt.getTime()}.${last.id}` : null };
}

export function unreadCount(userId: string): number {
  // On every page (the bell): built and compiled once.
  const unread = preparedOnConnection('notifications.unread', (db) => db.select({ n: count() }).from(notifications)
    .where(and(eq(notifications.userId, sql.placeholder('userId')), isNull(notifications.readAt))).prepare());
  return unread.get({ userId })?.n ?? 0;
}

export const markReadInput = z.union([
  z.object({ ids: z.array(z.string().min(1).max(100)).min(1, 'Say which notifications to mark read.').max(500) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
], { message: 'Send { "ids": [...] } or { "all": true }.' });

/** Marks the person's own notifications read (others' ids are ignored); returns how many changed. */
export function markRead(userId: string, input: unknown, now = new Date()): { marked: number } {
  const parsed = markReadInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const mine = and(eq(notifications.userId, userId), isNull(notifications.readAt));
  const where = 'all' in parsed.data ? mine : and(mine, inArray(notifications.id, parsed.data.ids));
  return { marked: getDb().update(notifications).set({ readAt: now }).where(where).run().changes };
}
