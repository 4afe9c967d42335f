import type { Page } from 'playwright-core';

/** The Settings page: the person's account, password and sessions. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async waitForLoad(): Promise<void> {
    await this.page.waitForURL('**/settings');
    await this.page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  }

  section(name: string) {
    return this.page.getByRole('region', { name });
  }

  async changePassword(current: string, next: string): Promise<void> {
    const section = this.section('Password');
    await section.getByLabel('Current password').fill(current);
    await section.getByLabel(/^New password \(/).fill(next);
    await section.getByLabel('New password again').fill(next);
    await section.getByRole('button', { name: 'Change password' }).click();
  }

  async fieldError(label: string): Promise<string | null> {
    const input = this.section('Password').getByLabel(new RegExp(`^${label}`)).first();
    const id = await input.getAttribute('aria-describedby');
    return id ? this.page.locator(`#${id}`).textContent() : null;
  }
}
