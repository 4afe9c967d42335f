// Email over SMTP with nodemailer, configured by SMTP_URL and MAIL_FROM. Without both,
// Claimdesk sends no email at all (and queues none).
import nodemailer, { type Transporter } from 'nodemailer';
import type { OutboxMessage } from '@/db/schema';
import { env } from '@/lib/env';
import type { DeliveryResult, EmailPayload } from './types';

export interface MailConfig {
  url: string;
  from: string;
}

export function mailConfig(): MailConfig | null {
  const { SMTP_URL, MAIL_FROM } = env();
  return SMTP_URL && MAIL_FROM ? { url: SMTP_URL, from: MAIL_FROM } : null;
}

/** The settings an admin may see: never the password. */
export function describeMailConfig(): { configured: boolean; server: string | null; from: string | null } {
  const { SMTP_URL, MAIL_FROM } = env();
  let server: string | null = null;
  if (SMTP_URL) {
    try {
      const u = new URL(SMTP_URL);
      server = `${u.protocol}//${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host}`;
    } catch {
      server = '(not a valid address)';
    }
  }
  return { configured: Boolean(SMTP_URL && MAIL_FROM), server, from: MAIL_FROM ?? null };
}

let cached: { url: string; transporter: Transporter } | undefined;

function transporterFor(url: string): Transporter {
  if (cached?.url === url) return cached.transporter;
  cached?.transporter.close();
  const transporter = nodemailer.createTransport(url, {
    // A mail server that does not answer must not hold a delivery for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as never);
  cached = { url, transporter };
  return transporter;
}

function smtpCode(text: unknown): number | null {
  const m = typeof text === 'string' ? /^(\d{3})\b/.exec(text) : null;
  return m ? Number(m[1]) : null;
}

export async function sendEmail(message: OutboxMessage): Promise<DeliveryResult> {
  const config = mailConfig();
  if (!config) return { ok: false, error: 'Email is not configured (SMTP_URL and MAIL_FROM); it will be tried again.' };
  const mail = message.payload as unknown as EmailPayload;
  try {
    const info = await transporterFor(config.url).sendMail({
      from: config.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // The same id on every try, so a mail system that sees a repeat can tell.
      messageId: `<${message.id}@claimdesk>`,
      headers: { 'X-Claimdesk-Delivery': message.id, 'X-Claimdesk-Event': message.eventType },
    });
    return { ok: true, responseCode: smtpCode(info.response) };
  } catch (error) {
    const e = error as { responseCode?: number; message?: string };
    // 5xx from the server means the message itself is refused (no such mailbox): trying again will not help.
    const code = typeof e.responseCode === 'number' ? e.responseCode : null;
    return { ok: false, error: (e.message ?? String(error)).slice(0, 500), responseCode: code, permanent: code !== null && code >= 500 && code < 600 && code !== 552 };
  }
}
