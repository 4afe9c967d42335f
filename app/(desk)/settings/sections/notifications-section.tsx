import { NOTIFICATION_TYPES } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { getEmailChoices } from '@/lib/notifications/settings';
import { NOTIFICATION_LABELS } from '@/lib/notifications/text';
import { mailConfig } from '@/lib/outbox/mail';
import { SettingsSection } from '../settings-section';
import { NotificationChoicesForm } from './notification-choices-form';

export function NotificationsSection({ actor }: { actor: Actor }) {
  return (
    <SettingsSection id="notifications" title="Notifications"
      description="The bell in the header shows every notification. Choose which should also reach you by email; none do until you choose.">
      <NotificationChoicesForm initial={getEmailChoices(actor.id)} mailConfigured={mailConfig() !== null}
        kinds={NOTIFICATION_TYPES.map((type) => ({ type, label: NOTIFICATION_LABELS[type] }))} />
    </SettingsSection>
  );
}
