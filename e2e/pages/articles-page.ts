import type { Locator, Page } from 'playwright-core';

/** The desk's list of articles: filters, pages, archive and delete. */
export class ArticlesPage {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/articles${query}`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  rows(): Locator {
    return this.page.getByRole('main').getByRole('list', { name: /^(Articles on the desk|Archived articles)$/ }).getByRole('listitem');
  }

  /** The first article with this title (the newest, in the default order). */
  row(title: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('heading', { name: title, exact: true }) }).first();
  }

  async titles(): Promise<string[]> {
    return this.rows().getByRole('heading', { level: 2 }).allTextContents();
  }

  async searchTitles(words: string): Promise<void> {
    const form = this.page.getByRole('search', { name: 'Find articles' });
    await form.getByLabel('Title has the words').fill(words);
    await form.getByRole('button', { name: 'Apply' }).click();
    await this.page.waitForURL(/q=/);
  }

  async archive(title: string): Promise<void> {
    await this.row(title).getByRole('button', { name: `Archive “${title}”` }).click();
    await this.page.getByRole('status').filter({ hasText: `Archived “${title}”` }).waitFor();
  }

  async delete(title: string): Promise<Locator> {
    await this.row(title).getByRole('button', { name: `Delete… “${title}”` }).click();
    return this.page.getByRole('dialog', { name: `Delete “${title}”?` });
  }
}
