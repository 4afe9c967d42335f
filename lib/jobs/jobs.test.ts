// Background jobs: written with the change that causes them, run once, retried with
// backoff, taken up again when their runner died, and never lost.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getDb } from '@/db';
import { jobs } from '@/db/schema';
import { useTestDatabase } from '@/db/test-database';
import { enqueueJob } from './enqueue';
import { defineJob } from './registry';
import { backoffMs, LEASE_MS, runDueJob, startJobRunner } from './runner';

const ran: string[] = [];
const failures = new Map<string, number>();
defineJob({
  kind: 'test.echo',
  parse: (p) => z.object({ name: z.string(), failTimes: z.number().default(0), steps: z.number().default(3) }).parse(p),
  async run({ name, failTimes, steps }, ctx) {
    const failed = failures.get(name) ?? 0;
    if (failed < failTimes) {
      failures.set(name, failed + 1);
      throw new Error(`${name} failed on purpose`);
    }
    for (let i = 1; i <= steps; i++) ctx.progress(i, steps);
    ran.push(name);
    return { greeted: name };
  },
});

defineJob({
  kind: 'test.requeue',
  parse: (p) => z.object({ second: z.boolean() }).parse(p),
  run({ second }) {
    if (second) return 'second run';
    enqueueJob(getDb(), { kind: 'test.requeue', payload: { second: true }, dedupeKey: 'requeue', runAt: new Date(Date.now() + 3_600_000) });
    throw new Error('the first run failed after new work arrived');
  },
});

let releaseSlow: () => void = () => {};
defineJob({
  kind: 'test.slow-upkeep',
  parse: () => ({}),
  lane: 'upkeep',
  run: () => new Promise<void>((resolve) => { releaseSlow = resolve; }),
});

defineJob({
  kind: 'test.housekeeping',
  parse: (p) => z.object({ fail: z.boolean() }).parse(p),
  forgetWhenDone: true,
  run({ fail }) {
    if (fail) throw new Error('housekeeping failed');
    return 'tidied';
  },
});

const job = (id: string) => getDb().select().from(jobs).where(eq(jobs.id, id)).get()!;
const enqueue = (payload: object, extra: { dedupeKey?: string; maxAttempts?: number } = {}) => enqueueJob(getDb(), { kind: 'test.echo', payload, ...extra })!;

