// Every endpoint that subscribes to an event gets its own outbox message, queued in the
// change's transaction. Key: endpoint and event, so one event reaches one endpoint once.
import { isNull } from 'drizzle-orm';
import type { Db } from '@/db';
import { preparedOnConnection } from '@/db/prepared';
import { webhooks, type Webhook } from '@/db/schema';
import type { RecordedEvent } from '@/lib/audit/record-event';
import { newId } from '@/lib/ids';
import { enqueue } from '@/lib/outbox/enqueue';
import { isDeskEvent, subscribes } from './events';
import { describeEvent, slackText, type DeskEventDocument } from './payload';

type Tx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export function webhookBody(endpoint: Pick<Webhook, 'format'>, doc: DeskEventDocument): string {
  return JSON.stringify(endpoint.format === 'slack' ? { text: slackText(doc) } : doc);
}

// Read for every desk event, in its transaction: prepared once on the connection (db/prepared.ts).
const liveEndpoints = () => preparedOnConnection('webhooks.live', (db) => db.select().from(webhooks).where(isNull(webhooks.removedAt)).prepare());

export function queueWebhooks(tx: Tx, event: RecordedEvent): void {
  if (!isDeskEvent(event.action)) return;
  const endpoints = liveEndpoints().all().filter((w) => subscribes(w.events, event.action));
  if (endpoints.length === 0) return;
  // One description of the event (its queries run once); each endpoint's copy has its own delivery id.
  const doc = describeEvent(tx, event, '');
  for (const endpoint of endpoints) {
    const id = newId();
    const body = webhookBody(endpoint, { ...doc, id });
    enqueue(tx, { id, channel: 'webhook', key: `webhook:${endpoint.id}:${event.id}`, eventType: event.action, target: endpoint.url, webhookId: endpoint.id, payload: { body } });
  }
}
