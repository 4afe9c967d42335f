// Queues a signed test delivery to one endpoint (admins).
import { route } from '@/lib/auth/route';
import { sendTestWebhook } from '@/lib/webhooks/manage-webhooks';

export const POST = route<{ id: string }>('webhooks.manage', ({ actor, params }) => Response.json(sendTestWebhook(actor, params.id), { status: 202 }));
