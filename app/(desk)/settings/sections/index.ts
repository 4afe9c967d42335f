// The sections of the Settings page, in order. A feature adds its own section here
// (a server component taking { actor }), e.g. notifications.
import type { Actor } from '@/lib/auth/permissions';
import { AccountSection } from './account-section';
import { PasswordSection } from './password-section';
import { SessionsSection } from './sessions-section';

export type SettingsSectionComponent = (props: { actor: Actor }) => React.ReactNode | Promise<React.ReactNode>;

export const SETTINGS_SECTIONS: { key: string; Section: SettingsSectionComponent }[] = [
  { key: 'account', Section: AccountSection },
  { key: 'password', Section: PasswordSection },
  { key: 'sessions', Section: SessionsSection },
];
