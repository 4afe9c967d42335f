// The one runner of background work, started once per server (instrumentation.ts). It
// takes the oldest due job with a lease, runs it, and records the outcome; a failure is
// retried with backoff; a job whose runner died (its lease ran out) is taken up again, so
// a restart loses nothing.
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { jobs, type Job } from '@/db/schema';
import { setRunnerWaker } from './enqueue';
import { JOB_LANES, jobDefinition, upkeepKinds, type JobLane } from './registry';

export const LEASE_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const MAX_ERROR_CHARS = 2_000;
const PROGRESS_WRITE_MS = 250;

/** Seconds to wait before attempt n+1: 2, 4, 8 … capped at 10 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(600_000, 1_000 * 2 ** attempts);
}

function inLane(lane: JobLane | undefined) {
  if (!lane) return undefined;
  const upkeep = upkeepKinds();
  if (upkeep.length === 0) return lane === 'upkeep' ? sql`0` : undefined;
  return lane === 'upkeep' ? inArray(jobs.kind, upkeep) : notInArray(jobs.kind, upkeep);
}

/** Marks the next due job (of one lane, or of any) as running under a lease and returns it (or null: nothing to do). */
export function claimNextJob(now = new Date(), lane?: JobLane): Job | null {
  const at = now.getTime();
  return getDb().transaction((tx) => {
    const next = tx
      .select()
      .from(jobs)
      .where(and(sql`((${jobs.status} = 'queued' and ${jobs.runAt} <= ${at}) or (${jobs.status} = 'running' and ${jobs.lockedUntil} < ${at}))`, inLane(lane)))
      .orderBy(jobs.runAt)
      .limit(1)
      .get();
    if (!next) return null;
    tx.update(jobs)
      .set({ status: 'running', attempts: next.attempts + 1, lockedUntil: new Date(at + LEASE_MS), updatedAt: now })
      .where(eq(jobs.id, next.id))
      .run();
    return { ...next, status: 'running' as const, attempts: next.attempts + 1, lockedUntil: new Date(at + LEASE_MS) };
    // Immediate: the write lock is taken before the read, so two runners (two processes on
    // one database) can never take the same job.
  }, { behavior: 'immediate' });
}

type Outcome = { ok: true; result: unknown; forget?: boolean } | { ok: false; error: string; permanent?: boolean };

function finish(job: Job, outcome: Outcome, now = new Date()): void {
  const db = getDb();
  const running = and(eq(jobs.id, job.id), eq(jobs.attempts, job.attempts));
  if (outcome.ok && outcome.forget) {
    db.delete(jobs).where(running).run();
    return;
  }
  if (outcome.ok) {
    db.update(jobs).set({ status: 'done', result: outcome.result ?? null, error: null, lockedUntil: null, updatedAt: now, finishedAt: now }).where(running).run();
    return;
  }
  const error = outcome.error.slice(0, MAX_ERROR_CHARS);
  // The same work queued again meanwhile (same key) will redo this; retrying both would be twice.
  const superseded = job.dedupeKey !== null && db.select({ id: jobs.id }).from(jobs)
    .where(and(eq(jobs.dedupeKey, job.dedupeKey), eq(jobs.status, 'queued'))).get() !== undefined;
  const last = outcome.permanent || superseded || job.attempts >= job.maxAttempts;
  db.update(jobs)
    .set(last
      ? { status: 'failed', error, lockedUntil: null, updatedAt: now, finishedAt: now }
      : { status: 'queued', error, lockedUntil: null, runAt: new Date(now.getTime() + backoffMs(job.attempts)), updatedAt: now })
    .where(running)
    .run();
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The job took longer than ${Math.round(ms / 1000)} s and was stopped.`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Runs one due job (of one lane, or of any), if any. Returns whether it found one. `now` is the runner's clock (tests move it). */
export async function runDueJob(now = new Date(), lane?: JobLane): Promise<boolean> {
  const job = claimNextJob(now, lane);
  if (!job) return false;
  const definition = jobDefinition(job.kind);
  if (!definition) {
    finish(job, { ok: false, error: `No job is defined for "${job.kind}".`, permanent: true }, now);
    return true;
  }
  if (job.attempts > job.maxAttempts) {
    finish(job, { ok: false, error: job.error ?? 'The job stopped (its process ended) too many times.', permanent: true }, now);
    return true;
  }
  let payload: unknown;
  try {
    payload = definition.parse(job.payload);
  } catch (error) {
    finish(job, { ok: false, error: `The job's payload is not valid: ${error instanceof Error ? error.message : String(error)}`, permanent: true }, now);
    return true;
  }
  let lastWrite = 0;
  const progress = (done: number, total: number) => {
    const t = Date.now();
    if (t - lastWrite < PROGRESS_WRITE_MS && done < total) return;
    lastWrite = t;
    getDb().update(jobs)
      .set({ progressDone: done, progressTotal: total, lockedUntil: new Date(t + LEASE_MS), updatedAt: new Date(t) })
      .where(and(eq(jobs.id, job.id), eq(jobs.attempts, job.attempts)))
      .run();
  };
  try {
    const result = await withTimeout(Promise.resolve(definition.run(payload, { job, now, progress })), definition.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    finish(job, { ok: true, result, forget: definition.forgetWhenDone }, now);
  } catch (error) {
    console.error(`[claimdesk] job ${job.kind} ${job.id} failed (attempt ${job.attempts} of ${job.maxAttempts}):`, error instanceof Error ? error.message : error);
    finish(job, { ok: false, error: error instanceof Error ? error.message : String(error) }, now);
  }
  return true;
}

interface RunnerState {
  stop: () => Promise<void>;
}
const globalForRunner = globalThis as unknown as { claimdeskJobRunner?: RunnerState };

/** Starts this process's runner (once; a second call returns the first): one loop per lane. */
export function startJobRunner({ pollMs = 1_000 }: { pollMs?: number } = {}): RunnerState {
  if (globalForRunner.claimdeskJobRunner) return globalForRunner.claimdeskJobRunner;
  let stopped = false;
  const wakers = new Set<() => void>();
  const sleep = () => new Promise<void>((resolve) => {
    const timer = setTimeout(done, pollMs);
    function done() { clearTimeout(timer); wakers.delete(done); resolve(); }
    wakers.add(done);
  });
  const wakeAll = () => { for (const wake of [...wakers]) wake(); };
  setRunnerWaker(wakeAll);
  const loops = JOB_LANES.map(async (lane) => {
    while (!stopped) {
      let ran = false;
      try {
        ran = await runDueJob(new Date(), lane);
      } catch (error) {
        // A locked or missing database must not kill the runner; it tries again later.
        console.error(`[claimdesk] the job runner (${lane}) could not take a job`, error);
      }
      if (!stopped) await (ran ? new Promise((r) => setImmediate(r)) : sleep());
    }
  });
  const state: RunnerState = {
    stop: async () => {
      stopped = true;
      wakeAll();
      await Promise.all(loops);
      setRunnerWaker(undefined);
      globalForRunner.claimdeskJobRunner = undefined;
    },
  };
  globalForRunner.claimdeskJobRunner = state;
  return state;
}
