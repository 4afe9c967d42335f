// Screenshots of the desk for people to look at: starts the production build on a seeded temp
// database, signs in, and saves PNGs to screenshots/ (gitignored). Desktop 1280×800, phone 390×844.
// Run: npx tsx --conditions=react-server scripts/screenshots.ts (SHOTS=live for the
// working-together screens alone).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { closeDb } from '@/db';
import { runMigrations } from '@/db/migrate';
import { getArticle } from '@/lib/articles/queries';
import { updateClaim } from '@/lib/claims/update-claim';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { addComment } from '@/lib/comments/add-comment';
import { findUserByEmail } from '@/lib/users/manage-users';
import { seedLongArticle } from './seed-long-article';
import { launchChromium } from '@/e2e/support/chromium';
import { freePort, startServer, stopServer } from '@/e2e/support/server';
import { LoginPage } from '@/e2e/pages/login-page';
import { buildIfNeeded } from './build-if-needed';
import { DEMO_ACCOUNTS, seedDemoAccounts, seedSampleArticle } from './seed';
import { seedLiveWork, shootLiveScreens } from './screenshot-live';
import { seedArchiveScene, shootArchive } from './screenshots-archive';
import { seedRevisedArticle, shootVersionScreens } from './screenshot-versions';
import { seedLinkedArticle } from './seed-linked-article';

const OUT = resolve(process.cwd(), 'screenshots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** The sample article as a desk leaves it mid-shift: assigned, some evidence, a few verdicts. */
function seedWork(articleId: string) {
  const actorOf = (i: number) => {
    const u = findUserByEmail(DEMO_ACCOUNTS[i]!.email)!;
    return { id: u.id, name: u.name, email: u.email, role: u.role };
  };
  const editor = actorOf(0);
  const reviewer = actorOf(1);
  const claims = getArticle({ id: articleId }).claims;
  const find = (text: string) => getArticle({ id: articleId }).claims.find((c) => c.quote.includes(text));
  for (const c of claims.slice(0, 12)) updateClaim(editor, c.id, { version: c.version, assigneeId: reviewer.id, dueAt: new Date(Date.now() + 6 * 3_600_000) });
  const work: [string, 'confirmed' | 'single_source' | 'disputed' | 'in_progress', [string, string, 'supports' | 'contradicts'][]][] = [
    ['1,582 civilians', 'confirmed', [['https://www.reuters.com/world/europe/mariupol', 'Mariupol says 1,582 civilians killed', 'supports'], ['https://apnews.com/article/mariupol', 'AP: Mariupol council gives toll', 'supports']]],
    ['7,144 people', 'single_source', [['https://www.pravda.com.ua/news/evacuations', 'Zelensky on evacuations', 'supports']]],
    ['98 aircraft', 'disputed', [['https://www.bbc.co.uk/news/russia-claims', 'Russian losses claims doubted', 'contradicts']]],
    ['Gulevich said on Saturday', 'in_progress', []],
  ];
  for (const [text, status, evidence] of work) {
    const claim = find(text);
    if (!claim) continue;
    for (const [url, title, stance] of evidence) addEvidence(editor, claim.id, { url, title, stance, note: 'Independent reporting.' });
    const fresh = find(text)!;
    updateClaim(editor, fresh.id, { version: fresh.version, status });
  }
  const confirmedEmpty = claims[8];
  if (confirmedEmpty) updateClaim(editor, confirmedEmpty.id, { version: find(confirmedEmpty.quote.slice(0, 30))!.version, status: 'confirmed' });
  const discussed = find('1,582 civilians');
  if (discussed) addComment(reviewer, discussed.id, { body: 'Matches the council’s Telegram post; see claim 6 for the evacuation figure.' });
  return { focus: find('1,582 civilians')?.id, unassigned: claims.at(-3)?.id };
}

async function shoot(page: Page, name: string, fullPage = false) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
  console.log(`screenshots/${name}.png`);
}

async function signedIn(browser: Browser, base: string, account: number, viewport = DESKTOP) {
  const context = await browser.newContext({ baseURL: base, viewport });
  const page = await context.newPage();
  await new LoginPage(page).signIn(DEMO_ACCOUNTS[account]!.email, DEMO_ACCOUNTS[account]!.password);
  // Reviewers land on their queue, editors and admins on the articles.
  await page.waitForURL(/\/(articles|my-claims)$/);
  return { context, page };
}

