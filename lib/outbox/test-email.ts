// The admin's "Send a test email": one message to their own address, through the outbox,
// so the delivery log shows exactly what the mail server said.
import { getDb } from '@/db';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { publicUrl } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { enqueue } from './enqueue';
import { mailConfig } from './mail';

export function sendTestEmail(actor: Actor): { deliveryId: string } {
  requirePermission(actor, 'webhooks.manage');
  if (!mailConfig()) throw new AppError('invalid', 'Email is not set up: set SMTP_URL and MAIL_FROM where Claimdesk runs, then restart it.');
  const deliveryId = newId();
  const text = `This is a test message from Claimdesk at ${publicUrl()}. If you can read it, email notifications can reach the desk.`;
  getDb().transaction((tx) => {
    enqueue(tx, {
      id: deliveryId, channel: 'email', key: `test-email:${deliveryId}`, eventType: 'email.test', target: actor.email,
      payload: { to: actor.email, subject: 'Claimdesk: test email', text, html: `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>` },
    });
  });
  return { deliveryId };
}
