// Who is asking, from a request's headers: a bearer token, or the Auth.js session cookie.
// The cookie names a server-side session (lib/auth/sessions.ts) that is checked with the
// account every time, so signing out or disabling takes effect at the next request.
import { getToken } from 'next-auth/jwt';
import { actorForToken } from './api-tokens';
import type { Actor } from './permissions';
import { authSecret } from './secret';
import { actorForSession } from './sessions';

/** The session id and account the cookie names, or null when there is no valid cookie. */
export async function sessionFromCookie(headers: Headers): Promise<{ sessionId: string; userId: string } | null> {
  const req = { headers };
  const secret = authSecret();
  // Auth.js names the cookie __Secure-… behind https; accept either.
  const token =
    (await getToken({ req, secret, secureCookie: false })) ?? (await getToken({ req, secret, secureCookie: true }));
  if (!token || typeof token.id !== 'string' || typeof token.sid !== 'string') return null;
  return { sessionId: token.sid, userId: token.id };
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
