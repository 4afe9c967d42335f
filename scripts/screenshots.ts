// Screenshots of the desk for looking at, not for tests: builds if needed, seeds a temp
// database, starts the production server, signs in and saves PNGs (desktop 1280×800 and
// phone 390×844) to screenshots/ (gitignored). Add a screen to SCREENS to have it taken.
//   npx tsx --conditions=react-server scripts/screenshots.ts [--only NAME]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { closeDb, getDb } from '@/db';
import { runMigrations } from '@/db/migrate';
import { users } from '@/db/schema';
import { LoginPage } from '@/e2e/pages/login-page';
import { launchChromium } from '@/e2e/support/chromium';
import { freePort, startServer, stopServer } from '@/e2e/support/server';
import { importArticle } from '@/lib/articles/import-article';
import { getArticle } from '@/lib/articles/queries';
import type { Actor } from '@/lib/auth/permissions';
import { getClaim } from '@/lib/claims/queries';
import { bulkAssign, updateClaim } from '@/lib/claims/update-claim';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { buildIfNeeded } from './build-if-needed';
import { DEMO_ACCOUNTS, seedDemoAccounts, seedSampleArticle } from './seed';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const OUT = resolve(process.cwd(), 'screenshots');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

interface Scene { editorId: string; newerArticleId: string; newerClaimId: string }
interface Screen { name: string; as: 'editor' | 'reviewer'; open: (page: Page, scene: Scene) => Promise<void>; fullPage?: boolean }

const SCREENS: Screen[] = [
  { name: 'articles', as: 'editor', open: async (page) => { await page.goto('/articles'); } },
  { name: 'articles-filtered', as: 'editor', open: async (page) => { await page.goto('/articles?claims=open&sort=title'); } },
  { name: 'search-results', as: 'editor', open: async (page) => { await page.goto('/search?q=1%2C582'); } },
  { name: 'search-empty', as: 'editor', open: async (page) => { await page.goto('/search?q=xylophone'); } },
  { name: 'my-claims', as: 'reviewer', open: async (page) => { await page.goto('/my-claims'); } },
  {
    name: 'checked-before', as: 'editor', fullPage: false,
    open: async (page, scene) => {
      await page.goto(`/articles/${scene.newerArticleId}?claim=${scene.newerClaimId}`);
      const section = page.getByRole('region', { name: 'Checked before?' });
      await section.getByRole('listitem').first().waitFor();
      await section.scrollIntoViewIfNeeded();
    },
  },
];

const EARLIER = `Kharkiv under bombardment

Kharkiv regional governor Oleh Synehubov said 1,582 civilians have been killed in the region since the invasion began.

The city's metro has become a shelter for thousands of families, officials said.`;
const NEWER = `Kharkiv counts its dead

At least 1582 civilians have died in the Kharkiv region since the start of the invasion, governor Oleh Synehubov said on Monday.

Schools will stay closed until the end of the month, the city's education department said.`;

async function seed(): Promise<Scene> {
  await seedDemoAccounts();
  const sampleId = await seedSampleArticle();
  if (!sampleId) throw new Error('The sample article (../shared/fixtures/articles) is needed for the screenshots.');
  const all = getDb().select().from(users).all();
  const find = (email: string): Actor => { const u = all.find((x) => x.email === email)!; return { id: u.id, name: u.name, email: u.email, role: u.role }; };
  const editor = find(DEMO_ACCOUNTS[0].email);
  const reviewer = find(DEMO_ACCOUNTS[1].email);
  const earlierId = await importArticle(editor, { text: EARLIER }, { allowPrivateHosts: false });
  const checked = getArticle({ id: earlierId }).claims.find((c) => c.quote.includes('1,582'))!;
  for (const [url, title] of [['https://www.ohchr.org/en/kharkiv-toll', 'UN: civilian toll in Kharkiv'], ['https://www.reuters.com/world/kharkiv-1582', 'Reuters: Kharkiv toll'], ['https://kharkivoda.gov.ua/news/1582', 'Regional administration: 1,582 dead']]) {
    addEvidence(editor, checked.id, { url, title, stance: 'supports', archiveUrl: `https://web.archive.org/web/2022/${url}` });
  }
  updateClaim(editor, checked.id, { version: getClaim({ id: checked.id }).version, status: 'confirmed' });
  const newerArticleId = await importArticle(editor, { text: NEWER }, { allowPrivateHosts: false });
  const newerClaimId = getArticle({ id: newerArticleId }).claims.find((c) => c.quote.includes('1582'))!.id;
  // A reviewer's queue with deadlines, some overdue.
  const picked = getArticle({ id: sampleId }).claims.slice(0, 12);
  bulkAssign(editor, { claimIds: picked.map((c) => c.id), versions: Object.fromEntries(picked.map((c) => [c.id, c.version])), assigneeId: reviewer.id, dueAt: new Date(Date.now() - 3_600_000).toISOString() });
  for (const c of picked.slice(0, 4)) updateClaim(editor, c.id, { version: getClaim({ id: c.id }).version, status: 'confirmed', dueAt: new Date(Date.now() + 86_400_000).toISOString() });
  for (let i = 0; i < 8; i++) {
    await importArticle(editor, { title: `Budget briefing ${i + 1}: city council approves spending`, text: `The city council approved a $${119 + i} billion budget on Tuesday, the mayor's office said.\n\nSpending on schools rises ${4 + i}.5% to $2.1 billion, according to the budget office.` }, { allowPrivateHosts: false });
  }
  return { editorId: editor.id, newerArticleId, newerClaimId };
}

async function main() {
  buildIfNeeded();
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-shots-'));
  const databasePath = join(dir, 'shots.db');
  process.env.DATABASE_PATH = databasePath;
  runMigrations();
  const scene = await seed();
  closeDb();
  const port = await freePort();
  const server = await startServer({ DATABASE_PATH: databasePath, AUTH_SECRET: randomBytes(32).toString('hex') }, port);
  const browser = await launchChromium();
  mkdirSync(OUT, { recursive: true });
  try {
    for (const [viewport, size] of Object.entries(VIEWPORTS)) {
      for (const role of ['editor', 'reviewer'] as const) {
        const screens = SCREENS.filter((s) => s.as === role && (!values.only || s.name.includes(values.only)));
        if (screens.length === 0) continue;
        const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, viewport: size, deviceScaleFactor: 1 });
        const page = await context.newPage();
        const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
        await new LoginPage(page).signIn(account.email, account.password);
        await page.waitForURL('**/articles');
        for (const screen of screens) {
          await screen.open(page, scene);
          await page.waitForLoadState('networkidle');
          const file = join(OUT, `${screen.name}-${viewport}.png`);
          await page.screenshot({ path: file, fullPage: screen.fullPage ?? true });
          console.log(file);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
