// Who is asking, from a request's headers: a bearer token, or the Auth.js session cookie.
// The account is read again every time, so disabling it takes effect at the next request.
import { getToken } from 'next-auth/jwt';
import { findUserById } from '@/lib/users/manage-users';
import { actorForToken } from './api-tokens';
import type { Actor } from './permissions';
import { authSecret } from './secret';

export async function actorFromSession(headers: Headers): Promise<Actor | null> {
  const req = { headers };
  const secret = authSecret();
  // Auth.js names the cookie __Secure-… behind https; accept either.
  const token =
    (await getToken({ req, secret, secureCookie: false })) ?? (await getToken({ req, secret, secureCookie: true }));
  const id = token && typeof token.id === 'string' ? token.id : null;
  if (!id) return null;
  const user = findUserById(id);
  if (!user || user.disabledAt) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
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
