// The wrapper every page uses: the signed-in, still-active account, or off to the login page.
import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { type Actor, type Permission, can } from './permissions';
import { actorFromSession } from './resolve-actor';

// One check per request render: the layout and the page both ask, and each asking decrypted
// the cookie and read the session again. React's cache() lasts one server request, so a
// session ended between two requests is still refused at the next one.
const actorForThisRequest = cache(async (): Promise<Actor | null> => actorFromSession(await headers()));

export async function requirePageActor(permission?: Permission, returnTo?: string): Promise<Actor> {
  const actor = await actorForThisRequest();
  if (!actor) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : '/login');
  if (permission && !can(actor, permission)) forbidden();
  return actor;
}

export async function currentActor(): Promise<Actor | null> {
  return actorForThisRequest();
}
