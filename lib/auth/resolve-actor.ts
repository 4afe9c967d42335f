// Who is asking, from a request's headers: a bearer token, or the Auth.js session cookie.
// The cookie names a server-side session (lib/auth/sessions.ts) that is checked with the
// account every time, so signing out or disabling takes effect at the next request.
import { getToken } from 'next-auth/jwt';
import { BoundedMap } from '@/lib/bounded-map';
import { actorForToken } from './api-tokens';
import type { Actor } from './permissions';
import { authSecret } from './secret';
import { actorForSession } from './sessions';

type CookieSession = { sessionId: string; userId: string };

/**
 * Cookies already decrypted, by the Cookie header that carried them. Decrypting the Auth.js
 * token (key derivation, HMAC check, AES) is a chain of async WebCrypto jobs, and every page
 * asks twice (proxy.ts, then the page): 12–15% of a small page's CPU. The same header always
 * decrypts to the same token, so a hit is only used until the token's own expiry; whether
 * the session it names is still live is asked of the database every time (actorForSession).
 * On globalThis because proxy.ts and the pages are bundled apart, each with its own copy of
 * this module.
 */
const KEPT = 1_000;
const store = globalThis as unknown as { claimdeskDecodedCookies?: Map<string, CookieSession & { expiresAt: number }> };
const decoded = (store.claimdeskDecodedCookies ??= new BoundedMap(KEPT));

/** The session id and account the cookie names, or null when there is no valid cookie. */
export async function sessionFromCookie(headers: Headers): Promise<CookieSession | null> {
  const cookie = headers.get('cookie');
  if (!cookie) return null;
  const known = decoded.get(cookie);
  if (known && Date.now() < known.expiresAt) return { sessionId: known.sessionId, userId: known.userId };
  const req = { headers };
  const secret = authSecret();
  // Auth.js names the cookie __Secure-… behind https; accept either.
  const token =
    (await getToken({ req, secret, secureCookie: false })) ?? (await getToken({ req, secret, secureCookie: true }));
  if (!token || typeof token.id !== 'string' || typeof token.sid !== 'string') return null;
  const session = { sessionId: token.sid, userId: token.id };
  if (typeof token.exp === 'number') {
    decoded.set(cookie, { ...session, expiresAt: token.exp * 1000 });
  }
  return session;
}

export async function actorFromSession(headers: Headers): Promise<Actor | null> {
  // A cookie from before server-side sessions (no sid) opens nothing.
  const session = await sessionFromCookie(headers);
  return session ? actorForSession(session.sessionId, session.userId) : null;
}

export type ResolvedActor = { actor: Actor; via: 'session' | 'token' };

export async function resolveActor(headers: Headers): Promise<ResolvedActor | null> {
  const authorization = headers.get('authorization');
  if (authorization?.toLowerCase().startsWith('bearer ')) {
    const actor = actorForToken(authorization.slice(7).trim());
    return actor ? { actor, via: 'token' } : null;
  }
  const actor = await actorFromSession(headers);
  return actor ? { actor, via: 'session' } : null;
}
