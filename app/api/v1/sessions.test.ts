// Ending a session ends it everywhere at once: sign-out, disable, password change and reset,
// "sign out everywhere"; and enabling an account again revives nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { endSession } from '@/lib/auth/sessions';
import { createApiToken } from '@/lib/auth/api-tokens';
import { setUserDisabled } from '@/lib/users/manage-users';
import { call, deskAccounts, routeFiles, sessionCookie } from './_test/api-harness';

const file = (pattern: string) => routeFiles().find((f) => f.pattern === pattern)!.file;

describe('sessions end when they should', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let who: Awaited<ReturnType<typeof deskAccounts>>;
  const ME = () => file('/api/v1/me/claims');
  const asCookie = async (cookie: string) => (await call(ME(), 'GET', '/api/v1/me/claims', { headers: { cookie } })).status;
  const asToken = async (token: string) => (await call(ME(), 'GET', '/api/v1/me/claims', { token })).status;
  const sameSite = { origin: 'http://claimdesk.test', host: 'claimdesk.test' };

  beforeAll(async () => {
    db = useTestDatabase();
    process.env.AUTH_SECRET = 'test-secret-for-the-session-tests-0123456789';
    who = await deskAccounts();
  });
  afterAll(() => db.cleanup());

  it('signing out ends that session at once, and only that one', async () => {
    const a = await sessionCookie(who.reviewer.id);
    const b = await sessionCookie(who.reviewer.id);
    expect(await asCookie(a.cookie)).toBe(200);
    endSession(a.sessionId);
    expect(await asCookie(a.cookie)).toBe(401);
    expect(await asCookie(b.cookie)).toBe(200);
  });

  it('disabling ends every session and token, and enabling again revives none', async () => {
    const s = await sessionCookie(who.other.id);
    expect(await asCookie(s.cookie)).toBe(200);
    expect(await asToken(who.other.token)).toBe(200);
    setUserDisabled({ id: who.other.id }, true);
    expect(await asCookie(s.cookie)).toBe(401);
    expect(await asToken(who.other.token)).toBe(401);
    setUserDisabled({ id: who.other.id }, false);
    expect(await asCookie(s.cookie)).toBe(401);
    expect(await asToken(who.other.token)).toBe(401);
    expect(await asCookie((await sessionCookie(who.other.id)).cookie)).toBe(200);
  });

  it('changing one’s password ends every session and token of the account', async () => {
    const s = await sessionCookie(who.editor.id);
    const other = await sessionCookie(who.editor.id);
    const PASSWORD = file('/api/v1/me/password');
    const wrong = await call(PASSWORD, 'POST', '/api/v1/me/password', { headers: { cookie: s.cookie, ...sameSite }, json: { currentPassword: 'not-it-at-all', newPassword: 'a brand new passphrase' } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields.currentPassword).toBeDefined();
    const weak = await call(PASSWORD, 'POST', '/api/v1/me/password', { headers: { cookie: s.cookie, ...sameSite }, json: { currentPassword: 'editor-password', newPassword: 'password123' } });
    expect(weak.status).toBe(422);
    const email = await call(PASSWORD, 'POST', '/api/v1/me/password', { headers: { cookie: s.cookie, ...sameSite }, json: { currentPassword: 'editor-password', newPassword: 'editor@api.test' } });
    expect(email.body.error.fields.newPassword[0]).toMatch(/email/);
    const ok = await call(PASSWORD, 'POST', '/api/v1/me/password', { headers: { cookie: s.cookie, ...sameSite }, json: { currentPassword: 'editor-password', newPassword: 'a brand new passphrase' } });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ sessionsEnded: 2, tokensRevoked: 1 });
    expect(await asCookie(s.cookie)).toBe(401);
    expect(await asCookie(other.cookie)).toBe(401);
    expect(await asToken(who.editor.token)).toBe(401);
  });

  it('an admin can reset a password or sign someone out everywhere; a reviewer cannot', async () => {
    const s = await sessionCookie(who.reviewer.id);
    const token = createApiToken(who.reviewer.email, 'script').token;
    const RESET = file('/api/v1/users/[id]/password');
    const EVERYWHERE = file('/api/v1/users/[id]/sessions');
    expect((await call(RESET, 'POST', '/x', { token, json: { password: 'another good passphrase' }, params: { id: who.admin.id } })).status).toBe(403);
    expect((await call(EVERYWHERE, 'DELETE', '/x', { token, params: { id: who.admin.id } })).status).toBe(403);
    const everywhere = await call(EVERYWHERE, 'DELETE', '/x', { token: who.admin.token, params: { id: who.reviewer.id } });
    expect(everywhere.body).toEqual({ sessionsEnded: 2, tokensRevoked: 2 });
    expect(await asCookie(s.cookie)).toBe(401);
    expect(await asToken(token)).toBe(401);
    const s2 = await sessionCookie(who.reviewer.id);
    const reset = await call(RESET, 'POST', '/x', { token: who.admin.token, json: { password: 'another good passphrase' }, params: { id: who.reviewer.id } });
    expect(reset.status).toBe(200);
    expect(await asCookie(s2.cookie)).toBe(401);
    expect((await call(RESET, 'POST', '/x', { token: who.admin.token, json: { password: 'qwertyuiop' }, params: { id: who.reviewer.id } })).status).toBe(422);
  });

  it('an admin changes a role, but not their own', async () => {
    const USER = file('/api/v1/users/[id]');
    const promoted = await call(USER, 'PATCH', '/x', { token: who.admin.token, json: { role: 'editor' }, params: { id: who.other.id } });
    expect(promoted.body.user.role).toBe('editor');
    expect((await call(USER, 'PATCH', '/x', { token: who.admin.token, json: { role: 'reviewer' }, params: { id: who.admin.id } })).status).toBe(422);
    expect((await call(USER, 'PATCH', '/x', { token: who.admin.token, json: { role: 'owner' }, params: { id: who.other.id } })).status).toBe(422);
  });
});
