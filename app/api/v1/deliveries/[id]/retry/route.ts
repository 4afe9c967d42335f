// Tries a failed or waiting delivery again now (admins).
import { route } from '@/lib/auth/route';
import { retryDelivery } from '@/lib/outbox/queries';

export const POST = route<{ id: string }>('webhooks.manage', ({ params }) => {
  retryDelivery(params.id);
  return Response.json({ queued: true }, { status: 202 });
});
