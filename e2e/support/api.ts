// Calls to the JSON API as a signed-in role, with the saved sign-in cookie, outside a page.
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Role } from './desk';

/** The Cookie header of a role's saved sign-in (e2e global setup writes one per role). */
export function cookieFor(role: Role): string {
  const state = JSON.parse(readFileSync(inject('storageStates')[role], 'utf8')) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** A fetch against the test server as `role`, from the app's own origin (as the browser would send it). */
export function apiFetch(role: Role, path: string, init: RequestInit = {}): Promise<Response> {
  const baseURL = inject('baseURL');
  const headers = new Headers(init.headers);
  headers.set('cookie', cookieFor(role));
  headers.set('origin', baseURL);
  return fetch(`${baseURL}${path}`, { ...init, headers });
}
