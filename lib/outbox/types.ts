// What a transport reports back about one try.
import type { OutboxMessage } from '@/db/schema';

export type DeliveryResult =
  | { ok: true; responseCode?: number | null }
  | { ok: false; error: string; responseCode?: number | null; /** no point trying again */ permanent?: boolean };

export type Transport = (message: OutboxMessage) => Promise<DeliveryResult>;

export interface EmailPayload {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface WebhookPayload {
  /** The exact bytes that are signed and sent. */
  body: string;
}
