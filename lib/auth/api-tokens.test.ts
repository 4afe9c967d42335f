import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { apiTokens } from '@/db/schema';
import { useTestDatabase } from '@/db/test-database';
import { createUser } from '@/lib/users/manage-users';
import { actorForToken, createApiToken, revokeApiToken } from './api-tokens';

describe('API tokens', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let token: { id: string; token: string };
  beforeAll(async () => {
    db = useTestDatabase();
    await createUser({ email: 'script@example.org', name: 'Script Owner', role: 'editor', password: 'correct horse battery' });
    token = createApiToken('script@example.org', 'nightly import');
  });
  afterAll(() => db.cleanup());

  const lastUsed = () => getDb().select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, token.id)).get()?.at?.getTime() ?? null;

  it('records when a token was last used, at most once a minute, so a read does not become a write', () => {
    const t0 = new Date('2031-05-01T10:00:00Z');
    expect(actorForToken(token.token, t0)?.email).toBe('script@example.org');
    expect(lastUsed()).toBe(t0.getTime());
    expect(actorForToken(token.token, new Date(t0.getTime() + 30_000))?.email).toBe('script@example.org');
    expect(lastUsed()).toBe(t0.getTime());
    const later = new Date(t0.getTime() + 61_000);
    actorForToken(token.token, later);
    expect(lastUsed()).toBe(later.getTime());
  });

  it('opens nothing once revoked, or with a token it never issued', () => {
    expect(actorForToken(`${token.token}x`)).toBeNull();
    expect(actorForToken('not-a-token')).toBeNull();
    revokeApiToken(token.id);
    expect(actorForToken(token.token)).toBeNull();
  });
});
