// Two people at once, each in their own browser: the bell, the live board, @mentions,
// and the settings and admin screens for notifications, email and webhooks.
import type { Page } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser } from '@/lib/users/manage-users';
import { startReceiver } from '@/lib/outbox/test-servers';
import { verifySignature } from '@/lib/outbox/signature';
import { seriousViolations } from './support/accessibility';
import { deskFixture } from './support/desk';
import { BoardPage } from './pages/board-page';
import { DeskHeader } from './pages/desk-header';
import { LoginPage } from './pages/login-page';

const TEXT = `Ferry operator cuts winter crossings

The operator will run 40% fewer crossings between November and March, its chief executive said on Tuesday.

Passenger numbers fell to 2.1 million last year, down from 3.4 million in 2019, according to the port authority.

The island council said 600 residents depend on the ferry to reach work.`;

const desk = deskFixture();
let articleId = '';
let claims: { id: string; quote: string; version: number }[] = [];
const claimWith = (text: string) => claims.find((c) => c.quote.includes(text))!;

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

/** Marks the window, so a later check can tell the page was not reloaded. */
async function markWindow(page: Page) {
  await page.evaluate(() => ((window as unknown as { __sameWindow: boolean }).__sameWindow = true));
}
const sameWindow = (page: Page) => page.evaluate(() => (window as unknown as { __sameWindow?: boolean }).__sameWindow === true);

// A reviewer of this spec's own, so the shared reviewer's queue (desk.spec counts it) stays theirs.
const CASEY = { email: 'casey.checker@claimdesk.test', name: 'Casey Checker', password: 'casey long passphrase' };
let caseyCookies: Awaited<ReturnType<BrowserContext['cookies']>> = [];
async function asCasey(): Promise<BrowserContext> {
  const context = await desk.as(null);
  await context.addCookies(caseyCookies);
  return context;
}

beforeAll(async () => {
  await desk.open();
  process.env.DATABASE_PATH = inject('databasePath');
  await createUser({ ...CASEY, role: 'reviewer' });
  const signIn = await desk.as(null);
  const login = await signIn.newPage();
  await new LoginPage(login).signIn(CASEY.email, CASEY.password);
  await login.waitForURL('**/my-claims');
  caseyCookies = await signIn.cookies();
  const editor = await (await desk.as('editor')).newPage();
  const res = await editor.request.post('/api/v1/articles', { data: { title: 'Ferry operator cuts winter crossings', text: TEXT }, headers: { origin: desk.baseURL } });
  const body = await res.json();
  articleId = body.article.id;
  claims = body.claims;
});
afterAll(() => desk.close());

