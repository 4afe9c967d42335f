// Repeated failed sign-ins lock an account (and, more loosely, an address) for a while,
// so passwords cannot be guessed at speed. Kept in SQLite so every server process agrees.
//
// Each attempt is counted *before* its password is checked, in one IMMEDIATE transaction:
// checking a password takes tens of milliseconds, and an attempt counted only after it
// lets 40 simultaneous guesses all through before the first failure is written.
// A successful sign-in then gives its count back.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { loginThrottle } from '@/db/schema';

const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;
export const LIMITS = { account: 5, address: 20 } as const;

export type ThrottleKey = { kind: keyof typeof LIMITS; value: string };

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value.toLowerCase()}`;

/**
 * Counts one attempt against every key. Returns the time the lock ends when any key is
 * (or by this attempt becomes) over its limit; then the password must not be checked.
 */
export function countAttempt(keys: ThrottleKey[], now = new Date()): Date | null {
  const db = getDb();
  return db.transaction(
    (tx) => {
      let until: Date | null = null;
      for (const k of keys) {
        const key = keyOf(k);
        const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
        if (row?.lockedUntil && row.lockedUntil > now) {
          if (!until || row.lockedUntil > until) until = row.lockedUntil;
          continue;
        }
        const fresh = !row || now.getTime() - row.windowStartedAt.getTime() > WINDOW_MS || row.lockedUntil !== null;
        const attempts = fresh ? 1 : row.failures + 1;
        const over = attempts > LIMITS[k.kind];
        const lockedUntil = over ? new Date(now.getTime() + LOCK_MS) : null;
        const values = { key, failures: attempts, windowStartedAt: fresh ? now : row.windowStartedAt, lockedUntil };
        tx.insert(loginThrottle).values(values).onConflictDoUpdate({ target: loginThrottle.key, set: values }).run();
        if (lockedUntil && (!until || lockedUntil > until)) until = lockedUntil;
      }
      return until;
    },
    { behavior: 'immediate' },
  );
}

/** After a right password: the account starts afresh, and the address gets this attempt back. */
export function attemptSucceeded(keys: ThrottleKey[]): void {
  const db = getDb();
  db.transaction(
    (tx) => {
      for (const k of keys) {
        const key = keyOf(k);
        if (k.kind === 'account') {
          tx.delete(loginThrottle).where(eq(loginThrottle.key, key)).run();
          continue;
        }
        const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
        if (row && !row.lockedUntil && row.failures > 0) tx.update(loginThrottle).set({ failures: row.failures - 1 }).where(eq(loginThrottle.key, key)).run();
      }
    },
    { behavior: 'immediate' },
  );
}

/** When the key is locked, the time the lock ends; otherwise null (for messages and tests). */
export function lockedUntil(keys: ThrottleKey[], now = new Date()): Date | null {
  const db = getDb();
  let until: Date | null = null;
  for (const k of keys) {
    const row = db.select().from(loginThrottle).where(eq(loginThrottle.key, keyOf(k))).get();
    if (row?.lockedUntil && row.lockedUntil > now && (!until || row.lockedUntil > until)) until = row.lockedUntil;
  }
  return until;
}
