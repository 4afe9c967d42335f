// Server-side session records. The session cookie (an encrypted Auth.js JWT) carries a
// random session id; this table decides whether that id still opens the desk. Ending a
// row ends the session at once, wherever the cookie is, and nothing brings it back.
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import { getDb, type Db } from '@/db';
import { preparedOnConnection } from '@/db/prepared';
import { apiTokens, sessions, users } from '@/db/schema';
import type { Actor } from './permissions';
import { SESSION_MAX_AGE_S, TOUCH_EVERY_MS } from './session-age';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type EndReason = 'signed_out' | 'signed_out_everywhere' | 'password_changed' | 'account_disabled';

const hashOf = (sessionId: string) => createHash('sha256').update(sessionId).digest('hex');

export function startSession(userId: string, now = new Date()): string {
  const sessionId = randomBytes(32).toString('base64url');
  getDb()
    .insert(sessions)
    .values({ idHash: hashOf(sessionId), userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) })
    .run();
  return sessionId;
}

/** The account behind a live session, or null: ended, expired, another account's, or disabled. */
export function actorForSession(sessionId: string, userId: string, now = new Date()): Actor | null {
  // Asked on every request a person makes: built and compiled once.
  const live = preparedOnConnection('auth.liveSession', (db) => db
    .select({ idHash: sessions.idHash, lastSeenAt: sessions.lastSeenAt, id: users.id, name: users.name, email: users.email, role: users.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, sql.placeholder('idHash')), eq(sessions.userId, sql.placeholder('userId')), isNull(sessions.endedAt),
      gt(sessions.expiresAt, sql.placeholder('now')), isNull(users.disabledAt)))
    .prepare());
  // Placeholders skip the column's encoder: the timestamp goes in as stored, in milliseconds.
  const row = live.get({ idHash: hashOf(sessionId), userId, now: now.getTime() });
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    getDb().update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, row.idHash)).run();
  }
  return { id: row.id, name: row.name, email: row.email, role: row.role };
}

export function endSession(sessionId: string, reason: EndReason = 'signed_out', now = new Date()): void {
  getDb()
    .update(sessions)
    .set({ endedAt: now, endedReason: reason })
    .where(and(eq(sessions.idHash, hashOf(sessionId)), isNull(sessions.endedAt)))
    .run();
}

/**
 * Ends every session and revokes every API token of an account, inside the caller's
 * transaction: used by disable, password change and reset, and "sign out everywhere".
 * Returns how many of each were still live.
 */
export function endEverySession(tx: Db | Tx, userId: string, reason: Exclude<EndReason, 'signed_out'>, now = new Date()) {
  const ended = tx
    .update(sessions)
    .set({ endedAt: now, endedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)))
    .run().changes;
  const revoked = tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .run().changes;
  return { sessions: ended, tokens: revoked };
}

/** Live sessions of an account, for the settings and admin pages. */
export function countLiveSessions(userId: string, now = new Date()): number {
  return getDb()
    .select({ idHash: sessions.idHash })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt), gt(sessions.expiresAt, now)))
    .all().length;
}
