// Screenshots of the desk for looking at, not for tests: starts the production build on a
// seeded temp database, signs in each role and saves PNGs (desktop 1280×800, phone 390×844)
// to screenshots/. Run: npx tsx --conditions=react-server scripts/screenshots.ts
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { closeDb } from '@/db';
import { runMigrations } from '@/db/migrate';
import { getArticle } from '@/lib/articles/queries';
import { updateClaim } from '@/lib/claims/update-claim';
import { addComment } from '@/lib/comments/add-comment';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { startReceiver } from '@/lib/outbox/test-servers';
import { findUserByEmail } from '@/lib/users/manage-users';
import { registerWebhook } from '@/lib/webhooks/manage-webhooks';
import { launchChromium } from '@/e2e/support/chromium';
import { freePort, startServer, stopServer } from '@/e2e/support/server';
import { buildIfNeeded } from './build-if-needed';
import { DEMO_ACCOUNTS, seedDemoAccounts, seedSampleArticle } from './seed';

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const OUT = join(process.cwd(), 'screenshots');

const actorOf = (email: string) => {
  const u = findUserByEmail(email)!;
  return { id: u.id, name: u.name, email: u.email, role: u.role };
};

async function signIn(browser: Browser, baseURL: string, role: 'editor' | 'reviewer' | 'admin', viewport: { width: number; height: number }): Promise<Page> {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
  const context = await browser.newContext({ baseURL, viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/(articles|my-claims)$/);
  return page;
}

async function main() {
  buildIfNeeded();
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-shots-'));
  process.env.DATABASE_PATH = join(dir, 'shots.db');
  process.env.CLAIMDESK_ALLOW_PRIVATE_URLS = '1';
  runMigrations();
  await seedDemoAccounts();
  const articleId = (await seedSampleArticle())!;
  const editor = actorOf('editor@claimdesk.test');
  const reviewer = actorOf('reviewer@claimdesk.test');
  const admin = actorOf('admin@claimdesk.test');
  const claims = getArticle({ id: articleId }).claims;
  const soon = new Date(Date.now() + 90 * 60_000).toISOString();
  for (const c of claims.slice(0, 4)) updateClaim(editor, c.id, { version: c.version, assigneeId: reviewer.id, dueAt: soon });
  addComment(editor, claims[1]!.id, { body: '@Riley Reviewer can you find a second source for this?', mentions: [reviewer.id] });
  addEvidence(reviewer, claims[2]!.id, { url: 'https://example.org/report', title: 'Ministry report', stance: 'contradicts' });
  const receiver = await startReceiver([500]);
  await registerWebhook(admin, { url: receiver.url, events: ['claim.status_changed', 'comment.added'], secret: 'screenshot-secret-0001', format: 'slack' });
  await registerWebhook(admin, { url: 'https://hooks.example.org/services/T000/B000/XXXX', events: ['*'], secret: 'screenshot-secret-0002' });
  closeDb();

  const port = await freePort();
  const server = await startServer({ DATABASE_PATH: process.env.DATABASE_PATH, AUTH_SECRET: randomBytes(32).toString('hex'), CLAIMDESK_ALLOW_PRIVATE_URLS: '1', PUBLIC_URL: 'https://desk.example.org' }, port);
  const browser = await launchChromium();
  try {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const rev = await signIn(browser, `http://127.0.0.1:${port}`, 'reviewer', viewport);
      await rev.screenshot({ path: join(OUT, `my-claims-bell-${name}.png`) });
      await rev.getByRole('banner').getByRole('button', { name: /^Notifications,/ }).click();
      await rev.getByRole('region', { name: 'Notifications' }).getByRole('link').first().waitFor();
      await rev.screenshot({ path: join(OUT, `notifications-${name}.png`) });
      await rev.goto('/settings');
      await rev.screenshot({ path: join(OUT, `settings-${name}.png`), fullPage: true });
      await rev.goto(`/articles/${articleId}?claim=${claims[1]!.id}`);
      await rev.getByRole('combobox', { name: /Comment/ }).fill('Asking @Da');
      await rev.getByRole('option').first().waitFor();
      await rev.getByRole('combobox', { name: /Comment/ }).scrollIntoViewIfNeeded();
      await rev.screenshot({ path: join(OUT, `mention-${name}.png`) });

      const adm = await signIn(browser, `http://127.0.0.1:${port}`, 'admin', viewport);
      await adm.goto('/admin');
      for (const b of await adm.getByRole('button', { name: /^Send test/ }).all()) await b.click();
      await adm.waitForTimeout(2_500);
      await adm.reload();
      await adm.getByRole('heading', { name: 'Webhooks' }).scrollIntoViewIfNeeded();
      await adm.screenshot({ path: join(OUT, `admin-webhooks-${name}.png`), fullPage: true });
      await rev.context().close();
      await adm.context().close();
    }
  } finally {
    await browser.close();
    await stopServer(server);
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Screenshots in ${OUT}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
