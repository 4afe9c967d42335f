import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionFromCookie } from './resolve-actor';

const SECRET = 'test-secret-for-cookie-decoding-0123456789';
const cookieOf = async (token: Record<string, unknown>, maxAge = 60) =>
  `authjs.session-token=${await encode({ token, secret: SECRET, salt: 'authjs.session-token', maxAge })}`;

describe('sessionFromCookie', () => {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = SECRET;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.AUTH_SECRET;
    else process.env.AUTH_SECRET = previous;
    vi.useRealTimers();
  });

  it('reads the session a cookie names, the same on every ask', async () => {
    const cookie = await cookieOf({ id: 'u1', sub: 'u1', sid: 's1' });
    const headers = new Headers({ cookie });
    expect(await sessionFromCookie(headers)).toEqual({ sessionId: 's1', userId: 'u1' });
    expect(await sessionFromCookie(headers)).toEqual({ sessionId: 's1', userId: 'u1' });
  });

  it('refuses a cookie once its token has expired, even one it has read before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const cookie = await cookieOf({ id: 'u2', sub: 'u2', sid: 's2' }, 60);
    const headers = new Headers({ cookie });
    expect(await sessionFromCookie(headers)).toEqual({ sessionId: 's2', userId: 'u2' });
    // Past the expiry and Auth.js's 15-s clock tolerance.
    vi.setSystemTime(Date.now() + 76_000);
    expect(await sessionFromCookie(headers)).toBeNull();
    vi.useRealTimers();
  });

  it('refuses a changed cookie, one without a session id, and no cookie at all', async () => {
    const cookie = await cookieOf({ id: 'u3', sub: 'u3', sid: 's3' });
    await sessionFromCookie(new Headers({ cookie }));
    expect(await sessionFromCookie(new Headers({ cookie: `${cookie.slice(0, -3)}AAA` }))).toBeNull();
    expect(await sessionFromCookie(new Headers({ cookie: await cookieOf({ id: 'u4', sub: 'u4' }) }))).toBeNull();
    expect(await sessionFromCookie(new Headers())).toBeNull();
  });
});
