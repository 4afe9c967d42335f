// The write side of the live event stream. Changes need not call anything: every change
// writes an audit event (lib/audit/record-event.ts), and the hub reads those. This only
// wakes the hub so a change made in this process reaches open streams at once instead of
// at the next poll; it runs after the current synchronous transaction has committed.
const key = Symbol.for('claimdesk.events.wake');
type Holder = { [key]?: () => void };

export function setEventsWake(fn: (() => void) | undefined): void {
  (globalThis as Holder)[key] = fn;
}

export function publishCommitted(): void {
  const fn = (globalThis as Holder)[key];
  if (fn) setImmediate(fn);
}
