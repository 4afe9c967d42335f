// How the outbox asks for delivery: a job on the desk's one background queue (lib/jobs),
// written in the caller's transaction beside the message. One delivery job waits at a time
// (its dedupe key); a message queued while it waits is delivered by that same run.
import type { Db } from '@/db';
import { enqueueJob } from '@/lib/jobs/enqueue';

type Tx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export const OUTBOX_DELIVERY_JOB = 'outbox.deliver';

export function scheduleDelivery(tx: Tx, runAt = new Date()): void {
  enqueueJob(tx, { kind: OUTBOX_DELIVERY_JOB, payload: {}, dedupeKey: OUTBOX_DELIVERY_JOB, runAt, maxAttempts: 5 });
}
