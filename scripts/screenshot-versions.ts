// The version screens for scripts/screenshots.ts: the sample article imported again, its
// Mariupol figure confirmed and a claim given a verdict, then its version 2 carried over, so
// the board shows a summary, a re-check, edited claims and a removed one.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { createArticle } from '@/lib/articles/create-article';
import { getArticle } from '@/lib/articles/queries';
import { updateClaim } from '@/lib/claims/update-claim';
import { extract } from '@/lib/extraction';
import { importText } from '@/lib/import';
import { findUserByEmail } from '@/lib/users/manage-users';
import { carryOverVersion } from '@/lib/versions/carry-over';
import { reviseSample } from '@/lib/versions/test-revision';
import { DEMO_ACCOUNTS, sampleArticlePath } from './seed';

export interface RevisedArticle {
  articleId: string;
  editedId: string;
  removedId: string;
}

const actorOf = (i: number) => {
  const u = findUserByEmail(DEMO_ACCOUNTS[i]!.email)!;
  return { id: u.id, name: u.name, email: u.email, role: u.role };
};

export function seedRevisedArticle(): RevisedArticle {
  const editor = actorOf(0);
  const reviewer = actorOf(1);
  const imported = importText(readFileSync(sampleArticlePath()!, 'utf8'), {});
  const articleId = createArticle(editor, { ...imported, title: `${imported.title ?? 'Sample'} (two versions)` }, extract(imported.body));
  const claims = getArticle({ id: articleId }).claims;
  const figure = claims.find((c) => c.quote.includes('1,582 civilians in Ukraine'))!;
  const children = claims.find((c) => c.quote.includes('At least 78 children'))!;
  updateClaim(editor, figure.id, { version: figure.version, assigneeId: reviewer.id, status: 'confirmed' });
  updateClaim(editor, children.id, { version: children.version, assigneeId: reviewer.id, status: 'single_source' });
  const next = reviseSample(imported.body);
  carryOverVersion(editor, articleId, { ...imported, body: next, fileName: null }, extract(next));
  return { articleId, editedId: figure.id, removedId: children.id };
}

type SignIn = (account: number, viewport: { width: number; height: number }) => Promise<{ context: BrowserContext; page: Page }>;

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

export async function shootVersionScreens({ articleId, editedId, removedId }: RevisedArticle, signedIn: SignIn, shoot: (page: Page, name: string) => Promise<void>) {
  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    const { context, page } = await signedIn(0, viewport);
    await page.goto(`/articles/${articleId}?imported=2`);
    await page.getByRole('list', { name: 'Claims in this article' }).waitFor();
    await shoot(page, `versions-board-summary-${size}`);
    await page.getByRole('button', { name: /^Edited \(\d+\)$/ }).click();
    await shoot(page, `versions-board-edited-${size}`);
    await page.goto(`/articles/${articleId}?claim=${editedId}`);
    await page.getByRole('region', { name: /^Text changed/ }).waitFor();
    await shoot(page, `versions-panel-text-changed-${size}`);
    await page.goto(`/articles/${articleId}?claim=${removedId}`);
    await page.getByRole('region', { name: /^Not in the text/ }).waitFor();
    await shoot(page, `versions-panel-removed-${size}`);
    for (const [path, name] of [
      [`/articles/${articleId}/versions/new`, 'versions-import'],
      [`/articles/${articleId}/versions`, 'versions-list'],
      [`/articles/${articleId}/versions/1`, 'versions-read-1'],
      [`/articles/${articleId}/compare?from=1&to=2`, 'versions-compare'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await shoot(page, `${name}-${size}`);
    }
    if (size === 'desktop') {
      // The annotated export of version 2: the version it describes, the re-check, the removed claim.
      const html = await (await page.request.get(`/api/v1/articles/${articleId}/export?format=html`)).text();
      const view = await context.newPage();
      await view.setContent(html);
      await shoot(view, 'versions-export-annotated');
      await view.evaluate(() => document.querySelector('.removed')?.scrollIntoView());
      await shoot(view, 'versions-export-removed');
    }
    await context.close();
    const reviewer = await signedIn(1, viewport);
    await reviewer.page.goto('/my-claims');
    await reviewer.page.getByRole('heading', { name: 'My claims' }).waitFor();
    await shoot(reviewer.page, `versions-my-claims-${size}`);
    await reviewer.context.close();
  }
}
