// Webhook endpoints (admins): list, register, and remove by `?id=`.
import { readJson, route } from '@/lib/auth/route';
import { AppError } from '@/lib/errors';
import { listWebhooks, registerWebhook, removeWebhook } from '@/lib/webhooks/manage-webhooks';

export const GET = route('webhooks.manage', ({ actor }) => ({ webhooks: listWebhooks(actor) }));

export const POST = route('webhooks.manage', async ({ actor, req }) => {
  const webhook = await registerWebhook(actor, (await readJson(req)) as never);
  return Response.json({ webhook }, { status: 201 });
});

export const DELETE = route('webhooks.manage', ({ actor, req }) => {
  const id = new URL(req.url).searchParams.get('id');
  if (!id) throw new AppError('bad_request', 'Say which webhook to remove: DELETE /api/v1/webhooks?id=… (or /api/v1/webhooks/{id}).');
  removeWebhook(actor, id);
  return new Response(null, { status: 204 });
});
