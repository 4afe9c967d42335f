// Every change writes one audit row in the same transaction as the change itself.
import type { Db } from '@/db';
import { auditEvents, type NewAuditEvent } from '@/db/schema';
import { newId } from '@/lib/ids';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type AuditInput = Omit<NewAuditEvent, 'id' | 'createdAt'>;

export function recordEvent(tx: Db | Tx, event: AuditInput): void {
  tx.insert(auditEvents).values({ id: newId(), createdAt: new Date(), ...event }).run();
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
