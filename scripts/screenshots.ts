// Screenshots of the desk's screens, desktop (1280×800) and phone (390×844), to look at before
// calling UI work done. Starts the production build (building it if stale) on a seeded temp
// database and saves PNGs to screenshots/ (gitignored).
//   npx tsx --conditions=react-server scripts/screenshots.ts [name-filter]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { closeDb } from '@/db';
import { runMigrations } from '@/db/migrate';
import { buildIfNeeded } from '@/scripts/build-if-needed';
import { DEMO_ACCOUNTS, seedDemoAccounts, seedSampleArticle } from '@/scripts/seed';
import { launchChromium } from '@/e2e/support/chromium';
import { freePort, startServer, stopServer } from '@/e2e/support/server';
import { LoginPage } from '@/e2e/pages/login-page';
import { seedSampleRevision } from './screenshot-data';

const OUT = resolve(process.cwd(), 'screenshots');
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
type Role = (typeof DEMO_ACCOUNTS)[number]['role'];

interface Shot {
  name: string;
  role: Role;
  path: string;
  /** Something to do on the page before the picture (open a filter, select a claim). */
  act?: (page: Page) => Promise<void>;
}

async function main() {
  const filter = process.argv[2];
  buildIfNeeded();
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-shots-'));
  process.env.DATABASE_PATH = join(dir, 'shots.db');
  runMigrations();
  await seedDemoAccounts();
  const articleId = await seedSampleArticle();
  if (!articleId) throw new Error('the sample article (../shared/fixtures/articles) is needed for screenshots');
  const revision = await seedSampleRevision(articleId);
  closeDb();

  const all: Shot[] = [
    { name: 'board-after-new-version', role: 'editor', path: `/articles/${articleId}?imported=2` },
    { name: 'board-filtered-edited', role: 'editor', path: `/articles/${articleId}`, act: (p: Page) => p.getByRole('button', { name: /^Edited \(\d+\)$/ }).click() },
    { name: 'panel-text-changed', role: 'editor', path: `/articles/${articleId}?claim=${revision.editedId}` },
    { name: 'panel-removed-claim', role: 'editor', path: `/articles/${articleId}?claim=${revision.removedId}` },
    { name: 'import-new-version', role: 'editor', path: `/articles/${articleId}/versions/new` },
    { name: 'versions-list', role: 'editor', path: `/articles/${articleId}/versions` },
    { name: 'read-version-1', role: 'editor', path: `/articles/${articleId}/versions/1` },
    { name: 'compare-1-2', role: 'editor', path: `/articles/${articleId}/compare?from=1&to=2` },
    { name: 'my-claims-recheck', role: 'reviewer', path: '/my-claims' },
    { name: 'reviewer-recheck-panel', role: 'reviewer', path: `/articles/${articleId}?claim=${revision.editedId}` },
  ];
  const shots = all.filter((s) => !filter || s.name.includes(filter));

  const port = await freePort();
  const server = await startServer({ DATABASE_PATH: process.env.DATABASE_PATH, AUTH_SECRET: randomBytes(32).toString('hex') }, port);
  const baseURL = `http://127.0.0.1:${port}`;
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    mkdirSync(OUT, { recursive: true });
    for (const [size, viewport] of Object.entries(SIZES)) {
      for (const role of [...new Set(shots.map((s) => s.role))]) {
        const context = await browser.newContext({ baseURL, viewport });
        const page = await context.newPage();
        const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
        await new LoginPage(page).signIn(account.email, account.password);
        await page.waitForURL((u) => !u.pathname.startsWith('/login'));
        for (const shot of shots.filter((s) => s.role === role)) {
          await page.goto(shot.path);
          await page.waitForLoadState('networkidle');
          await shot.act?.(page);
          await page.waitForTimeout(300);
          const file = join(OUT, `${shot.name}-${size}.png`);
          await page.screenshot({ path: file });
          console.log(file);
        }
        await context.close();
      }
    }
  } finally {
    await browser?.close();
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
