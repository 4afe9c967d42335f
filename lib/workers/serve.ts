// The worker side: answers each task request from the pool with the task's result or its
// error. A bundle's entry calls serveTasks(table) once (see lib/workers/build.ts).
import { parentPort } from 'node:worker_threads';
import type { SerializedError, TaskReply, TaskRequest, TaskTable } from './protocol';

function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { name: 'Error', message: String(error) };
}

export function serveTasks(tasks: TaskTable): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks() runs inside a worker thread only.');
  port.on('message', async ({ id, task, input }: TaskRequest) => {
    let reply: TaskReply;
    try {
      const run = Object.hasOwn(tasks, task) ? tasks[task] : undefined;
      if (!run) throw new Error(`This worker has no task called "${task}".`);
      reply = { id, ok: true, result: await run(input) };
    } catch (error) {
      reply = { id, ok: false, error: serializeError(error) };
    }
    port.postMessage(reply);
  });
}
