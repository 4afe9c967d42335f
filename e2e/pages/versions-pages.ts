import type { Locator, Page } from 'playwright-core';

/** "Import a new version" of an article: paste, upload or fetch again. */
export class NewVersionPage {
  constructor(private readonly page: Page) {}

  async paste(text: string): Promise<void> {
    await this.page.getByRole('tab', { name: 'Paste text' }).click();
    await this.page.getByLabel('Text of the new version').fill(text);
    await this.page.getByRole('button', { name: /^Import as version \d+$/ }).click();
  }

  alert(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }
}

/** Two versions side by side, changes marked word by word. */
export class ComparePage {
  constructor(private readonly page: Page) {}

  async waitForLoad(): Promise<void> {
    await this.page.getByRole('heading', { name: /^Compare versions \d+ and \d+$/ }).waitFor();
  }

  deletions(text: string): Locator {
    return this.page.getByRole('deletion').filter({ hasText: text });
  }

  insertions(text: string): Locator {
    return this.page.getByRole('insertion').filter({ hasText: text });
  }

  claimMarker(number: number): Locator {
    return this.page.getByRole('link', { name: new RegExp(`^Claim ${number}, `) });
  }
}
