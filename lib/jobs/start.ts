// Starts the server's job runner with every job definition loaded: the desk's one home for
// background work (matching, search upkeep, word counts, outbox delivery, the deadline
// scan). Called once from instrumentation.ts when the Node.js server boots (unless
// CLAIMDESK_JOBS=off, checked there).
import { getDb } from '@/db';
import { env } from '@/lib/env';
import { enqueueWordStats } from '@/lib/matching/word-stats-job';
import { enqueueDeadlineScan } from '@/lib/notifications/deadline-job';
import { scheduleDelivery } from '@/lib/outbox/schedule';
import { enqueueSearchMaintenance } from '@/lib/search/maintenance-job';
import './definitions';
import { startJobRunner } from './runner';

export function startServerJobs(): void {
  const settings = env();
  // Recurring work starts its chain here; each run schedules the next (one queued per key).
  try {
    enqueueWordStats(getDb());
    enqueueSearchMaintenance(getDb());
    enqueueDeadlineScan(getDb());
    // Messages left waiting by a process that stopped (or by an older version of the app).
    scheduleDelivery(getDb());
  } catch (error) {
    console.error('[claimdesk] could not schedule the archive’s recurring jobs', error);
  }
  startJobRunner({ pollMs: settings.CLAIMDESK_JOB_POLL_MS });
}
