// The counts the header shows the caller: unread notifications, open and overdue claims.
import { route } from '@/lib/auth/route';
import { getQueueSummary } from '@/lib/claims/queries';
import { unreadCount } from '@/lib/notifications/queries';

export const GET = route(null, ({ actor }) => {
  // The same counts as the My claims page's summary line (an owed re-check is open work).
  const claims = getQueueSummary({ actor });
  return { unreadNotifications: unreadCount(actor.id), openClaims: claims.open, overdueClaims: claims.overdue };
});
