// A notification by email, when the person chose that type and has not paused email and
// the desk has a mail server. Queued in the outbox in the change's own transaction.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { notificationSettings, users } from '@/db/schema';
import { publicUrl } from '@/lib/env';
import { escapeHtml } from '@/lib/exports/html-escape';
import { enqueue } from '@/lib/outbox/enqueue';
import { mailConfig } from '@/lib/outbox/mail';
import type { EmailPayload } from '@/lib/outbox/types';
import type { NotificationInput } from './create';
import { excerpt } from './text';

type Tx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];
type Queued = Pick<NotificationInput, 'userId' | 'type' | 'articleId' | 'claimId'> & { id: string };

export function claimLink(articleId: string | null, claimId: string | null): string {
  if (!articleId) return `${publicUrl()}/my-claims`;
  return `${publicUrl()}/articles/${encodeURIComponent(articleId)}${claimId ? `?claim=${encodeURIComponent(claimId)}` : ''}`;
}

/** Subject and bodies: the notification's sentence and a link to the claim, nothing more. */
export function renderNotificationEmail(n: Pick<Queued, 'articleId' | 'claimId'>, text: string): Omit<EmailPayload, 'to'> {
  const link = claimLink(n.articleId, n.claimId);
  const settings = `${publicUrl()}/settings`;
  return {
    subject: `Claimdesk: ${excerpt(text, 110)}`,
    text: `${text}\n\nOpen the claim: ${link}\n\n— Claimdesk. Choose which notifications reach you by email, or pause them, in your settings: ${settings}\n`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111">
<p>${escapeHtml(text)}</p>
<p><a href="${escapeHtml(link)}">Open the claim in Claimdesk</a></p>
<p style="color:#555;font-size:13px">Choose which notifications reach you by email, or pause them, in your <a href="${escapeHtml(settings)}">settings</a>.</p>
</body></html>`,
  };
}

export function queueNotificationEmail(tx: Tx, n: Queued, text: string): void {
  if (!mailConfig()) return;
  // One look-up: the person's choices and address together.
  const person = tx
    .select({ email: users.email, paused: notificationSettings.emailPaused, types: notificationSettings.emailTypes })
    .from(notificationSettings)
    .innerJoin(users, eq(users.id, notificationSettings.userId))
    .where(eq(notificationSettings.userId, n.userId))
    .get();
  if (!person || person.paused || !person.types.includes(n.type)) return;
  const payload: EmailPayload = { to: person.email, ...renderNotificationEmail(n, text) };
  enqueue(tx, { channel: 'email', key: `email:${n.id}`, eventType: `notification.${n.type}`, target: person.email, payload: { ...payload } });
}
