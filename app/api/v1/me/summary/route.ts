// The counts the header shows the caller: unread notifications, open and overdue claims.
import { route } from '@/lib/auth/route';
import { myClaimCounts } from '@/lib/claims/counts';
import { unreadCount } from '@/lib/notifications/queries';

export const GET = route(null, ({ actor }) => {
  const claims = myClaimCounts(actor.id);
  return { unreadNotifications: unreadCount(actor.id), openClaims: claims.open, overdueClaims: claims.overdue };
});
