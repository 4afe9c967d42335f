// The outbox's one way in: a message written in the caller's transaction, so it exists
// exactly when the change that caused it was committed. The unique key makes queuing
// the same event twice a no-op.
import type { Db } from '@/db';
import { outboxMessages, type OutboxChannel } from '@/db/schema';
import { newId } from '@/lib/ids';
import { scheduleDelivery } from './schedule';

type Tx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface OutgoingMessage {
  channel: OutboxChannel;
  /** Unique per intended delivery, e.g. `email:<notification id>` or `webhook:<endpoint>:<event>`. */
  key: string;
  eventType: string;
  /** An email address or a URL, for the delivery log. */
  target: string;
  payload: Record<string, unknown>;
  webhookId?: string | null;
  /** Chosen by the caller when the payload must carry its own delivery id. */
  id?: string;
}

/** Queues a message; returns its id, or null when one with the same key is already queued. */
export function enqueue(tx: Tx, message: OutgoingMessage, now = new Date()): string | null {
  const { id = newId(), ...rest } = message;
  const inserted = tx
    .insert(outboxMessages)
    .values({ id, ...rest, webhookId: message.webhookId ?? null, status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now })
    .onConflictDoNothing({ target: outboxMessages.key })
    .run();
  if (inserted.changes === 0) return null;
  // In the same transaction: delivery is booked exactly when the message exists, and the
  // runner is woken once the caller's transaction has committed.
  scheduleDelivery(tx, now);
  return id;
}