describe('background jobs', () => {
  let db: ReturnType<typeof useTestDatabase>;
  beforeAll(() => { db = useTestDatabase(); });
  afterAll(() => db.cleanup());
  // Each test sees only its own jobs: the runner always takes the oldest due one.
  beforeEach(() => { getDb().delete(jobs).where(sql`${jobs.kind} like 'test.%'`).run(); });

  it('exists only if the change that caused it was saved', () => {
    expect(() => getDb().transaction((tx) => {
      enqueueJob(tx, { kind: 'test.echo', payload: { name: 'rolled back' } });
      throw new Error('the change failed');
    })).toThrow('the change failed');
    expect(getDb().select().from(jobs).all()).toEqual([]);
  });

  it('runs a due job once, with its progress and result recorded', async () => {
    const id = enqueue({ name: 'ada', steps: 4 });
    expect(await runDueJob()).toBe(true);
    expect(job(id)).toMatchObject({ status: 'done', attempts: 1, progressDone: 4, progressTotal: 4, result: { greeted: 'ada' }, lockedUntil: null });
    expect(await runDueJob()).toBe(false);
    expect(ran.filter((n) => n === 'ada')).toHaveLength(1);
  });

  it('retries a failing job later, with growing waits, until it works', async () => {
    const id = enqueue({ name: 'flaky', failTimes: 2 });
    const t0 = Date.now();
    await runDueJob(new Date(t0));
    expect(job(id)).toMatchObject({ status: 'queued', attempts: 1, error: 'flaky failed on purpose' });
    expect(job(id).runAt.getTime()).toBe(t0 + backoffMs(1));
    expect(await runDueJob(new Date(t0 + 1))).toBe(false);
    await runDueJob(new Date(t0 + backoffMs(1)));
    expect(job(id)).toMatchObject({ status: 'queued', attempts: 2 });
    expect(job(id).runAt.getTime()).toBe(t0 + backoffMs(1) + backoffMs(2));
    await runDueJob(new Date(t0 + backoffMs(1) + backoffMs(2)));
    expect(job(id)).toMatchObject({ status: 'done', attempts: 3 });
  });

  it('marks a job failed after its last attempt, with the reason', async () => {
    const id = enqueue({ name: 'doomed', failTimes: 99 }, { maxAttempts: 2 });
    const t0 = Date.now();
    await runDueJob(new Date(t0));
    await runDueJob(new Date(t0 + backoffMs(1)));
    expect(job(id)).toMatchObject({ status: 'failed', attempts: 2, error: 'doomed failed on purpose' });
    expect(job(id).finishedAt).not.toBeNull();
  });

  it('takes up a job again when the runner that held it died, never while its lease holds', async () => {
    const id = enqueue({ name: 'orphan' });
    const t0 = Date.now();
    // As a crashed server leaves it: running, lease taken, never finished.
    getDb().update(jobs).set({ status: 'running', attempts: 1, lockedUntil: new Date(t0 + LEASE_MS) }).where(eq(jobs.id, id)).run();
    expect(await runDueJob(new Date(t0 + LEASE_MS - 1))).toBe(false);
    expect(await runDueJob(new Date(t0 + LEASE_MS + 1))).toBe(true);
    expect(job(id)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('keeps one waiting job per key and refuses unknown kinds and bad payloads', async () => {
    const first = enqueue({ name: 'once' }, { dedupeKey: 'greet:once' });
    expect(first).not.toBeNull();
    expect(enqueueJob(getDb(), { kind: 'test.echo', payload: { name: 'once' }, dedupeKey: 'greet:once' })).toBeNull();
    await runDueJob();
    expect(enqueueJob(getDb(), { kind: 'test.echo', payload: { name: 'once' }, dedupeKey: 'greet:once' })).not.toBeNull();
    await runDueJob();
    const unknown = enqueueJob(getDb(), { kind: 'test.nobody-defined-this', payload: {} })!;
    await runDueJob();
    expect(job(unknown)).toMatchObject({ status: 'failed', error: expect.stringMatching(/No job is defined/) });
    const bad = enqueueJob(getDb(), { kind: 'test.echo', payload: { name: 42 } })!;
    await runDueJob();
    expect(job(bad)).toMatchObject({ status: 'failed', attempts: 1, error: expect.stringMatching(/payload is not valid/) });
  });

  it('queues new work with the same key while a job runs, and does not retry a failed run that work supersedes', async () => {
    const first = enqueueJob(getDb(), { kind: 'test.requeue', payload: { second: false }, dedupeKey: 'requeue' })!;
    await runDueJob();
    const queued = getDb().select().from(jobs).where(eq(jobs.kind, 'test.requeue')).all().filter((j) => j.id !== first);
    expect(queued).toMatchObject([{ status: 'queued', dedupeKey: 'requeue', payload: { second: true } }]);
    expect(job(first)).toMatchObject({ status: 'failed', error: 'the first run failed after new work arrived' });
  });

  it('brings a waiting job forward when the same work is wanted sooner, never back', async () => {
    const inAnHour = new Date(Date.now() + 3_600_000);
    const id = enqueueJob(getDb(), { kind: 'test.echo', payload: { name: 'soon' }, dedupeKey: 'greet:soon', runAt: inAnHour })!;
    expect(await runDueJob()).toBe(false);
    expect(enqueueJob(getDb(), { kind: 'test.echo', payload: { name: 'soon' }, dedupeKey: 'greet:soon', runAt: new Date(Date.now() + 7_200_000) })).toBeNull();
    expect(job(id).runAt).toEqual(inAnHour);
    expect(enqueueJob(getDb(), { kind: 'test.echo', payload: { name: 'soon' }, dedupeKey: 'greet:soon' })).toBeNull();
    expect(job(id).runAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await runDueJob()).toBe(true);
    expect(job(id)).toMatchObject({ status: 'done' });
  });

  it('leaves no row for housekeeping that succeeded, and keeps the one that failed', async () => {
    const done = enqueueJob(getDb(), { kind: 'test.housekeeping', payload: { fail: false } })!;
    const failed = enqueueJob(getDb(), { kind: 'test.housekeeping', payload: { fail: true }, maxAttempts: 1 })!;
    await runDueJob();
    await runDueJob();
    expect(getDb().select().from(jobs).where(eq(jobs.id, done)).get()).toBeUndefined();
    expect(job(failed)).toMatchObject({ status: 'failed', error: 'housekeeping failed' });
  });

  it('runs prompt work while long upkeep is still running', async () => {
    const runner = startJobRunner({ pollMs: 60_000 });
    try {
      const slow = enqueueJob(getDb(), { kind: 'test.slow-upkeep', payload: {} })!;
      await expect.poll(() => job(slow).status, { timeout: 20_000 }).toBe('running');
      const quick = enqueue({ name: 'while upkeep runs' });
      await expect.poll(() => job(quick).status, { timeout: 20_000 }).toBe('done');
      expect(job(slow).status).toBe('running');
      releaseSlow();
      await expect.poll(() => job(slow).status, { timeout: 20_000 }).toBe('done');
    } finally {
      releaseSlow();
      await runner.stop();
    }
  });

  it('runs jobs in the background once started, woken by enqueue', async () => {
    const runner = startJobRunner({ pollMs: 60_000 });
    try {
      expect(startJobRunner()).toBe(runner);
      const id = enqueue({ name: 'background' });
      await expect.poll(() => job(id).status, { timeout: 20_000 }).toBe('done');
    } finally {
      await runner.stop();
    }
  });
});
