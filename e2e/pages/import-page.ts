import type { Page } from 'playwright-core';

export class ImportPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/articles/new');
  }

  async paste(text: string, title?: string): Promise<void> {
    await this.page.getByRole('tab', { name: 'Paste text' }).click();
    if (title) await this.page.getByLabel(/^Title/).fill(title);
    await this.page.getByLabel('Article text').fill(text);
    await this.submit();
  }

  async upload(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByRole('tab', { name: 'Upload a file' }).click();
    await this.page.getByLabel(/^File/).setInputFiles(file);
    await this.submit();
  }

  async fromUrl(url: string): Promise<void> {
    await this.page.getByRole('tab', { name: 'From a web address' }).click();
    await this.page.getByLabel('Web address of the article').fill(url);
    await this.submit();
  }

  private async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import article' }).click();
  }

  alert() {
    return this.page.getByRole('main').getByRole('alert');
  }
}