describe('working together', () => {
  it('raises the reviewer’s bell and fills My claims when the editor assigns a claim, without a reload', async () => {
    const reviewer = await (await asCasey()).newPage();
    await reviewer.goto('/my-claims');
    const header = new DeskHeader(reviewer);
    await header.bell().waitFor();
    const before = await header.unread();
    await markWindow(reviewer);

    const editor = await (await desk.as('editor')).newPage();
    await editor.goto(`/articles/${articleId}?claim=${claimWith('40% fewer crossings').id}`);
    const board = new BoardPage(editor);
    await board.waitForLoad();
    await board.panel().waitFor();
    await board.panel().getByLabel('Reviewer').selectOption({ label: 'Casey Checker' });
    await board.panel().getByRole('button', { name: 'Save assignment' }).click();

    await expect.poll(() => header.unread(), { timeout: 15_000 }).toBe(before + 1);
    await expect.poll(() => reviewer.getByRole('main').getByRole('link', { name: /40% fewer crossings/ }).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => header.myClaimsLink().textContent(), { timeout: 15_000 }).toMatch(/open/);
    expect(await sameWindow(reviewer)).toBe(true);

    const panel = await header.openNotifications();
    const item = panel.getByRole('link', { name: /Dana Editor assigned you a claim in “Ferry operator cuts winter crossings”/ });
    await item.waitFor();
    await expectAccessible(reviewer);
    await panel.getByRole('button', { name: 'Mark all read' }).click();
    await expect.poll(() => header.unread()).toBe(0);
  });

  it('shows the reviewer’s verdict on the editor’s open board within a second, and keeps what the editor was typing', async () => {
    const claim = claimWith('2.1 million');
    const editor = await (await desk.as('editor')).newPage();
    const assigned = await editor.request.patch(`/api/v1/claims/${claim.id}`, { data: { version: claim.version, assigneeId: (await (await editor.request.get('/api/v1/users?role=reviewer')).json()).users.find((u: { name: string }) => u.name === 'Casey Checker').id }, headers: { origin: desk.baseURL } });
    expect(assigned.status()).toBe(200);
    const version = (await assigned.json()).claim.version;

    await editor.goto(`/articles/${articleId}?claim=${claim.id}`);
    const board = new BoardPage(editor);
    // The claims list is drawn in the browser, so once it is there the page is hydrated: text typed
    // into the server-rendered panel before then would be reset by hydration, not by a live update.
    await board.waitForLoad();
    await board.panel().waitFor();
    await board.panel().getByRole('textbox', { name: 'Statement to check' }).fill('Passenger numbers fell by a third (draft)');
    await markWindow(editor);

    const reviewer = await (await asCasey()).newPage();
    await reviewer.goto(`/articles/${articleId}`);
    await expect.poll(() => editor.getByText(/Also on this article now: Casey Checker/).count(), { timeout: 15_000 }).toBe(1);

    const started = Date.now();
    const verdict = await reviewer.request.patch(`/api/v1/claims/${claim.id}`, { data: { version, status: 'disputed' }, headers: { origin: desk.baseURL } });
    expect(verdict.status()).toBe(200);
    await board.panel().getByText('Casey Checker just set this to Disputed.').waitFor({ timeout: 15_000 });
    const elapsed = Date.now() - started;
    await expect.poll(() => board.row('2.1 million').first().textContent(), { timeout: 15_000, interval: 50 }).toContain('Disputed');
    console.log(`[e2e] the reviewer's verdict reached the editor's panel in ${elapsed} ms and the claims list in ${Date.now() - started} ms`);
    // A second is the goal on a quiet machine; this shared one gets headroom (bench/RESULTS.md has the measured figures).
    expect(elapsed).toBeLessThan(5_000);
    expect(await sameWindow(editor)).toBe(true);
    expect(await board.panel().getByRole('textbox', { name: 'Statement to check' }).inputValue()).toBe('Passenger numbers fell by a third (draft)');
    await expectAccessible(editor);
  });

  it('notifies the person an @mention names', async () => {
    const reviewer = await (await asCasey()).newPage();
    await reviewer.goto('/my-claims');
    const header = new DeskHeader(reviewer);
    await header.bell().waitFor();
    const before = await header.unread();

    const editor = await (await desk.as('editor')).newPage();
    await editor.goto(`/articles/${articleId}?claim=${claimWith('600 residents').id}`);
    const board = new BoardPage(editor);
    await board.waitForLoad();
    await board.panel().waitFor();
    const box = board.panel().getByRole('combobox', { name: /Comment/ });
    await box.fill('Can you call the council? @Cas');
    const option = editor.getByRole('listbox', { name: 'People to mention' }).getByRole('option', { name: /Casey Checker/ });
    await option.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(editor);
    await box.press('Enter');
    expect(await box.inputValue()).toBe('Can you call the council? @Casey Checker ');
    await box.press('End');
    await box.pressSequentially('thanks');
    await board.panel().getByRole('button', { name: 'Post' }).click();
    await board.panel().getByText('@Casey Checker', { exact: true }).waitFor();

    await expect.poll(() => header.unread(), { timeout: 15_000 }).toBe(before + 1);
    const panel = await header.openNotifications();
    await panel.getByRole('link', { name: /Dana Editor mentioned you on a claim in “Ferry operator cuts winter crossings”: “Can you call the council\? @Casey Checker thanks”/ }).waitFor();
  });

  it('lets each person choose email notifications on the settings page', async () => {
    const page = await (await asCasey()).newPage();
    await page.goto('/settings');
    const section = page.getByRole('region', { name: 'Notifications' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Notifications' }) })).first();
    const assigned = section.getByLabel('A claim is assigned to me');
    expect(await assigned.isChecked()).toBe(false);
    await assigned.check();
    await expect.poll(() => section.getByRole('status').textContent()).toMatch(/Saved\. 1 kind of notification will also come by email/);
    await page.reload();
    expect(await page.getByLabel('A claim is assigned to me').isChecked()).toBe(true);
    await expectAccessible(page);
  });

  it('lets an admin add a webhook, send a signed test and read the delivery log', async () => {
    const receiver = await startReceiver();
    try {
      const page = await (await desk.as('admin')).newPage();
      await page.goto('/admin');
      const form = page.getByRole('main').locator('form').filter({ hasText: 'Add a webhook' });
      await form.getByLabel('Address (https://…)').fill(receiver.url);
      await form.getByLabel(/^Secret/).fill('an-e2e-webhook-secret-42');
      await form.getByRole('button', { name: 'Add webhook' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain('Webhook added');
      await page.getByRole('button', { name: `Send test to ${receiver.url}` }).click();
      await expect.poll(() => receiver.requests.length, { timeout: 15_000 }).toBe(1);
      const [req] = receiver.requests;
      expect(req!.headers['x-claimdesk-event']).toBe('webhook.test');
      expect(verifySignature(String(req!.headers['x-claimdesk-signature']), req!.body, 'an-e2e-webhook-secret-42')).toBe(true);
      const log = page.getByRole('table', { name: /Latest email and webhook deliveries/ });
      await expect.poll(async () => { await page.reload(); return log.getByRole('row').nth(1).textContent(); }, { timeout: 15_000 }).toMatch(/webhook\.test.*Delivered.*200/);
      await expectAccessible(page);
      page.once('dialog', (d) => d.accept());
      await page.getByRole('button', { name: `Remove ${receiver.url}` }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain('removed');
    } finally {
      await receiver.close();
    }
  });
});
