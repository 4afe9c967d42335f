// The desk's day, in a real browser: import, claims, assignment, evidence and verdicts,
// progress, a conflicting edit, and the exports that leave the desk.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/accessibility';
import { deskFixture } from './support/desk';
import { BoardPage } from './pages/board-page';
import { ImportPage } from './pages/import-page';

const FIXTURE = readFileSync(resolve(process.cwd(), '../shared/fixtures/articles/belarus-border-2022-03-12.txt'), 'utf8');
const desk = deskFixture();
let articleUrl = '';

beforeAll(() => desk.open());
afterAll(() => desk.close());

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

describe('the verification desk', () => {
  it('imports the sample article by paste, with caption, credit and headings not offered as claims', async () => {
    const page = await (await desk.as('editor')).newPage();
    const importer = new ImportPage(page);
    await importer.open();
    await expectAccessible(page);
    await importer.paste(FIXTURE);
    const board = new BoardPage(page);
    await board.waitForLoad();
    articleUrl = new URL(page.url()).pathname;
    const claims = await board.claimTexts();
    expect(claims.length).toBeGreaterThan(15);
    expect(claims.some((c) => c.includes('1,582 civilians'))).toBe(true);
    expect(claims.some((c) => /photo credit|\(credit:/i.test(c))).toBe(false);
    for (const heading of ['The fighting continues', 'Fortress Kyiv', 'Airfield strikes']) {
      expect(claims.some((c) => c.includes(`.${heading}Source`) || c.trim().endsWith(heading))).toBe(false);
    }
    expect(claims.filter((c) => c.includes('Gozhsky training ground')).length).toBeLessThanOrEqual(1);
    await expectAccessible(page);
  });

  it('imports a .docx and an .html upload', async () => {
    const page = await (await desk.as('editor')).newPage();
    const importer = new ImportPage(page);
    const doc = new Document({
      sections: [{ children: [
        new Paragraph({ text: 'Port traffic fell by a third in March', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('Container traffic at the port fell 34% in March compared with a year earlier, the port authority said on Monday.'),
        new Paragraph('“We expect volumes to recover by the autumn,” harbour master Jane Okafor told reporters.'),
      ] }],
    });
    await importer.open();
    await importer.upload({ name: 'port-traffic.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await Packer.toBuffer(doc) });
    const board = new BoardPage(page);
    await board.waitForLoad();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Port traffic fell by a third');
    expect((await board.claimTexts()).some((c) => c.includes('34%'))).toBe(true);

    const html = `<!doctype html><html><head><title>Council approves budget</title><script>alert(1)</script></head><body>
      <h1>Council approves budget</h1><p>The city council approved a $119 billion budget on Tuesday, the mayor's office said.</p>
      <p onclick="alert(2)">Spending on schools rises 4.5% to $2.1 billion, according to <a href="https://budget.example/2027/schools">the budget office</a>.</p></body></html>`;
    await importer.open();
    await importer.upload({ name: 'budget.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await board.waitForLoad();
    expect((await board.claimTexts()).some((c) => c.includes('$119 billion'))).toBe(true);
    expect(await page.content()).not.toContain('alert(2)');

    // The story's own link inside a claim is offered as its evidence, filled in from the link.
    await board.openClaim(/4\.5%/);
    await expect.poll(() => board.panel().getByRole('link', { name: 'the budget office' }).getAttribute('href')).toBe('https://budget.example/2027/schools');
    await board.useLinkAsEvidence('the budget office');
    const form = board.panel().getByRole('form', { name: 'Add evidence' });
    expect(await form.getByLabel('Title').inputValue()).toBe('');
    const saved = board.panel().getByRole('listitem').filter({ hasText: 'budget.example' }).first();
    await expect.poll(() => saved.textContent()).toMatch(/Supports\s*the budget office/);
    await expect.poll(() => board.panel().getByRole('button', { name: /^Use as evidence/ }).count()).toBe(0);
  });

  it('refuses an unsupported file with a clear message', async () => {
    const page = await (await desk.as('editor')).newPage();
    const importer = new ImportPage(page);
    await importer.open();
    await importer.upload({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 fake') });
    await expect.poll(() => importer.alert().textContent()).toMatch(/\.txt.*\.docx|PDF/i);
  });

  it('lets the editor add a claim from a selection and assign three claims to the reviewer', async () => {
    const page = await (await desk.as('editor')).newPage();
    await page.goto(articleUrl);
    const board = new BoardPage(page);
    await board.waitForLoad();
    const before = await board.claimRows().count();
    await board.selectText('a 12-day blockade');
    await page.getByRole('button', { name: 'Add claim from selection' }).click();
    await expect.poll(() => board.claimRows().count()).toBe(before + 1);

    for (const text of ['1,582 civilians', 'Some 7,144 people', '98 aircraft']) {
      await board.row(text).first().getByRole('checkbox').check();
    }
    await page.getByLabel('Assign to').selectOption({ label: 'Riley Reviewer' });
    await page.getByRole('button', { name: 'Assign selected' }).click();
    await expect.poll(() => board.row('Assigned to Riley Reviewer').count()).toBe(3);
    await expectAccessible(page);
  });

  it('lets the reviewer work the queue: evidence and three verdicts', async () => {
    const page = await (await desk.as('reviewer')).newPage();
    await page.goto('/my-claims');
    await expectAccessible(page);
    const queue = page.getByRole('main').getByRole('listitem');
    expect(await queue.count()).toBe(3);

    await page.getByRole('link', { name: /1,582 civilians/ }).click();
    const board = new BoardPage(page);
    await board.panel().waitFor();
    await board.addEvidence({ url: 'https://www.reuters.com/world/europe/mariupol-1582', title: 'Mariupol says 1,582 civilians killed' });
    await board.addEvidence({ url: 'https://apnews.com/article/mariupol-toll', title: 'AP: Mariupol council gives toll', note: 'Independent reporting' });
    await board.setStatus('Confirmed');
    expect(await board.panel().getByRole('note').count()).toBe(0);
    await expectAccessible(page);

    await page.goto('/my-claims');
    await page.getByRole('link', { name: /7,144 people/ }).click();
    await board.panel().waitFor();
    await board.addEvidence({ url: 'https://www.pravda.com.ua/news/evacuations', title: 'Zelensky on evacuations' });
    await board.setStatus('Single source');

    await page.goto('/my-claims');
    await page.getByRole('link', { name: /98 aircraft/ }).click();
    await board.panel().waitFor();
    await board.addEvidence({ url: 'https://www.bbc.co.uk/news/russia-claims', title: 'Russian losses claims doubted', stance: 'Contradicts' });
    await board.setStatus('Disputed');
    expect(await board.panel().getByText('Suggested from evidence: Disputed').count()).toBe(1);
  });

  it('refuses the reviewer a claim that is not theirs', async () => {
    const context = await desk.as('reviewer');
    const page = await context.newPage();
    await page.goto(articleUrl);
    const board = new BoardPage(page);
    await board.waitForLoad();
    await board.openClaim('Gulevich');
    expect(await board.panel().getByRole('button', { name: 'Confirmed', exact: true }).count()).toBe(0);
    const articleId = articleUrl.split('/').pop();
    const data = await (await page.request.get(`/api/v1/articles/${articleId}`)).json();
    const claim = data.claims.find((c: { quote: string }) => c.quote.includes('Gulevich said on Saturday'));
    const res = await page.request.patch(`/api/v1/claims/${claim.id}`, { data: { version: claim.version, status: 'confirmed' }, headers: { origin: desk.baseURL } });
    expect(res.status()).toBe(403);
  });

  it('shows the editor the progress and statuses', async () => {
    const page = await (await desk.as('editor')).newPage();
    await page.goto(articleUrl);
    const board = new BoardPage(page);
    await board.waitForLoad();
    expect(await board.progressText()).toMatch(/^3 of \d+ claims checked$/);
    await page.getByLabel('Filter by status').selectOption('confirmed');
    expect(await board.claimRows().count()).toBe(1);
    expect(await board.claimRows().first().textContent()).toContain('1,582 civilians');
  });

  it('lets the editor correct the article details the import read', async () => {
    const page = await (await desk.as('editor')).newPage();
    await page.goto(articleUrl);
    await new BoardPage(page).waitForLoad();
    await page.getByText('Edit article details').click();
    await page.getByLabel('Publication').fill('The Jerusalem Post');
    await page.getByLabel('Source URL').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => page.getByRole('main').getByRole('alert').first().textContent()).toMatch(/http:\/\/ or https:\/\//);
    await page.getByLabel('Source URL').fill('https://www.jpost.com/international/article-701077');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Article details saved');
    await expect.poll(() => page.getByRole('main').locator('header').first().textContent()).toContain('The Jerusalem Post');
  });

  it('stops a concurrent edit from silently overwriting another', async () => {
    const first = await (await desk.as('editor')).newPage();
    const second = await (await desk.as('admin')).newPage();
    for (const page of [first, second]) {
      await page.goto(articleUrl);
      const board = new BoardPage(page);
      await board.waitForLoad();
      await board.openClaim('Gulevich said on Saturday');
    }
    await new BoardPage(first).setStatus('In progress');
    await second.getByRole('region', { name: /^Claim \d+$/ }).getByRole('button', { name: 'Disputed', exact: true }).click();
    await expect.poll(() => second.getByRole('main').getByRole('alert').first().textContent()).toMatch(/Someone else changed this claim.*Dana Editor set status to In progress/);
    await second.getByRole('button', { name: 'Load the current version' }).click();
    await second.getByRole('region', { name: /^Claim \d+$/ }).getByRole('button', { name: 'In progress', pressed: true }).waitFor();
  });

  it('exports the annotated article and the report as files the editor can open', async () => {
    const page = await (await desk.as('editor', { acceptDownloads: true })).newPage();
    await page.goto(articleUrl);
    await new BoardPage(page).waitForLoad();
    for (const [link, pattern] of [['Download annotated article', /annotated\.html$/], ['Download report', /report\.html$/]] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
      expect(download.suggestedFilename()).toMatch(pattern);
      const html = readFileSync((await download.path())!, 'utf8');
      expect(html).toContain('Belarus denies plans');
      expect(html).toMatch(/Confirmed/);
      expect(html).toMatch(/Single source/);
      expect(html).toMatch(/Disputed/);
      expect(html).toContain('reuters.com');
      expect(html).not.toMatch(/<script/i);
    }
  });
});
