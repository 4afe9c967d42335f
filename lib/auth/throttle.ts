// Repeated failed sign-ins lock an account (and, more loosely, an address) for a while,
// so passwords cannot be guessed at speed. Kept in SQLite so every server process agrees.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { loginThrottle } from '@/db/schema';

const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;
export const LIMITS = { account: 5, address: 20 } as const;

export type ThrottleKey = { kind: keyof typeof LIMITS; value: string };

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value.toLowerCase()}`;

/** When the key is locked, the time the lock ends; otherwise null. */
export function lockedUntil(keys: ThrottleKey[], now = new Date()): Date | null {
  const db = getDb();
  let until: Date | null = null;
  for (const k of keys) {
    const row = db.select().from(loginThrottle).where(eq(loginThrottle.key, keyOf(k))).get();
    if (row?.lockedUntil && row.lockedUntil > now && (!until || row.lockedUntil > until)) until = row.lockedUntil;
  }
  return until;
}

export function recordFailure(keys: ThrottleKey[], now = new Date()): void {
  const db = getDb();
  db.transaction((tx) => {
    for (const k of keys) {
      const key = keyOf(k);
      const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
      const fresh = !row || now.getTime() - row.windowStartedAt.getTime() > WINDOW_MS;
      const failures = fresh ? 1 : row.failures + 1;
      const locked = failures >= LIMITS[k.kind] ? new Date(now.getTime() + LOCK_MS) : (row?.lockedUntil ?? null);
      const values = { key, failures, windowStartedAt: fresh ? now : row.windowStartedAt, lockedUntil: locked };
      tx.insert(loginThrottle).values(values).onConflictDoUpdate({ target: loginThrottle.key, set: values }).run();
    }
  });
}

export function clearFailures(keys: ThrottleKey[]): void {
  const db = getDb();
  for (const k of keys) db.delete(loginThrottle).where(eq(loginThrottle.key, keyOf(k))).run();
}
