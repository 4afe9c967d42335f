// The event stream as a route answers it: the caller's own stream, re-checked against the
// account (signed out, disabled, token revoked) on an interval.
import 'server-only';
import type { Actor } from '@/lib/auth/permissions';
import { resolveActor } from '@/lib/auth/resolve-actor';
import { openEventStream } from './stream';

export function streamFor(actor: Actor, req: Request, articleId: string | null): Response {
  return openEventStream({
    actor,
    req,
    articleId,
    stillAllowed: async () => (await resolveActor(req.headers))?.actor.id === actor.id,
  });
}
