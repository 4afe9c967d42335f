import { ShownText } from '@/app/_components/shown-text';
import type { Actor } from '@/lib/auth/permissions';
import { SettingsSection } from '../settings-section';

const ROLE_NAMES = { editor: 'Editor', reviewer: 'Reviewer', admin: 'Admin' } as const;

export function AccountSection({ actor }: { actor: Actor }) {
  return (
    <SettingsSection id="account" title="Your account" description="Your name and role are set by an admin; ask one to change them.">
      <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
        <dt className="font-medium">Name</dt><dd><ShownText text={actor.name} /></dd>
        <dt className="font-medium">Email</dt><dd>{actor.email}</dd>
        <dt className="font-medium">Role</dt><dd>{ROLE_NAMES[actor.role]}</dd>
      </dl>
    </SettingsSection>
  );
}
