import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { createUser, findUserByEmail, listUsers, setUserDisabled } from './manage-users';
import { verifyPassword } from './passwords';

describe('managing accounts', () => {
  let db: ReturnType<typeof useTestDatabase>;
  beforeAll(() => {
    db = useTestDatabase();
  });
  afterAll(() => db.cleanup());

  it('creates a user with an argon2id hash, never the password', async () => {
    const user = await createUser({ email: ' Ed@Example.org ', name: 'Ed Itor', role: 'editor', password: 'correct horse battery' });
    expect(user.email).toBe('ed@example.org');
    const row = findUserByEmail('ED@example.org')!;
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain('correct horse');
    expect(await verifyPassword(row.passwordHash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(row.passwordHash, 'wrong horse battery')).toBe(false);
  });

  it('refuses a second account with the same email and short passwords', async () => {
    await expect(createUser({ email: 'ed@example.org', name: 'Other', role: 'reviewer', password: 'long enough pw' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(createUser({ email: 'new@example.org', name: 'New', role: 'reviewer', password: 'short' })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('hides disabled accounts from the assignee list', async () => {
    await createUser({ email: 'rev@example.org', name: 'Rev Iewer', role: 'reviewer', password: 'reviewer password' });
    expect(listUsers({ role: 'reviewer' }).map((u) => u.email)).toEqual(['rev@example.org']);
    setUserDisabled({ email: 'rev@example.org' }, true);
    expect(listUsers({ role: 'reviewer' })).toEqual([]);
    expect(listUsers({ role: 'reviewer', includeDisabled: true })).toHaveLength(1);
  });
});
