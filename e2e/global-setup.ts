// Builds the app if needed, migrates and seeds a throwaway database, starts the
// production server on it, and saves a signed-in browser state for each role.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { closeDb } from '@/db';
import { runMigrations } from '@/db/migrate';
import { buildIfNeeded } from '@/scripts/build-if-needed';
import { DEMO_ACCOUNTS, seedDemoAccounts, seedSampleArticle } from '@/scripts/seed';
import { launchChromium } from './support/chromium';
import { freePort, startServer, stopServer } from './support/server';
import { LoginPage } from './pages/login-page';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    databasePath: string;
    storageStates: Record<'editor' | 'reviewer' | 'admin', string>;
  }
}

export default async function setup(project: TestProject) {
  buildIfNeeded();
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-'));
  const databasePath = join(dir, 'e2e.db');
  process.env.DATABASE_PATH = databasePath;
  runMigrations();
  await seedDemoAccounts();
  await seedSampleArticle();
  closeDb();

  const port = await freePort();
  const server = await startServer(
    // TRUST_PROXY=loopback: the specs act as the HTTPS proxy in front (security.spec.ts's HSTS check).
    { DATABASE_PATH: databasePath, AUTH_SECRET: randomBytes(32).toString('hex'), CLAIMDESK_ALLOW_PRIVATE_URLS: '1', TRUST_PROXY: 'loopback' },
    port,
  );
  const baseURL = `http://127.0.0.1:${port}`;

  const statesDir = join(dir, 'states');
  mkdirSync(statesDir);
  const storageStates = {} as Record<'editor' | 'reviewer' | 'admin', string>;
  const browser = await launchChromium();
  try {
    for (const account of DEMO_ACCOUNTS) {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      await new LoginPage(page).signIn(account.email, account.password);
      await page.waitForURL('**/articles');
      const file = join(statesDir, `${account.role}.json`);
      await context.storageState({ path: file });
      storageStates[account.role] = file;
      await context.close();
    }
  } finally {
    await browser.close();
  }

  project.provide('baseURL', baseURL);
  project.provide('databasePath', databasePath);
  project.provide('storageStates', storageStates);

  return async () => {
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  };
}
