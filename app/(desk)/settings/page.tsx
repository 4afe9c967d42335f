// Settings: the person's own account, password and sessions, one section each
// (sections/index.ts lists them; features add theirs there).
import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page';
import { SETTINGS_SECTIONS } from './sections';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const actor = await requirePageActor(undefined, '/settings');
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Settings</h1>
      <div className="max-w-3xl space-y-6">
        {SETTINGS_SECTIONS.map(({ key, Section }) => <Section key={key} actor={actor} />)}
      </div>
    </>
  );
}
