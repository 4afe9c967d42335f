// A pool of worker threads for heavy or untrusted work (parsing a stranger's document, a
// large export) so that the request thread keeps answering everyone else. Each task has a
// time limit: a worker that overruns it is terminated and replaced, and the caller gets a
// WorkerTimeoutError it can turn into words. A worker that dies (out of memory, a crash)
// is replaced the same way.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { SerializedError, TaskInput, TaskReply, TaskResult, TaskTable } from './protocol';

export class WorkerTimeoutError extends Error {
  constructor(readonly task: string, readonly timeoutMs: number) {
    super(`The task "${task}" took longer than ${timeoutMs} ms and was stopped.`);
    this.name = 'WorkerTimeoutError';
  }
}

/** The worker died under the task (out of memory, a native crash), or the pool was closed. */
export class WorkerCrashedError extends Error {
  constructor(readonly task: string, readonly reason: string) {
    super(`The task "${task}" stopped its worker: ${reason}.`);
    this.name = 'WorkerCrashedError';
  }
}

/** More tasks are waiting than the pool accepts; the caller should ask again later. */
export class WorkerBusyError extends Error {
  constructor(readonly waiting: number) {
    super(`${waiting} tasks are already waiting for a worker.`);
    this.name = 'WorkerBusyError';
  }
}

/** An error thrown inside the task, carried across the thread boundary. */
export class WorkerTaskError extends Error {
  readonly code?: string;
  constructor(error: SerializedError) {
    super(error.message);
    this.name = error.name;
    this.code = error.code;
  }
}

export interface PoolOptions {
  /** Absolute path of the worker bundle (see lib/workers/bundles.ts). */
  script: string | (() => string);
  /** Worker threads kept at most; they start on first use. */
  size?: number;
  /** Default time limit per task, from the moment a worker takes it. */
  timeoutMs?: number;
  /** Tasks that may wait for a free worker before run() refuses with WorkerBusyError. */
  maxWaiting?: number;
  resourceLimits?: ResourceLimits;
  /** Turns an error thrown inside a task back into the caller's own error class. */
  reviveError?: (error: SerializedError) => Error;
}

interface Job {
  id: number;
  task: string;
  input: unknown;
  timeoutMs: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export class WorkerPool<T extends TaskTable> {
  private readonly slots = new Set<Slot>();
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly maxWaiting: number;

  constructor(private readonly options: PoolOptions) {
    this.size = Math.max(1, options.size ?? 2);
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.maxWaiting = options.maxWaiting ?? 100;
  }

  /** Runs one task on a worker; rejects with the task's own error, WorkerTimeoutError, WorkerCrashedError or WorkerBusyError. */
  run<K extends keyof T & string>(task: K, input: TaskInput<T, K>, options: { timeoutMs?: number } = {}): Promise<TaskResult<T, K>> {
    if (this.closed) return Promise.reject(new WorkerCrashedError(task, 'the pool is closed'));
    if (this.waiting.length >= this.maxWaiting) return Promise.reject(new WorkerBusyError(this.waiting.length));
    return new Promise<TaskResult<T, K>>((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, task, input, timeoutMs: options.timeoutMs ?? this.timeoutMs, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; waiting and running tasks are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new WorkerCrashedError(job.task, 'the pool is closed'));
    await Promise.all([...this.slots].map((slot) => this.retire(slot, new WorkerCrashedError(slot.job?.task ?? '', 'the pool is closed'))));
  }

  /** Workers currently alive (for tests and diagnostics). */
  get threads(): number {
    return this.slots.size;
  }

  private dispatch(): void {
    while (this.waiting.length) {
      let slot = [...this.slots].find((s) => !s.job);
      if (!slot) {
        if (this.slots.size >= this.size) return;
        slot = this.spawn();
      }
      this.start(slot, this.waiting.shift()!);
    }
  }

  private spawn(): Slot {
    const script = typeof this.options.script === 'function' ? this.options.script() : this.options.script;
    const worker = new Worker(script, { resourceLimits: this.options.resourceLimits });
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (reply: TaskReply) => this.finish(slot, reply));
    worker.on('error', (error) => void this.retire(slot, new WorkerCrashedError(slot.job?.task ?? '', error.message)));
    worker.on('exit', (code) => void this.retire(slot, new WorkerCrashedError(slot.job?.task ?? '', `its thread exited with code ${code}`)));
    // An idle worker must not keep a script or a test run alive.
    worker.unref();
    this.slots.add(slot);
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => void this.retire(slot, new WorkerTimeoutError(job.task, job.timeoutMs)), job.timeoutMs);
    slot.worker.postMessage({ id: job.id, task: job.task, input: job.input });
  }

  private finish(slot: Slot, reply: TaskReply): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    slot.worker.unref();
    if (reply.ok) job.resolve(reply.result);
    else job.reject(this.options.reviveError?.(reply.error) ?? new WorkerTaskError(reply.error));
    this.dispatch();
  }

  /** Takes a worker out of the pool (its task, if any, fails with `error`) and lets another start in its place. */
  private async retire(slot: Slot, error: Error): Promise<void> {
    if (!this.slots.delete(slot)) return;
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    if (job) job.reject(error);
    await slot.worker.terminate().catch(() => {});
    if (!this.closed) this.dispatch();
  }
}
