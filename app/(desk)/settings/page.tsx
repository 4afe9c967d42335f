import type { Metadata } from 'next';
import { NOTIFICATION_TYPES } from '@/db/schema';
import { requirePageActor } from '@/lib/auth/page';
import { NOTIFICATION_LABELS } from '@/lib/notifications/text';
import { getEmailChoices } from '@/lib/notifications/settings';
import { mailConfig } from '@/lib/outbox/mail';
import { NotificationSettingsSection } from './notification-settings-section';

export const metadata: Metadata = { title: 'Settings' };

/** Each person's own settings, one section component per concern. */
export default async function SettingsPage() {
  const actor = await requirePageActor(undefined, '/settings');
  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">Settings</h1>
      <p className="mb-6 text-gray-700">{actor.name} · {actor.email}</p>
      <div className="max-w-3xl space-y-8">
        <NotificationSettingsSection initial={getEmailChoices(actor.id)} mailConfigured={mailConfig() !== null}
          kinds={NOTIFICATION_TYPES.map((type) => ({ type, label: NOTIFICATION_LABELS[type] }))} />
      </div>
    </>
  );
}
