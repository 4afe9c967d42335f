import type { Locator, Page } from 'playwright-core';

/** The header every desk page shares: navigation, the notification bell, settings. */
export class DeskHeader {
  constructor(readonly page: Page) {}

  bell(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: /^Notifications,/ });
  }

  async unread(): Promise<number> {
    const label = (await this.bell().getAttribute('aria-label')) ?? '';
    const m = /(\d+) unread/.exec(label);
    return m ? Number(m[1]) : 0;
  }

  async openNotifications(): Promise<Locator> {
    await this.bell().click();
    const panel = this.page.getByRole('region', { name: 'Notifications' });
    await panel.getByRole('heading', { name: 'Notifications' }).waitFor();
    return panel;
  }

  myClaimsLink(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^My claims/ });
  }
}
