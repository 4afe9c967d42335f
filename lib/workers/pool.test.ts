import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkerBundle } from './build';
import type { tasks } from './fixtures/test-tasks';
import { WorkerBusyError, WorkerPool, WorkerTaskError, WorkerTimeoutError } from './pool';

let dir = '';
let script = '';
const pools: WorkerPool<typeof tasks>[] = [];
const pool = (options: Partial<ConstructorParameters<typeof WorkerPool>[0]> = {}) => {
  const p = new WorkerPool<typeof tasks>({ script, size: 1, timeoutMs: 5_000, ...options });
  pools.push(p);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'claimdesk-workers-'));
  script = path.join(dir, 'test-tasks.mjs');
  buildWorkerBundle('lib/workers/fixtures/test-tasks.ts', script);
});

afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('WorkerPool', () => {
  it('runs tasks on a worker thread and returns their results', async () => {
    const p = pool({ size: 2 });
    expect(await p.run('double', 21)).toBe(42);
    expect(await Promise.all(['a', 'b', 'c'].map((s) => p.run('echoLater', s)))).toEqual(['a', 'b', 'c']);
    expect(await p.run('threadId', undefined)).toBeGreaterThan(0);
    expect(p.threads).toBeLessThanOrEqual(2);
  });

  it("carries a task's error across with its name and code, and the worker stays usable", async () => {
    const p = pool();
    const error = await p.run('fail', 'no such thing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerTaskError);
    expect(error).toMatchObject({ name: 'PickyError', code: 'picky', message: 'no such thing' });
    expect(await p.run('double', 2)).toBe(4);
  });

  it('revives errors into the caller’s own class', async () => {
    class Picky extends Error {}
    const p = pool({ reviveError: (e) => new Picky(e.message) });
    await expect(p.run('fail', 'x')).rejects.toBeInstanceOf(Picky);
  });

  it('stops a task that overruns its limit, replaces the worker, and runs the next task', async () => {
    const p = pool();
    const before = await p.run('threadId', undefined);
    const error = await p.run('spin', undefined, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerTimeoutError);
    expect(error).toMatchObject({ task: 'spin', timeoutMs: 300 });
    const after = await p.run('threadId', undefined);
    expect(after).not.toBe(before);
    expect(await p.run('double', 5)).toBe(10);
  });

  it('keeps the calling thread free while a worker spins', async () => {
    const p = pool();
    const spinning = p.run('spin', undefined, { timeoutMs: 600 }).catch((e: unknown) => e);
    // Timers on this thread still fire while the worker is busy.
    const ticks = await new Promise<number>((resolve) => {
      let n = 0;
      const t = setInterval(() => {
        if (++n === 5) {
          clearInterval(t);
          resolve(n);
        }
      }, 10);
    });
    expect(ticks).toBe(5);
    expect(await spinning).toBeInstanceOf(WorkerTimeoutError);
  });

  it('refuses new tasks when too many are waiting', async () => {
    const p = pool({ maxWaiting: 1 });
    const running = p.run('spin', undefined, { timeoutMs: 500 }).catch((e: unknown) => e);
    const waitingOne = p.run('double', 1);
    await expect(p.run('double', 2)).rejects.toBeInstanceOf(WorkerBusyError);
    expect(await running).toBeInstanceOf(WorkerTimeoutError);
    expect(await waitingOne).toBe(2);
  });
});
