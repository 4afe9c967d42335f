// A wake-up call from a change to the running outbox worker of this process, if any.
// Kept on globalThis: Next.js may load a module once per bundle layer in one process.
const key = Symbol.for('claimdesk.outbox.nudge');
type Holder = { [key]?: () => void };

export function setOutboxNudge(fn: (() => void) | undefined): void {
  (globalThis as Holder)[key] = fn;
}

export function nudgeOutbox(): void {
  const fn = (globalThis as Holder)[key];
  if (fn) setImmediate(fn);
}
