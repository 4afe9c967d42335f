import type { Locator, Page } from 'playwright-core';

/** The article board: article text, claims list and the claim panel. */
export class BoardPage {
  constructor(readonly page: Page) {}

  async waitForLoad(): Promise<void> {
    await this.page.waitForURL(/\/articles\/[\w-]+/);
    await this.page.getByRole('list', { name: 'Claims in this article' }).waitFor();
  }

  claimsList(): Locator {
    return this.page.getByRole('list', { name: 'Claims in this article' });
  }

  claimRows(): Locator {
    return this.claimsList().getByRole('listitem');
  }

  async claimTexts(): Promise<string[]> {
    return this.claimRows().allTextContents();
  }

  row(text: string | RegExp): Locator {
    return this.claimRows().filter({ hasText: text });
  }

  async openClaim(text: string | RegExp): Promise<void> {
    await this.row(text).first().getByRole('button').first().click();
    await this.page.getByRole('heading', { name: /^Claim \d+$/ }).waitFor();
  }

  panel(): Locator {
    return this.page.getByRole('region', { name: /^Claim \d+$/ });
  }

  async setStatus(label: string): Promise<void> {
    await this.panel().getByRole('button', { name: label, exact: true }).click();
    await this.panel().getByRole('button', { name: label, exact: true, pressed: true }).waitFor();
  }

  async addEvidence(e: { url: string; title: string; stance?: 'Supports' | 'Contradicts' | 'Context'; note?: string }): Promise<void> {
    const panel = this.panel();
    await panel.getByLabel('Link (http or https)').fill(e.url);
    await panel.getByLabel('Title').fill(e.title);
    await panel.getByLabel(e.stance ?? 'Supports', { exact: true }).check();
    if (e.note) await panel.getByLabel('Note').fill(e.note);
    const before = await panel.getByRole('link', { name: e.title }).count();
    await panel.getByRole('button', { name: 'Add evidence' }).click();
    await panel.getByRole('link', { name: e.title }).nth(before).waitFor();
  }

  /** Selects a phrase of the article text as a person would with the mouse. */
  async selectText(phrase: string): Promise<void> {
    await this.page.evaluate((p) => {
      const article = document.querySelector('article[aria-label="Article text"]')!;
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.textContent!.indexOf(p);
        if (i >= 0) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + p.length);
          const sel = window.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          node.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
          return;
        }
      }
      throw new Error(`phrase not found in one text run: ${p}`);
    }, phrase);
  }

  /** What the latest version did to the claims, with its groups as filters. */
  versionSummary(): Locator {
    return this.page.getByRole('region', { name: /^What version \d+ did to the claims$/ });
  }

  async showChangeGroup(label: 'Unchanged' | 'Edited' | 'Removed' | 'New'): Promise<void> {
    await this.versionSummary().getByRole('button', { name: new RegExp(`^${label} \\(\\d+\\)$`) }).click();
  }

  removedClaims(): Locator {
    return this.page.getByRole('region', { name: /^Claims no longer in the text/ });
  }

  textChanged(): Locator {
    return this.page.getByRole('region', { name: /^Text changed/ });
  }

  progressText(): Promise<string | null> {
    return this.page.getByRole('progressbar').getAttribute('aria-valuetext');
  }
}
