import type { Locator, Page } from 'playwright-core';

/** The claim panel's "Checked before?" section. */
export class CheckedBeforeSection {
  constructor(readonly page: Page) {}

  section(): Locator {
    return this.page.getByRole('region', { name: 'Checked before?' });
  }

  match(articleTitle: string): Locator {
    return this.section().getByRole('listitem').filter({ hasText: articleTitle });
  }

  async reuse(articleTitle: string, status: string): Promise<void> {
    await this.section().getByRole('button', { name: `Reuse this verdict from ‘${articleTitle}’` }).click();
    await this.section().getByRole('button', { name: `Reuse: set ${status}` }).click();
    await this.section().getByRole('status').filter({ hasText: 'Verdict reused' }).waitFor();
  }
}
