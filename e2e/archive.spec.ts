// The archive in a real browser: search for a figure, open the result, reuse an earlier
// verdict; and the desk's list: title search, archive with undo, delete with a
// confirmation, and a warning when the same article is imported twice.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility';
import { deskFixture } from './support/desk';
import { ArticlesPage } from './pages/articles-page';
import { BoardPage } from './pages/board-page';
import { CheckedBeforeSection } from './pages/checked-before';
import { ImportPage } from './pages/import-page';
import { SearchPage } from './pages/search-page';

const EARLIER = `Kharkiv under bombardment

Kharkiv regional governor Oleh Synehubov said 1,582 civilians have been killed in the region since the invasion began.

The city's metro has become a shelter for thousands of families, officials said.`;
const NEWER = `Kharkiv counts its dead

At least 1582 civilians have died in the Kharkiv region since the start of the invasion, governor Oleh Synehubov said on Monday.

Schools will stay closed until the end of the month, the city's education department said.`;

const desk = deskFixture();
beforeAll(() => desk.open());
afterAll(() => desk.close());

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

describe('the archive', () => {
  it('lets the editor search for a figure, open the result and reuse an earlier verdict', async () => {
    const page = await (await desk.as('editor')).newPage();
    // An earlier article, checked: confirmed with two sources.
    const origin = { origin: desk.baseURL };
    const earlier = await (await page.request.post('/api/v1/articles', { data: { text: EARLIER }, headers: origin })).json();
    const checked = earlier.claims.find((c: { quote: string }) => c.quote.includes('1,582'));
    for (const [url, title] of [['https://www.ohchr.org/en/kharkiv-toll', 'UN: civilian toll in Kharkiv'], ['https://www.reuters.com/world/kharkiv-1582', 'Reuters: Kharkiv toll']]) {
      expect((await page.request.post(`/api/v1/claims/${checked.id}/evidence`, { data: { url, title, stance: 'supports', archiveUrl: `https://web.archive.org/web/2022/${url}` }, headers: origin })).status()).toBe(201);
    }
    const current = (await (await page.request.get(`/api/v1/claims/${checked.id}`)).json()).claim;
    expect((await page.request.patch(`/api/v1/claims/${checked.id}`, { data: { version: current.version, status: 'confirmed' }, headers: origin })).status()).toBe(200);

    // Next week's article says it again, in other words.
    const importer = new ImportPage(page);
    await importer.open();
    await importer.paste(NEWER);
    await new BoardPage(page).waitForLoad();

    const search = new SearchPage(page);
    await search.search('1,582');
    await expectAccessible(page);
    const hit = search.result('Kharkiv counts its dead');
    expect(await hit.count()).toBeGreaterThanOrEqual(1);
    expect(await search.highlights(hit.first())).toContain('1582');
    expect(await search.result('Kharkiv under bombardment').count()).toBeGreaterThanOrEqual(1);
    await hit.first().getByRole('link').click();

    const board = new BoardPage(page);
    await board.panel().waitFor();
    expect(await board.panel().getByRole('textbox', { name: 'Statement to check' }).inputValue()).toContain('1582');
    const section = new CheckedBeforeSection(page);
    const match = section.match('Kharkiv under bombardment');
    await match.waitFor();
    expect(await match.textContent()).toMatch(/Checked on \d+ \w+ in ‘Kharkiv under bombardment’: confirmed, 2 sources/);
    await expectAccessible(page);
    await section.reuse('Kharkiv under bombardment', 'Confirmed');
    await board.panel().getByRole('button', { name: 'Confirmed', exact: true, pressed: true }).waitFor();
    await board.panel().getByRole('link', { name: 'Reuters: Kharkiv toll' }).waitFor();
    expect(await section.match('Kharkiv under bombardment').textContent()).toContain('Verdict reused from the check');
  });

  it('finds articles by title, archives with undo, and deletes only after a confirmation', async () => {
    const page = await (await desk.as('editor')).newPage();
    const list = new ArticlesPage(page);
    await list.open();
    await list.searchTitles('bombardment');
    expect(await list.titles()).toEqual(['Kharkiv under bombardment']);
    await expectAccessible(page);

    await list.open();
    await list.archive('Kharkiv under bombardment');
    expect(await list.titles()).not.toContain('Kharkiv under bombardment');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => list.titles()).toContain('Kharkiv under bombardment');

    // The same text imported again is flagged, with a link to the earlier copy.
    const importer = new ImportPage(page);
    await importer.open();
    await importer.paste(NEWER);
    await new BoardPage(page).waitForLoad();
    const note = page.getByRole('note', { name: 'Imported before' });
    expect(await note.textContent()).toMatch(/same text/);
    expect(await note.getByRole('link', { name: '‘Kharkiv counts its dead’' }).count()).toBe(1);

    await list.open();
    const before = (await list.titles()).filter((t) => t === 'Kharkiv counts its dead').length;
    expect(before).toBe(2);
    const dialog = await list.delete('Kharkiv counts its dead');
    expect(await dialog.textContent()).toMatch(/cannot be undone/);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await list.titles()).filter((t) => t === 'Kharkiv counts its dead')).toHaveLength(2);
    await (await list.delete('Kharkiv counts its dead')).getByRole('button', { name: 'Delete article' }).click();
    await expect.poll(async () => (await list.titles()).filter((t) => t === 'Kharkiv counts its dead').length).toBe(1);
  });

  it('shows reviewers the list without archive or delete', async () => {
    const page = await (await desk.as('reviewer')).newPage();
    const list = new ArticlesPage(page);
    await list.open();
    expect(await list.rows().count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^(Archive|Delete)/ }).count()).toBe(0);
  });
});
