// The delivery log admins read, and their "try again now".
import 'server-only';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { outboxAttempts, outboxMessages, type OutboxChannel, type OutboxStatus } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { scheduleDelivery } from './schedule';

export interface DeliveryLogEntry {
  id: string;
  channel: OutboxChannel;
  eventType: string;
  target: string;
  webhookId: string | null;
  status: OutboxStatus;
  attempts: number;
  lastResponseCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
  tries: { at: string; ok: boolean; responseCode: number | null; error: string | null; durationMs: number }[];
}

/** Newest first, with each message's tries (newest first). */
export function listDeliveries({ limit = 50, webhookId, channel }: { limit?: number; webhookId?: string; channel?: OutboxChannel } = {}): DeliveryLogEntry[] {
  const db = getDb();
  const filters = [webhookId ? eq(outboxMessages.webhookId, webhookId) : undefined, channel ? eq(outboxMessages.channel, channel) : undefined].filter(Boolean);
  const rows = db.select().from(outboxMessages).where(filters.length ? and(...filters) : undefined).orderBy(desc(outboxMessages.createdAt)).limit(Math.min(Math.max(limit, 1), 200)).all();
  const tries = rows.length
    ? db.select().from(outboxAttempts).where(inArray(outboxAttempts.messageId, rows.map((r) => r.id))).orderBy(desc(outboxAttempts.at)).all()
    : [];
  return rows.map((m) => ({
    id: m.id,
    channel: m.channel,
    eventType: m.eventType,
    target: m.target,
    webhookId: m.webhookId,
    status: m.status,
    attempts: m.attempts,
    lastResponseCode: m.lastResponseCode,
    lastError: m.lastError,
    nextAttemptAt: m.status === 'pending' ? m.nextAttemptAt.toISOString() : null,
    deliveredAt: m.deliveredAt?.toISOString() ?? null,
    createdAt: m.createdAt.toISOString(),
    tries: tries.filter((t) => t.messageId === m.id).map((t) => ({ at: t.at.toISOString(), ok: t.ok, responseCode: t.responseCode, error: t.error, durationMs: t.durationMs })),
  }));
}

/** Puts a failed or waiting message back at the front of the queue. */
export function retryDelivery(id: string, now = new Date()): void {
  const db = getDb();
  const message = db.select().from(outboxMessages).where(eq(outboxMessages.id, id)).get();
  if (!message) throw new AppError('not_found', 'There is no such delivery.');
  if (message.status === 'delivered') throw new AppError('conflict', 'This was already delivered; nothing to retry.');
  if (message.status === 'sending') throw new AppError('conflict', 'This is being sent right now; wait for the outcome.');
  db.transaction((tx) => {
    tx.update(outboxMessages).set({ status: 'pending', nextAttemptAt: now, attempts: 0 }).where(eq(outboxMessages.id, id)).run();
    scheduleDelivery(tx, now);
  });
}

/** Counts for the admin page's summary line. */
export function deliveryCounts(): Record<OutboxStatus, number> {
  const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, delivered: 0, failed: 0 };
  const rows = getDb().select({ status: outboxMessages.status, n: count() }).from(outboxMessages).groupBy(outboxMessages.status).all();
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}
