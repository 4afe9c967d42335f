// Removes one webhook endpoint (admins); its past deliveries stay in the log.
import { route } from '@/lib/auth/route';
import { removeWebhook } from '@/lib/webhooks/manage-webhooks';

export const DELETE = route<{ id: string }>('webhooks.manage', ({ actor, params }) => {
  removeWebhook(actor, params.id);
  return new Response(null, { status: 204 });
});
