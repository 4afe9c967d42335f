import type { Locator, Page } from 'playwright-core';

/** The article board: article text | claims list | claim panel, by accessible names only. */
export class BoardPage {
  constructor(readonly page: Page) {}

  async waitForLoad(): Promise<void> {
    await this.page.waitForURL(/\/articles\/[\w-]+/);
    await this.page.getByRole('list', { name: 'Claims in this article' }).waitFor();
  }

  articleText(): Locator {
    return this.page.getByRole('article', { name: 'Article text' });
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

  /** The row of claim n, by its number. */
  rowNumber(n: number): Locator {
    return this.claimRows().filter({ hasText: new RegExp(`^${n}\\.`) });
  }

  async numberOf(text: string | RegExp): Promise<number> {
    const t = (await this.row(text).first().textContent()) ?? '';
    return Number(/^(\d+)\./.exec(t.trim())?.[1]);
  }

  async openClaim(text: string | RegExp): Promise<void> {
    await this.row(text).first().getByRole('button').first().click();
    await this.page.getByRole('heading', { name: /^Claim \d+$/ }).waitFor();
  }

  panel(): Locator {
    return this.page.getByRole('region', { name: /^Claim \d+$/ });
  }

  panelHeading(): Locator {
    return this.page.getByRole('heading', { name: /^Claim \d+$/ });
  }

  async setStatus(label: string): Promise<void> {
    await this.panel().getByRole('button', { name: label, exact: true }).click();
    await this.panel().getByRole('button', { name: label, exact: true, pressed: true }).waitFor();
  }

  async addEvidence(e: { url: string; title: string; stance?: 'Supports' | 'Contradicts' | 'Context'; note?: string }): Promise<void> {
    const form = this.panel().getByRole('form', { name: 'Add evidence' });
    await form.getByLabel('Link (http or https)').fill(e.url);
    await form.getByLabel('Title').fill(e.title);
    await form.getByLabel(e.stance ?? 'Supports', { exact: true }).check();
    if (e.note) await form.getByLabel('Note').fill(e.note);
    const before = await this.panel().getByRole('link', { name: e.title }).count();
    await form.getByRole('button', { name: 'Add evidence' }).click();
    await this.panel().getByRole('link', { name: e.title }).nth(before).waitFor();
  }

  /** Starts new evidence from a link the article has inside the open claim, and saves it. */
  async useLinkAsEvidence(linkedWords: string): Promise<void> {
    await this.panel().getByRole('button', { name: `Use as evidence: ${linkedWords}` }).click();
    const form = this.panel().getByRole('form', { name: 'Add evidence' });
    await form.getByRole('button', { name: 'Add evidence' }).click();
    await this.panel().getByRole('heading', { name: /^Evidence \(\d+\)$/ }).waitFor();
  }

  /** The status line at the bottom of the screen ("Claim 4 set to Confirmed." with Undo). */
  toast(): Locator {
    return this.page.getByRole('status').filter({ hasText: /\S/ });
  }

  search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search claims' });
  }

  bulkBar(): Locator {
    return this.page.getByRole('form', { name: 'Selected claims' });
  }

  history(): Locator {
    return this.panel().getByRole('list', { name: 'Changes to this claim, newest first' });
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
