import type { Locator, Page } from 'playwright-core';

/** The header's archive search and its results page. */
export class SearchPage {
  constructor(readonly page: Page) {}

  /** Types into the one search box in the header and submits it. */
  async search(query: string): Promise<void> {
    const box = this.page.getByRole('search', { name: 'Archive' }).getByRole('searchbox', { name: 'Search the archive (claims, articles, evidence)' });
    await box.fill(query);
    await box.press('Enter');
    await this.page.waitForURL(/\/search\?/);
    await this.page.getByRole('heading', { name: 'Search the archive' }).waitFor();
  }

  results(): Locator {
    return this.page.getByRole('list', { name: /^Results for/ }).getByRole('listitem');
  }

  result(text: string | RegExp): Locator {
    return this.results().filter({ hasText: text });
  }

  /** The highlighted words of a result. */
  highlights(result: Locator): Promise<string[]> {
    return result.locator('mark').allTextContents();
  }

  async filter(label: 'Find' | 'Status' | 'Reviewer', option: string): Promise<void> {
    await this.page.getByRole('search', { name: 'Search with filters' }).getByLabel(label).selectOption({ label: option });
    await this.page.getByRole('search', { name: 'Search with filters' }).getByRole('button', { name: 'Search' }).click();
    await this.page.waitForLoadState('load');
  }
}
