// Every change writes one audit row in the same transaction as the change itself.
// It is also the one hook for what follows from a change: the notifications it causes,
// the webhooks that hear of it and the live event streams, all without each feature
// growing code of its own for them.
import type { Db } from '@/db';
import { driverValues, preparedOnConnection, rawPlaceholders } from '@/db/prepared';
import { auditEvents, type NewAuditEvent } from '@/db/schema';
import { publishCommitted } from '@/lib/events/publish';
import { newId } from '@/lib/ids';
import { deriveNotifications } from '@/lib/notifications/derive';
import { queueWebhooks } from '@/lib/webhooks/fan-out';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type AuditInput = Omit<NewAuditEvent, 'id' | 'createdAt'>;

/** An audit row as written: what the hooks below are given. */
export interface RecordedEvent extends AuditInput {
  id: string;
  createdAt: Date;
}

// Prepared once on the connection (db/prepared.ts), so it runs in the caller's transaction;
// values bind as the driver stores them (rawPlaceholders, driverValues).
const AUDIT_COLUMNS = ['id', 'actorId', 'articleId', 'entityType', 'entityId', 'action', 'before', 'after', 'createdAt'] as const;
const insertStatement = () => preparedOnConnection('audit.insert', (db) => db.insert(auditEvents)
  .values(rawPlaceholders(AUDIT_COLUMNS) as unknown as NewAuditEvent).prepare());

/** Writes the audit row alone, hooks not run: for a writer that decides itself which rows to follow (a version import). */
export function writeAuditRow(row: RecordedEvent): void {
  insertStatement().run(driverValues(auditEvents, Object.fromEntries(AUDIT_COLUMNS.map((k) => [k, row[k] ?? null]))));
}

export function recordEvent(tx: Db | Tx, event: AuditInput): void {
  const row: RecordedEvent = { id: newId(), createdAt: new Date(), ...event };
  writeAuditRow(row);
  followEvent(tx, row);
}

/** What follows from an audit row: for a row written by other means (a version import's
 * prepared statement) as for one recordEvent wrote. In the same transaction: if the change
 * rolls back, so do its notifications and messages. */
export function followEvent(tx: Db | Tx, row: RecordedEvent): void {
  deriveNotifications(tx, row);
  queueWebhooks(tx, row);
  publishCommitted();
}

/** The fields that changed, as before/after pairs, so history shows only what moved. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    const was = before[key];
    const now = after[key];
    const same = was instanceof Date && now instanceof Date ? was.getTime() === now.getTime() : was === now;
    if (!same) {
      b[key] = was instanceof Date ? was.toISOString() : (was ?? null);
      a[key] = now instanceof Date ? now.toISOString() : (now ?? null);
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}
