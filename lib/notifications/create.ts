// Writing a notification: never for the person's own action, never to a disabled account,
// once per key, and by email too when the person asked for that type.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { preparedOnConnection } from '@/db/prepared';
import { notifications, outboxMessages, users, type NotificationType } from '@/db/schema';
import { newId } from '@/lib/ids';
import { queueNotificationEmail, renderNotificationEmail } from './email';
import { notificationText, type TextInput } from './text';

type Tx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface NotificationInput {
  userId: string;
  type: NotificationType;
  /** Unique: one notification per event per person (`<audit event id>:<user id>`, or a deadline's). */
  key: string;
  articleId: string | null;
  claimId: string | null;
  actorId: string | null;
  text: Omit<TextInput, 'type'>;
  at: Date;
}

// Several assignments to one person in one transaction (a bulk assignment) become one
// notification that counts them, not fifty. Keyed by the transaction object itself.
const grouped = new WeakMap<object, Map<string, { id: string; count: number; input: NotificationInput }>>();
const GROUPABLE: NotificationType[] = ['assigned', 'unassigned'];

// Prepared once on the connection (db/prepared.ts); runs inside the caller's transaction.
const personStatus = () => preparedOnConnection('notifications.personStatus', (db) =>
  db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, sql.placeholder('id'))).prepare());

/** Returns the id of the notification written (or updated), or null when none was due. */
export function notify(tx: Tx, input: NotificationInput): string | null {
  if (input.actorId && input.userId === input.actorId) return null;
  const person = personStatus().get({ id: input.userId });
  if (!person || person.disabledAt) return null;

  const groupKey = `${input.userId}|${input.type}|${input.articleId}|${input.actorId}`;
  const groups = grouped.get(tx) ?? new Map();
  grouped.set(tx, groups);
  const earlier = GROUPABLE.includes(input.type) ? groups.get(groupKey) : undefined;
  if (earlier) {
    earlier.count += 1;
    const text = notificationText({ ...earlier.input.text, type: input.type, count: earlier.count });
    tx.update(notifications).set({ text }).where(eq(notifications.id, earlier.id)).run();
    // Its email, queued in this same transaction, cannot have gone yet: say the same.
    const queued = tx.select().from(outboxMessages).where(eq(outboxMessages.key, `email:${earlier.id}`)).get();
    if (queued) {
      const payload = { ...queued.payload, ...renderNotificationEmail(earlier.input, text) };
      tx.update(outboxMessages).set({ payload }).where(and(eq(outboxMessages.id, queued.id), eq(outboxMessages.status, 'pending'))).run();
    }
    return earlier.id;
  }

  const id = newId();
  const text = notificationText({ ...input.text, type: input.type });
  const inserted = tx
    .insert(notifications)
    .values({ id, userId: input.userId, type: input.type, key: input.key, articleId: input.articleId, claimId: input.claimId, actorId: input.actorId, text, createdAt: input.at })
    .onConflictDoNothing({ target: notifications.key })
    .run();
  if (inserted.changes === 0) return null;
  if (GROUPABLE.includes(input.type)) groups.set(groupKey, { id, count: 1, input });
  queueNotificationEmail(tx, { ...input, id }, text);
  return id;
}
