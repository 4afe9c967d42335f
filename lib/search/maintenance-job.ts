// Keeps the archive's full-text indexes quick: every few hours, merges each FTS5 table's
// segments a small slice at a time (each slice well under 100 ms), yielding between slices
// so requests keep flowing; then schedules its next run. New rows arrive in small
// segments; a lookup probes every segment, so unmerged indexes slow every search.
import { z } from 'zod';
import { getDb, type Db } from '@/db';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { defineJob, yieldToServer } from '@/lib/jobs/registry';
import { FTS_TABLES, mergeIndexSlice } from './queries';

export const SEARCH_MAINTENANCE_JOB = 'search.maintenance';
export const SEARCH_MAINTENANCE_EVERY_MS = 6 * 3_600_000;
const PAGES_PER_SLICE = 200;
const MAX_SLICES = 5_000;

export function enqueueSearchMaintenance(db: Db, runAt = new Date()): string | null {
  return enqueueJob(db, { kind: SEARCH_MAINTENANCE_JOB, payload: {}, dedupeKey: SEARCH_MAINTENANCE_JOB, runAt, maxAttempts: 3 });
}

export const searchMaintenanceJob = defineJob({
  kind: SEARCH_MAINTENANCE_JOB,
  parse: (payload) => z.object({}).parse(payload ?? {}),
  lane: 'upkeep',
  timeoutMs: 60 * 60_000,
  async run(_payload, ctx) {
    const slices: Record<string, number> = {};
    for (const [i, table] of FTS_TABLES.entries()) {
      let n = 0;
      while (n < MAX_SLICES && mergeIndexSlice(table, PAGES_PER_SLICE)) {
        n++;
        await yieldToServer();
      }
      slices[table] = n;
      ctx.progress(i + 1, FTS_TABLES.length);
    }
    enqueueSearchMaintenance(getDb(), new Date(Date.now() + SEARCH_MAINTENANCE_EVERY_MS));
    return { slices };
  },
});
