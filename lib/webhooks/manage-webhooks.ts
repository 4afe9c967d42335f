// Admins register the endpoints other systems listen on, remove them, and send a test.
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { WEBHOOK_FORMATS, webhooks, type Webhook } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { AppError, invalid } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { enqueue } from '@/lib/outbox/enqueue';
import { publicUrl } from '@/lib/env';
import { webhookUrlProblem } from '@/lib/outbox/webhook';
import { ALL_EVENTS, TEST_EVENT, WEBHOOK_EVENTS } from './events';
import { webhookBody } from './fan-out';

export const webhookInput = z.object({
  url: z.string({ message: 'Enter the address to send events to.' }).trim().min(1, 'Enter the address to send events to.').max(2_000, 'Use an address of at most 2,000 characters.'),
  events: z
    .array(z.enum([ALL_EVENTS, ...WEBHOOK_EVENTS], { message: `Events are ${WEBHOOK_EVENTS.join(', ')} or * for all.` }))
    .min(1, 'Choose at least one event.')
    .max(WEBHOOK_EVENTS.length + 1),
  secret: z.string({ message: 'Enter a secret of at least 16 characters.' }).min(16, 'Use a secret of at least 16 characters.').max(200, 'Use a secret of at most 200 characters.'),
  format: z.enum(WEBHOOK_FORMATS).default('json'),
});
export type WebhookInput = z.input<typeof webhookInput>;

export interface WebhookJson {
  id: string;
  url: string;
  events: string[];
  format: Webhook['format'];
  /** The last four characters, so an admin can tell secrets apart without seeing them. */
  secretHint: string;
  createdAt: string;
}

export function webhookJson(w: Webhook): WebhookJson {
  return { id: w.id, url: w.url, events: w.events, format: w.format, secretHint: `…${w.secret.slice(-4)}`, createdAt: w.createdAt.toISOString() };
}

export function listWebhooks(actor: Actor): WebhookJson[] {
  requirePermission(actor, 'webhooks.manage');
  return getDb().select().from(webhooks).where(isNull(webhooks.removedAt)).orderBy(desc(webhooks.createdAt)).all().map(webhookJson);
}

export async function registerWebhook(actor: Actor, input: WebhookInput): Promise<WebhookJson> {
  requirePermission(actor, 'webhooks.manage');
  const parsed = webhookInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const problem = await webhookUrlProblem(parsed.data.url);
  if (problem) throw new AppError('invalid', problem, { fields: { url: [problem] } });
  const events = parsed.data.events.includes(ALL_EVENTS) ? [ALL_EVENTS] : [...new Set(parsed.data.events)];
  const row: Webhook = { id: newId(), url: parsed.data.url, events, secret: parsed.data.secret, format: parsed.data.format, createdById: actor.id, createdAt: new Date(), removedAt: null };
  getDb().transaction((tx) => {
    tx.insert(webhooks).values(row).run();
    recordEvent(tx, { actorId: actor.id, entityType: 'webhook', entityId: row.id, action: 'webhook.created', after: { url: row.url, events, format: row.format } });
  });
  return webhookJson(row);
}

function findLive(id: string): Webhook {
  const row = getDb().select().from(webhooks).where(and(eq(webhooks.id, id), isNull(webhooks.removedAt))).get();
  if (!row) throw new AppError('not_found', 'There is no such webhook (it may have been removed).');
  return row;
}

/** Stops deliveries at once; the endpoint stays in the delivery log. */
export function removeWebhook(actor: Actor, id: string): void {
  requirePermission(actor, 'webhooks.manage');
  const row = findLive(id);
  getDb().transaction((tx) => {
    tx.update(webhooks).set({ removedAt: new Date() }).where(eq(webhooks.id, id)).run();
    recordEvent(tx, { actorId: actor.id, entityType: 'webhook', entityId: id, action: 'webhook.removed', before: { url: row.url } });
  });
}

/** Queues a signed test delivery to one endpoint; its outcome appears in the delivery log. */
export function sendTestWebhook(actor: Actor, id: string, now = new Date()): { deliveryId: string } {
  requirePermission(actor, 'webhooks.manage');
  const endpoint = findLive(id);
  const deliveryId = newId();
  const doc = {
    id: deliveryId, eventId: deliveryId, type: TEST_EVENT, at: now.toISOString(), actor: { id: actor.id, name: actor.name },
    article: null, claim: null, change: { before: null, after: { message: 'A test delivery from Claimdesk.', desk: publicUrl() } },
  };
  getDb().transaction((tx) => {
    enqueue(tx, { id: deliveryId, channel: 'webhook', key: `test:${deliveryId}`, eventType: TEST_EVENT, target: endpoint.url, webhookId: endpoint.id, payload: { body: webhookBody(endpoint, doc) } }, now);
  });
  return { deliveryId };
}
