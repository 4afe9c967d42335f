// The messages between a pool and its workers, and the shape of a task table. Shared by
// both sides; no Node-specific imports so the types can be read from anywhere.

/** A table of tasks a worker bundle offers: each takes one structured-cloneable input. */
export type TaskTable = Record<string, (input: any) => unknown>;

export type TaskInput<T extends TaskTable, K extends keyof T> = Parameters<T[K]>[0];
export type TaskResult<T extends TaskTable, K extends keyof T> = Awaited<ReturnType<T[K]>>;

/** An error as it crosses the thread boundary: name, message and a machine-readable code. */
export interface SerializedError {
  name: string;
  message: string;
  code?: string;
}

export interface TaskRequest {
  id: number;
  task: string;
  input: unknown;
}

export type TaskReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: SerializedError };
