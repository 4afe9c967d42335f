// Sends a test email to the calling admin through the outbox.
import { route } from '@/lib/auth/route';
import { sendTestEmail } from '@/lib/outbox/test-email';

export const POST = route('webhooks.manage', ({ actor }) => Response.json(sendTestEmail(actor), { status: 202 }));
