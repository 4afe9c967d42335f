// The caller's notifications, newest first; `?unread=1` for the unread ones only.
import { route } from '@/lib/auth/route';
import { listNotifications, unreadCount } from '@/lib/notifications/queries';

export const GET = route(null, ({ actor, req }) => {
  const q = new URL(req.url).searchParams;
  const page = listNotifications(actor.id, { unread: (q.get('unread') ?? undefined) as never, limit: q.get('limit') ?? undefined, cursor: q.get('cursor') ?? undefined });
  return { ...page, unread: unreadCount(actor.id) };
});
