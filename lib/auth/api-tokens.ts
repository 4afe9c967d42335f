// API tokens for scripts and other newsroom systems: shown once, stored as a SHA-256 hash.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import { getDb } from '@/db';
import { preparedOnConnection } from '@/db/prepared';
import { apiTokens, users } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import { AppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { cleanText } from '@/lib/text/clean-text';
import type { Actor } from './permissions';
import { TOUCH_EVERY_MS } from './session-age';

const PREFIX = 'cd_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function createApiToken(email: string, name: string, actorId: string | null = null): { id: string; token: string } {
  const label = cleanText(name).trim();
  if (!label || label.length > 100) throw new AppError('invalid', 'Give the token a name of 1 to 100 characters.');
  const db = getDb();
  return db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
    if (!user) throw new AppError('not_found', `No account for ${email}.`);
    if (user.disabledAt) throw new AppError('invalid', `The account ${email} is disabled.`);
    const token = PREFIX + randomBytes(32).toString('base64url');
    const id = newId();
    tx.insert(apiTokens).values({ id, userId: user.id, name: label, tokenHash: hashToken(token), createdAt: new Date() }).run();
    recordEvent(tx, { actorId, entityType: 'api_token', entityId: id, action: 'token.created', after: { name: label, user: user.email } });
    return { id, token };
  });
}

export function revokeApiToken(id: string, actorId: string | null = null): void {
  const db = getDb();
  db.transaction((tx) => {
    const row = tx.select().from(apiTokens).where(eq(apiTokens.id, id)).get();
    if (!row) throw new AppError('not_found', `No token with id ${id}.`);
    if (row.revokedAt) return;
    tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id)).run();
    recordEvent(tx, { actorId, entityType: 'api_token', entityId: id, action: 'token.revoked' });
  });
}

export function listApiTokens() {
  return getDb()
    .select({ id: apiTokens.id, name: apiTokens.name, email: users.email, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .all();
}

/** The account behind a live token, or null: revoked tokens and disabled accounts get nothing. */
export function actorForToken(token: string, now = new Date()): Actor | null {
  if (!token.startsWith(PREFIX)) return null;
  const db = getDb();
  // Asked on every API call: built and compiled once.
  const live = preparedOnConnection('auth.liveToken', (on) => on
    .select({ tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, id: users.id, name: users.name, email: users.email, role: users.role })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sql.placeholder('hash')), isNull(apiTokens.revokedAt), isNull(users.disabledAt)))
    .prepare());
  const row = live.get({ hash: hashToken(token) });
  if (!row) return null;
  // "Last used" is shown by the day: writing it on every call made each API read a write
  // transaction too, and each API write two.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId)).run();
  }
  return { id: row.id, name: row.name, email: row.email, role: row.role };
}
