// Which notifications also reach the caller by email, and whether email is paused.
import { readJson, route } from '@/lib/auth/route';
import { getEmailChoices, setEmailChoices } from '@/lib/notifications/settings';
import { mailConfig } from '@/lib/outbox/mail';

export const GET = route(null, ({ actor }) => ({ ...getEmailChoices(actor.id), mailConfigured: mailConfig() !== null }));

export const PUT = route(null, async ({ actor, req }) => ({ ...setEmailChoices(actor.id, await readJson(req)), mailConfigured: mailConfig() !== null }));
