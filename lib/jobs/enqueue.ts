// "Do this later": a job row written in the caller's transaction, so the job exists if and
// only if the change that caused it was saved. The server's runner (./runner.ts) runs it.
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '@/db';
import { jobs } from '@/db/schema';
import { newId } from '@/lib/ids';

type Tx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface EnqueueJob {
  kind: string;
  payload: unknown;
  /** What the job is about ("article:ID"), for showing its progress. */
  subject?: string;
  /** While a job with this key is queued (not yet running), enqueueing another adds none; it only
   * brings the waiting one forward when this one is wanted sooner. */
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

/** Returns the job's id, or null when an identical job (same dedupeKey) is already waiting. */
export function enqueueJob(tx: Tx, job: EnqueueJob): string | null {
  const id = newId();
  const now = new Date();
  const inserted = tx
    .insert(jobs)
    .values({
      id, kind: job.kind, payload: job.payload ?? null, subject: job.subject ?? null, dedupeKey: job.dedupeKey ?? null,
      runAt: job.runAt ?? now, maxAttempts: job.maxAttempts ?? 5, createdAt: now, updatedAt: now,
    })
    // The only unique index a new job can hit is the one-queued-job-per-key one.
    .onConflictDoNothing()
    .run();
  if (inserted.changes === 0) {
    // The same work, wanted sooner (a new email while a retry waits for later): the waiting
    // job moves forward instead of making the new work wait with it.
    const sooner = tx
      .update(jobs)
      .set({ runAt: job.runAt ?? now, updatedAt: now })
      .where(and(eq(jobs.dedupeKey, job.dedupeKey!), eq(jobs.status, 'queued'), gt(jobs.runAt, job.runAt ?? now)))
      .run();
    if (sooner.changes > 0) wakeRunner();
    return null;
  }
  wakeRunner();
  return id;
}

const globalForRunner = globalThis as unknown as { claimdeskWakeRunner?: () => void };

/** Tells this process's runner, if it has one, to look now rather than at its next poll. */
export function wakeRunner(): void {
  const wake = globalForRunner.claimdeskWakeRunner;
  if (wake) setImmediate(wake);
}

export function setRunnerWaker(wake: (() => void) | undefined): void {
  globalForRunner.claimdeskWakeRunner = wake;
}
