// Runs the document tasks (document-tasks.ts) on the worker pool and turns the pool's
// failures into import errors a journalist can act on. Only types come from the tasks
// module, so the server never loads jsdom on its request thread.
import { WorkerBusyError, WorkerCrashedError, WorkerPool, WorkerTimeoutError } from '@/lib/workers/pool';
import { workerBundlePath } from '@/lib/workers/bundles';
import type { TaskInput, TaskResult } from '@/lib/workers/protocol';
import type { DocumentTasks } from './document-tasks';
import { IMPORT_ERROR_CODES, ImportError, type ImportErrorCode } from './errors';

/**
 * Longest a document may take to read. The bounds in bounded-html.ts keep every accepted
 * document to a few seconds of work; this is the backstop for what they miss, with room
 * for a machine busy with other work (a 1 MB page took 25 s at a load of 9 on 2 cores).
 */
export const DOCUMENT_TIME_LIMIT_MS = 45_000;

let pool: WorkerPool<DocumentTasks> | null = null;

function documents(): WorkerPool<DocumentTasks> {
  pool ??= new WorkerPool<DocumentTasks>({
    script: () => workerBundlePath('documents'),
    size: 2,
    timeoutMs: DOCUMENT_TIME_LIMIT_MS,
    maxWaiting: 20,
    // A hostile document must not take the server's memory with it.
    resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
    reviveError: (e) =>
      e.name === 'ImportError' && IMPORT_ERROR_CODES.includes(e.code as ImportErrorCode) ? new ImportError(e.code as ImportErrorCode, e.message) : Object.assign(new Error(e.message), { name: e.name }),
  });
  return pool;
}

/** Reads a document on a worker thread; every failure of the worker becomes an ImportError. */
export async function readInWorker<K extends keyof DocumentTasks & string>(
  task: K,
  input: TaskInput<DocumentTasks, K>,
  what = 'This document',
  { timeoutMs = DOCUMENT_TIME_LIMIT_MS }: { timeoutMs?: number } = {},
): Promise<TaskResult<DocumentTasks, K>> {
  try {
    return await documents().run(task, input, { timeoutMs });
  } catch (error) {
    if (error instanceof WorkerTimeoutError) {
      throw new ImportError('too_complex', `${what} is too deeply nested or too large to read safely: reading it took longer than ${error.timeoutMs / 1000} seconds, so Claimdesk stopped. Paste the article's text instead.`, { cause: error });
    }
    const stackOverflow = error instanceof Error && error.name === 'RangeError' && /call stack/i.test(error.message);
    if ((error instanceof WorkerCrashedError && /memory/i.test(error.reason)) || stackOverflow) {
      throw new ImportError('too_complex', `${what} is too large or too complex to read safely: reading it used more memory than Claimdesk allows. Paste the article's text instead.`, { cause: error });
    }
    if (error instanceof WorkerBusyError) {
      throw new ImportError('busy', 'Claimdesk is reading many documents at the moment. Try again in a minute.', { cause: error });
    }
    throw error;
  }
}

/** Stops the pool's workers (tests, and scripts that want to exit at once). */
export async function closeDocumentWorkers(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}
