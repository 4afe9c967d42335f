// Webhook POSTs: the queued body, signed with the endpoint's secret at the moment of
// sending. A webhook address is user input, so it goes through the same guard as URL import
// (lib/net/guarded-fetch): checked when it is registered, and again on every delivery, where
// the connection is pinned to the address that was checked (no DNS rebinding in between).
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { webhooks, type OutboxMessage } from '@/db/schema';
import { env } from '@/lib/env';
import { BlockedHostError, guardedFetch, pinnedAddress } from '@/lib/net/guarded-fetch';
import { SIGNATURE_HEADER, signatureHeader } from './signature';
import type { DeliveryResult, WebhookPayload } from './types';

const TIMEOUT_MS = 10_000;

/** Why Claimdesk will not POST to this address, or null. Used when an endpoint is registered and before each delivery. */
export async function webhookUrlProblem(value: string, allowPrivate = env().CLAIMDESK_ALLOW_PRIVATE_URLS === '1'): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full web address, starting with https://';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Webhook addresses must start with https:// or http://';
  if (url.username || url.password) return 'Put no user name or password in the address; the signature proves who is calling.';
  if (allowPrivate) return null;
  try {
    await pinnedAddress(url.hostname);
    return null;
  } catch (error) {
    if (error instanceof BlockedHostError) return `Refused: ${error.reason}. Webhooks go only to addresses on the public internet.`;
    return `${url.hostname} could not be found.`;
  }
}

export async function postWebhook(message: OutboxMessage): Promise<DeliveryResult> {
  const endpoint = message.webhookId ? getDb().select().from(webhooks).where(eq(webhooks.id, message.webhookId)).get() : undefined;
  if (!endpoint || endpoint.removedAt) return { ok: false, error: 'The endpoint was removed; nothing was sent.', permanent: true };
  const allowPrivateHosts = env().CLAIMDESK_ALLOW_PRIVATE_URLS === '1';
  const problem = await webhookUrlProblem(endpoint.url, allowPrivateHosts);
  if (problem) return { ok: false, error: problem };
  const { body } = message.payload as unknown as WebhookPayload;
  try {
    const res = await guardedFetch(endpoint.url, {
      allowPrivateHosts,
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Claimdesk-Webhooks/1',
        'X-Claimdesk-Event': message.eventType,
        // The same on every try of this delivery: the receiver's idempotency key.
        'X-Claimdesk-Delivery': message.id,
        [SIGNATURE_HEADER]: signatureHeader(endpoint.secret, body),
      },
    });
    await res.body?.cancel().catch(() => {});
    if (res.status >= 200 && res.status < 300) return { ok: true, responseCode: res.status };
    const why = res.status >= 300 && res.status < 400 ? 'redirects are not followed; register the final address' : `the receiver answered ${res.status}`;
    return { ok: false, error: `Not delivered: ${why}.`, responseCode: res.status };
  } catch (error) {
    // The name now points somewhere private (it passed when it was registered): never sent.
    if (error instanceof BlockedHostError) return { ok: false, error: `Not delivered: ${error.message}` };
    const e = error as Error & { cause?: { code?: string } };
    const code = e.cause?.code ?? '';
    const why = e.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s`
      : code === 'ENOTFOUND' ? 'the host name was not found'
        : code === 'ECONNREFUSED' ? 'the connection was refused'
          : code === 'ECONNRESET' ? 'the connection was dropped'
            : code || e.message;
    return { ok: false, error: `Not delivered: ${why}.` };
  }
}
