// One pass of the outbox: take the messages that are due, each under a lease, try each
// once, and record the outcome. The guarantee is at-least-once: a message is marked
// delivered only after the transport said so, so a crash between the two sends it again
// on the next pass, with the same X-Claimdesk-Delivery id for the receiver to spot it.
import { and, eq, inArray, lte, or, asc, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { outboxAttempts, outboxMessages, type OutboxChannel, type OutboxMessage } from '@/db/schema';
import { newId } from '@/lib/ids';
import { LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from './backoff';
import { sendEmail } from './mail';
import type { DeliveryResult, Transport } from './types';
import { postWebhook } from './webhook';

export const defaultTransports: Record<OutboxChannel, Transport> = { email: sendEmail, webhook: postWebhook };

const due = (now: Date) =>
  or(
    and(eq(outboxMessages.status, 'pending'), lte(outboxMessages.nextAttemptAt, now)),
    // A worker that died mid-delivery leaves its lease behind; once it runs out, try again.
    and(eq(outboxMessages.status, 'sending'), lte(outboxMessages.lockedUntil, now)),
  );

/** When the next message falls due (a retry, or a dead worker's lease running out), if any is waiting. */
export function nextDeliveryDue(): Date | null {
  const row = getDb()
    .select({ at: sql<number | null>`min(case when ${outboxMessages.status} = 'pending' then ${outboxMessages.nextAttemptAt} else ${outboxMessages.lockedUntil} end)` })
    .from(outboxMessages)
    .where(inArray(outboxMessages.status, ['pending', 'sending']))
    .get();
  return row?.at == null ? null : new Date(row.at);
}

/** Marks up to `limit` due messages as being sent by this pass, and returns them. */
export function leaseDue(now: Date, limit: number): OutboxMessage[] {
  return getDb().transaction((tx) => {
    const ids = tx.select({ id: outboxMessages.id }).from(outboxMessages).where(due(now)).orderBy(asc(outboxMessages.nextAttemptAt)).limit(limit).all().map((r) => r.id);
    if (ids.length === 0) return [];
    return tx
      .update(outboxMessages)
      .set({ status: 'sending', lockedUntil: new Date(now.getTime() + LEASE_MS), attempts: sql`${outboxMessages.attempts} + 1` })
      .where(and(inArray(outboxMessages.id, ids), due(now)))
      .returning()
      .all();
  });
}

export function recordOutcome(message: OutboxMessage, result: DeliveryResult, startedAt: Date, finishedAt: Date): void {
  const db = getDb();
  db.transaction((tx) => {
    tx.insert(outboxAttempts)
      .values({
        id: newId(), messageId: message.id, at: startedAt, ok: result.ok, responseCode: result.responseCode ?? null,
        error: result.ok ? null : result.error, durationMs: finishedAt.getTime() - startedAt.getTime(),
      })
      .run();
    const common = { lockedUntil: null, lastResponseCode: result.responseCode ?? null };
    const update = result.ok
      ? { ...common, status: 'delivered' as const, deliveredAt: finishedAt, lastError: null }
      : result.permanent || message.attempts >= MAX_ATTEMPTS
        ? { ...common, status: 'failed' as const, lastError: result.error }
        : { ...common, status: 'pending' as const, lastError: result.error, nextAttemptAt: new Date(finishedAt.getTime() + retryDelayMs(message.attempts)) };
    // Only if this pass still holds it: an admin may have retried or the lease been taken over.
    tx.update(outboxMessages).set(update).where(and(eq(outboxMessages.id, message.id), eq(outboxMessages.status, 'sending'))).run();
  });
}

export interface PassOptions {
  now?: Date;
  limit?: number;
  transports?: Partial<Record<OutboxChannel, Transport>>;
}

/** Delivers what is due now; returns how many messages were tried. */
export async function deliverDue({ now = new Date(), limit = 20, transports = {} }: PassOptions = {}): Promise<number> {
  const batch = leaseDue(now, limit);
  await Promise.all(
    batch.map(async (message) => {
      const transport = transports[message.channel] ?? defaultTransports[message.channel];
      const started = new Date();
      let result: DeliveryResult;
      try {
        result = await transport(message);
      } catch (error) {
        result = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      // Outcomes are timed from the pass's clock, so a test that steps `now` steps the retries too.
      const finished = new Date(now.getTime() + (Date.now() - started.getTime()));
      recordOutcome(message, result, now, finished);
    }),
  );
  return batch.length;
}
