// Marks the caller's notifications read: `{ ids: [...] }` or `{ all: true }`.
import { readJson, route } from '@/lib/auth/route';
import { markRead, unreadCount } from '@/lib/notifications/queries';

export const POST = route(null, async ({ actor, req }) => {
  const result = markRead(actor.id, await readJson(req));
  return { ...result, unread: unreadCount(actor.id) };
});
