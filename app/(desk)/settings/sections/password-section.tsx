import type { Actor } from '@/lib/auth/permissions';
import { SettingsSection } from '../settings-section';
import { PasswordForm } from './password-form';

export function PasswordSection({ actor }: { actor: Actor }) {
  return (
    <SettingsSection id="password" title="Password"
      description="Changing your password signs you out everywhere, this browser included, and ends your API tokens; sign in again with the new one.">
      <PasswordForm email={actor.email} />
    </SettingsSection>
  );
}
