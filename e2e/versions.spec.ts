// A new version of the sample in a real browser: the editor imports it, reads the summary,
// compares the versions and filters the edited claims; the reviewer finds the re-check in My
// claims and confirms it; the exports name version 2.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviseSample, SAMPLE_REVISION } from '@/lib/versions/test-revision';
import { seriousViolations } from './support/accessibility';
import { deskFixture } from './support/desk';
import { BoardPage } from './pages/board-page';
import { ImportPage } from './pages/import-page';
import { ComparePage, NewVersionPage } from './pages/versions-pages';

const FIXTURE = readFileSync(resolve(process.cwd(), '../shared/fixtures/articles/belarus-border-2022-03-12.txt'), 'utf8');
const desk = deskFixture();
let articleId = '';

beforeAll(() => desk.open());
afterAll(async () => {
  // Other specs count the reviewer's queue: take this article, and the claim it assigned, away again.
  if (articleId) {
    const page = await (await desk.as('editor')).newPage();
    await page.request.delete(`/api/v1/articles/${articleId}`, { headers: { origin: desk.baseURL } });
  }
  await desk.close();
});

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

interface ClaimJson { id: string; quote: string; version: number; anchor: string; needsRecheck: boolean; status: string }

async function claimsOf(page: Page): Promise<{ body: string; claims: ClaimJson[] }> {
  const data = await (await page.request.get(`/api/v1/articles/${articleId}`)).json();
  return { body: data.article.body, claims: data.claims };
}

describe('a new version of an article', () => {
  it('the editor imports version 2 and sees what happened to every claim', async () => {
    const page = await (await desk.as('editor')).newPage();
    const importer = new ImportPage(page);
    await importer.open();
    await importer.paste(FIXTURE, 'Belarus border (versions)');
    const board = new BoardPage(page);
    await board.waitForLoad();
    articleId = new URL(page.url()).pathname.split('/').pop()!;

    // Before the new draft: the Mariupol figure was checked and confirmed, assigned to the reviewer.
    const { body, claims } = await claimsOf(page);
    const figure = claims.find((c) => c.quote.includes('1,582 civilians in Ukraine'))!;
    const users = await (await page.request.get('/api/v1/users?role=reviewer')).json();
    const riley = users.users.find((u: { name: string }) => u.name === 'Riley Reviewer');
    const set = await page.request.patch(`/api/v1/claims/${figure.id}`, { data: { version: figure.version, assigneeId: riley.id, status: 'confirmed' }, headers: { origin: desk.baseURL } });
    expect(set.status()).toBe(200);

    await page.goto(`/articles/${articleId}`);
    await page.getByRole('link', { name: 'Import a new version' }).click();
    await page.getByRole('heading', { name: 'Import a new version' }).waitFor();
    await expectAccessible(page);
    await new NewVersionPage(page).paste(reviseSample(body));
    await board.waitForLoad();
    const summary = board.versionSummary();
    await expect.poll(() => summary.textContent()).toMatch(/Version 2 \(Dana Editor, \d\d:\d\d\): \d+ claims carried over unchanged, 3 edited, 1 removed, \d+ new sentences? offered\./);
    await expectAccessible(page);

    // The removed claim is kept with its work, listed for the editor, not attached elsewhere.
    const removed = board.removedClaims();
    await expect.poll(() => removed.textContent()).toContain('Removed in version 2');
    expect(await removed.textContent()).toContain(SAMPLE_REVISION.removed.slice(0, 40));
    expect(await page.getByRole('article', { name: 'Article text' }).textContent()).not.toContain('At least 78 children');

    // Filter "edited": exactly the three claims whose words changed, each flagged.
    await board.showChangeGroup('Edited');
    await expect.poll(() => board.claimRows().count()).toBe(3);
    for (const text of await board.claimTexts()) expect(text).toMatch(/Text changed/);
    expect((await board.claimTexts()).some((t) => t.includes('1,600 civilians') && t.includes('Text changed — re-check'))).toBe(true);
  });

  it('the compare view marks the changed words on both sides, with the claims’ markers', async () => {
    const page = await (await desk.as('editor')).newPage();
    await page.goto(`/articles/${articleId}`);
    await new BoardPage(page).waitForLoad();
    await page.getByRole('link', { name: 'Compare with version 1' }).click();
    const compare = new ComparePage(page);
    await compare.waitForLoad();
    await expect.poll(() => compare.deletions('1,582').count()).toBeGreaterThan(0);
    expect(await compare.insertions('1,600').count()).toBeGreaterThan(0);
    expect(await compare.deletions('7,144').count()).toBeGreaterThan(0);
    expect(await compare.insertions('1,300 Belarusian troops').count()).toBe(1);
    // Not colour alone: the deleted words are struck through and named for screen readers.
    const struck = await compare.deletions('1,582').first().evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(struck).toContain('line-through');
    expect(await compare.deletions('1,582').first().textContent()).toMatch(/^\[deleted: /);
    // The Mariupol claim's marker stands on both sides.
    const marker = page.getByRole('link', { name: /^Claim \d+, Confirmed$/ });
    expect(await marker.count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page);
  });

  it('the reviewer finds the re-check in My claims and confirms the verdict for the new wording', async () => {
    const page = await (await desk.as('reviewer')).newPage();
    await page.goto('/my-claims');
    const item = page.getByRole('listitem').filter({ hasText: 'Text changed — check again' });
    await expect.poll(() => item.count()).toBe(1);
    await expectAccessible(page);
    await item.getByRole('link').click();
    const board = new BoardPage(page);
    await board.waitForLoad();
    const notice = board.textChanged();
    await notice.waitFor();
    await expect.poll(() => notice.textContent()).toMatch(/Checked on:.*1,582.*Now reads:.*1,600/s);
    await expectAccessible(page);
    await notice.getByRole('button', { name: 'Keep “Confirmed” for the new wording' }).click();
    await page.getByRole('status').filter({ hasText: 're-checked' }).waitFor();
    await expect.poll(async () => (await claimsOf(page)).claims.find((c) => c.quote.includes('1,600 civilians'))?.needsRecheck).toBe(false);
    await page.goto('/my-claims');
    expect(await page.getByRole('listitem').filter({ hasText: 'Text changed — check again' }).count()).toBe(0);
  });

  it('the exports say they describe version 2', async () => {
    const page = await (await desk.as('editor')).newPage();
    const html = await (await page.request.get(`/api/v1/articles/${articleId}/export?format=html`)).text();
    expect(html).toMatch(/Checked against version 2 of \d+ \w+ \d{4}, \d\d:\d\d UTC/);
    expect(html).toContain('Removed in version 2 (1)');
    const md = await (await page.request.get(`/api/v1/articles/${articleId}/export?format=md`)).text();
    expect(md).toMatch(/Checked against version 2 of/);
    const annotations = await (await page.request.get(`/api/v1/articles/${articleId}/export?format=annotations`)).json();
    // Claims in the text point into version 2's text; the removed one into version 1, where it was last.
    const sources = new Set(annotations.first.items.flatMap((i: { target: { source: string }[] }) => i.target.map((t) => new URL(t.source).pathname)));
    expect([...sources].sort()).toEqual([`/api/v1/articles/${articleId}/versions/1`, `/api/v1/articles/${articleId}/versions/2`]);
  });
});
