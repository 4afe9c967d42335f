// Every API route, every method: no session and no token gets 401, nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encode } from 'next-auth/jwt';
import { useTestDatabase } from '@/db/test-database';
import { call, deskAccounts, routeFiles, sessionCookie, type Method } from './_test/api-harness';

const METHODS: Method[] = ['GET', 'POST', 'PATCH', 'DELETE', 'PUT'];

describe('every API route checks who is asking', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let accounts: Awaited<ReturnType<typeof deskAccounts>>;
  beforeAll(async () => {
    db = useTestDatabase();
    process.env.AUTH_SECRET = 'test-secret-for-the-api-sweep-0123456789';
    accounts = await deskAccounts();
  });
  afterAll(() => db.cleanup());

  const files = routeFiles();

  it('finds the routes', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
  });

  for (const { file, pattern } of files) {
    it(`${pattern} refuses anonymous callers`, async () => {
      const mod = await import(/* @vite-ignore */ file);
      const methods = METHODS.filter((m) => typeof mod[m] === 'function');
      expect(methods.length).toBeGreaterThan(0);
      for (const method of methods) {
        const url = pattern.replace(/\[(\w+)\]/g, 'x');
        const res = await call(file, method, url, { json: method === 'GET' || method === 'DELETE' ? undefined : {}, params: { id: 'x' } });
        expect(res.status, `${method} ${pattern}`).toBe(401);
        expect(res.body.error.code).toBe('unauthorized');
      }
    });
  }

  it('refuses a revoked or made-up token', async () => {
    const file = files.find((f) => f.pattern === '/api/v1/articles')!.file;
    expect((await call(file, 'GET', '/api/v1/articles', { token: 'cd_made-up' })).status).toBe(401);
    expect((await call(file, 'GET', '/api/v1/articles', { token: accounts.editor.token })).status).toBe(200);
  });

  it('accepts an Auth.js session cookie and refuses a cross-site write with it', async () => {
    const file = files.find((f) => f.pattern === '/api/v1/articles')!.file;
    // A cookie from before server-side sessions (no session id) opens nothing.
    const old = await encode({ token: { id: accounts.editor.id, sub: accounts.editor.id }, secret: process.env.AUTH_SECRET!, salt: 'authjs.session-token' });
    expect((await call(file, 'GET', '/api/v1/articles', { headers: { cookie: `authjs.session-token=${old}` } })).status).toBe(401);
    const headers = { cookie: (await sessionCookie(accounts.editor.id)).cookie };
    expect((await call(file, 'GET', '/api/v1/articles', { headers })).status).toBe(200);
    const crossSite = await call(file, 'POST', '/api/v1/articles', { headers: { ...headers, origin: 'https://evil.example', host: 'claimdesk.test' }, json: { text: 'x' } });
    expect(crossSite.status).toBe(403);
  });
});
