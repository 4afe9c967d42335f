// How long the outbox waits before trying a failed delivery again. Deterministic (no
// jitter): one process delivers, so there is no herd to spread, and tests can step time.

/** After this many failed tries a message is marked failed and shown to admins. */
export const MAX_ATTEMPTS = 8;

const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 6 * 60 * 60 * 1000;

/** The wait after the n-th failed try (n from 1): 30 s, 2 min, 8 min, 32 min, ~2 h, then 6 h. */
export function retryDelayMs(failedAttempts: number): number {
  const n = Math.max(1, failedAttempts);
  return Math.min(FIRST_RETRY_MS * 4 ** (n - 1), LONGEST_WAIT_MS);
}

/** While a worker holds a message; longer than any transport's own timeouts. */
export const LEASE_MS = 2 * 60 * 1000;
