// The archive's lists at the two ends of their range, for people to look at: an empty desk
// (a fresh database with only the demo accounts), and, given a bench database
// (bench/generate.ts), the desk at 10,000 articles, the 5,000-claim reviewer's queue and a
// search across a million claims. Desktop 1280×800 and phone 390×844, PNGs to screenshots/.
//   npx tsx --conditions=react-server scripts/screenshots-archive-volume.ts [--db /tmp/claimdesk-1m.db]
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { closeDb } from '@/db';
import { runMigrations } from '@/db/migrate';
import { LoginPage } from '@/e2e/pages/login-page';
import { launchChromium } from '@/e2e/support/chromium';
import { freePort, startServer, stopServer } from '@/e2e/support/server';
import { buildIfNeeded } from './build-if-needed';
import { DEMO_ACCOUNTS, seedDemoAccounts } from './seed';

const OUT = resolve(process.cwd(), 'screenshots');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const { values } = parseArgs({ options: { db: { type: 'string' } } });

/** Signs in as each account on each viewport and saves `name-viewport.png` for every path given. */
async function shootOn(databasePath: string, browser: Browser, shots: { account: 0 | 1; name: string; path: string }[]) {
  const port = await freePort();
  const server = await startServer({ DATABASE_PATH: databasePath, AUTH_SECRET: randomBytes(32).toString('hex') }, port);
  try {
    for (const [viewport, size] of Object.entries(VIEWPORTS)) {
      for (const account of [0, 1] as const) {
        const mine = shots.filter((s) => s.account === account);
        if (mine.length === 0) continue;
        const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, viewport: size });
        const page = await context.newPage();
        await new LoginPage(page).signIn(DEMO_ACCOUNTS[account].email, DEMO_ACCOUNTS[account].password);
        // editors land on the articles list, reviewers on My claims
        await page.waitForURL(/\/(articles|my-claims)$/, { timeout: 60_000 });
        for (const { name, path } of mine) {
          await page.goto(path, { timeout: 60_000 });
          // (a page with a live event stream never goes network-idle)
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.screenshot({ path: join(OUT, `${name}-${viewport}.png`), fullPage: true });
          console.log(`screenshots/${name}-${viewport}.png`);
        }
        await context.close();
      }
    }
  } finally {
    await stopServer(server);
  }
}

async function main() {
  buildIfNeeded();
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-empty-'));
  const browser = await launchChromium();
  try {
    process.env.DATABASE_PATH = join(dir, 'empty.db');
    runMigrations();
    await seedDemoAccounts();
    closeDb();
    await shootOn(process.env.DATABASE_PATH, browser, [
      { account: 0, name: 'articles-empty', path: '/articles' },
      { account: 1, name: 'my-claims-empty', path: '/my-claims' },
    ]);
    if (values.db) {
      await shootOn(values.db, browser, [
        { account: 0, name: 'articles-10000', path: '/articles' },
        { account: 0, name: 'search-1m-claims', path: '/search?q=Trump' },
        { account: 1, name: 'my-claims-5000', path: '/my-claims' },
      ]);
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
