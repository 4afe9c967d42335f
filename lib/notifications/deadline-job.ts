// The deadline scan as a recurring background job (lib/jobs): once a minute it writes the
// "due soon" and "overdue" notifications that have come due, then books its next run.
// A restart finds the booked run in the database; two processes never scan at once.
import { z } from 'zod';
import { getDb, type Db } from '@/db';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { defineJob } from '@/lib/jobs/registry';
import { scanDeadlines } from './deadlines';

export const DEADLINE_SCAN_JOB = 'notifications.deadline_scan';
export const DEADLINE_SCAN_EVERY_MS = 60_000;

export function enqueueDeadlineScan(db: Db, runAt = new Date()): string | null {
  return enqueueJob(db, { kind: DEADLINE_SCAN_JOB, payload: {}, dedupeKey: DEADLINE_SCAN_JOB, runAt, maxAttempts: 3 });
}

export const deadlineScanJob = defineJob({
  kind: DEADLINE_SCAN_JOB,
  parse: (payload) => z.object({}).parse(payload ?? {}),
  forgetWhenDone: true,
  timeoutMs: 5 * 60_000,
  run(_payload, ctx) {
    const outcome = scanDeadlines({ now: ctx.now });
    enqueueDeadlineScan(getDb(), new Date(ctx.now.getTime() + DEADLINE_SCAN_EVERY_MS));
    return outcome;
  },
});
