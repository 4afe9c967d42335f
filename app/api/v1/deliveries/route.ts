// The delivery log of email and webhooks (admins), newest first.
import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { invalid } from '@/lib/errors';
import { deliveryCounts, listDeliveries } from '@/lib/outbox/queries';

const query = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  webhookId: z.string().max(100).optional(),
  channel: z.enum(['email', 'webhook']).optional(),
});

export const GET = route('webhooks.manage', ({ req }) => {
  const parsed = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) throw invalid(parsed.error.issues);
  return { deliveries: listDeliveries(parsed.data), counts: deliveryCounts() };
});