async function main() {
  buildIfNeeded();
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-shots-'));
  process.env.DATABASE_PATH = join(dir, 'shots.db');
  // The webhook receiver runs on loopback.
  process.env.CLAIMDESK_ALLOW_PRIVATE_URLS = '1';
  const only = process.env.SHOTS;
  runMigrations();
  await seedDemoAccounts();
  const articleId = (await seedSampleArticle())!;
  const { focus, unassigned } = seedWork(articleId);
  const live = await seedLiveWork(articleId);
  const long = only ? null : await seedLongArticle(500);
  const archive = only ? null : await seedArchiveScene();
  const revised = only ? null : seedRevisedArticle();
  const linked = only ? null : await seedLinkedArticle();
  closeDb();
  const port = await freePort();
  const server = await startServer({ DATABASE_PATH: process.env.DATABASE_PATH, AUTH_SECRET: randomBytes(32).toString('hex'), CLAIMDESK_ALLOW_PRIVATE_URLS: '1' }, port);
  const base = `http://127.0.0.1:${port}`;
  const browser = await launchChromium();
  try {
    await shootLiveScreens(live, (account, viewport) => signedIn(browser, base, account, viewport), shoot, base);
    if (only === 'live' || !long || !revised || !linked || !archive) return;
    const { context, page } = await signedIn(browser, base, 0);
    await page.goto(`/articles/${articleId}?claim=${focus}`);
    await page.getByRole('heading', { name: /^Claim \d+$/ }).waitFor();
    await shoot(page, 'board-desktop');
    await page.getByRole('region', { name: /^Claim \d+$/ }).screenshot({ path: join(OUT, 'panel.png') });
    console.log('screenshots/panel.png');
    await page.locator('body').press('?');
    await shoot(page, 'shortcuts-dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('list', { name: 'Claims in this article' }).getByRole('checkbox').nth(1).check();
    await page.getByRole('list', { name: 'Claims in this article' }).getByRole('checkbox').nth(2).check();
    await shoot(page, 'bulk-bar');
    await page.getByRole('button', { name: 'Merge…' }).click();
    await shoot(page, 'merge-dialog');

    // A story whose links sit inside its claims: the panel offers them as evidence.
    await page.goto(`/articles/${linked.articleId}?claim=${linked.claimId}`);
    await page.getByRole('heading', { name: /^Claim \d+$/ }).waitFor();
    await page.getByRole('region', { name: /^Claim \d+$/ }).screenshot({ path: join(OUT, 'panel-linked-sources.png') });
    await page.getByRole('button', { name: /^Use as evidence/ }).first().click();
    await page.getByRole('region', { name: /^Claim \d+$/ }).screenshot({ path: join(OUT, 'panel-linked-sources-form.png') });

    await page.goto(`/articles/${long.id}`);
    await page.getByRole('list', { name: 'Claims in this article' }).waitFor();
    await page.locator('body').press('j');
    await shoot(page, 'board-long-article');

    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const reader = await browser.newContext({ bypassCSP: true, viewport: DESKTOP });
    for (const [format, name] of [['html', 'export-annotated'], ['report', 'export-report']] as const) {
      const html = await (await fetch(`${base}/api/v1/articles/${articleId}/export?format=${format}`, { headers: { cookie } })).text();
      const view = await reader.newPage();
      await view.setContent(html);
      await shoot(view, name);
      await shoot(view, `${name}-full`, true);
    }

    const phone = await signedIn(browser, base, 0, PHONE);
    // The two source forms (first import, new version), on both sizes; the file tab shows the shared file field.
    for (const [view, size] of [[page, 'desktop'], [phone.page, 'phone']] as const) {
      await view.goto('/articles/new');
      await view.getByRole('tab', { name: 'Upload a file' }).click();
      await shoot(view, `import-form-${size}`);
      await view.goto(`/articles/${articleId}/versions/new`);
      await view.getByRole('tab', { name: 'Fetch the source again' }).or(view.getByRole('tab', { name: 'Paste text' })).first().waitFor();
      await shoot(view, `new-version-form-${size}`);
    }
    await phone.page.goto(`/articles/${articleId}`);
    await phone.page.getByRole('list', { name: 'Claims in this article' }).waitFor();
    await shoot(phone.page, 'board-phone');
    await phone.page.goto(`/articles/${articleId}?claim=${focus}`);
    await phone.page.getByRole('dialog').waitFor();
    await shoot(phone.page, 'phone-sheet');

    const reviewer = await signedIn(browser, base, 1);
    await reviewer.page.goto(`/articles/${articleId}?claim=${unassigned}`);
    await reviewer.page.getByRole('heading', { name: /^Claim \d+$/ }).waitFor();
    await shoot(reviewer.page, 'reviewer-read-only');

    // Settings (every role) and Admin, on a desktop and a phone.
    for (const [viewport, suffix] of [[DESKTOP, 'desktop'], [PHONE, 'phone']] as const) {
      const admin = await signedIn(browser, base, 2, viewport);
      await admin.page.goto('/settings');
      await admin.page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
      await shoot(admin.page, `settings-${suffix}`, true);
      await admin.page.goto('/admin');
      await admin.page.getByRole('heading', { name: 'Admin', level: 1 }).waitFor();
      await shoot(admin.page, `admin-${suffix}`, true);
    }

    await shootArchive(browser, base, archive);
    await shootVersionScreens(revised, (account, viewport) => signedIn(browser, base, account, viewport), shoot);
  } finally {
    await browser.close();
    await stopServer(server);
    await live.receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
