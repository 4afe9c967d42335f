// The wrapper every page uses: the signed-in, still-active account, or off to the login page.
import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { type Actor, type Permission, can } from './permissions';
import { actorFromSession } from './resolve-actor';

export async function requirePageActor(permission?: Permission, returnTo?: string): Promise<Actor> {
  const actor = await actorFromSession(await headers());
  if (!actor) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : '/login');
  if (permission && !can(actor, permission)) forbidden();
  return actor;
}

export async function currentActor(): Promise<Actor | null> {
  return actorFromSession(await headers());
}
