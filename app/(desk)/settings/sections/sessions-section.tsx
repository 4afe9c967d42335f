import type { Actor } from '@/lib/auth/permissions';
import { countLiveSessions } from '@/lib/auth/sessions';
import { SettingsSection } from '../settings-section';
import { SignOutEverywhere } from './sign-out-everywhere';

export function SessionsSection({ actor }: { actor: Actor }) {
  const live = countLiveSessions(actor.id);
  return (
    <SettingsSection id="sessions" title="Where you are signed in"
      description="If you signed in on a shared or lost computer, sign out everywhere: every session and API token of your account ends at once.">
      <p className="mb-3 text-sm">{live === 1 ? 'This browser is the only place you are signed in.' : `You are signed in on ${live} browsers or devices, this one included.`}</p>
      <SignOutEverywhere />
    </SettingsSection>
  );
}
