// The archive's screens for scripts/screenshots.ts: the articles list, search results, the
// reviewer's queue and the panel's "Checked before?" section, desktop and phone.
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { LoginPage } from '@/e2e/pages/login-page';
import { importArticle } from '@/lib/articles/import-article';
import { getArticle } from '@/lib/articles/queries';
import { getClaim } from '@/lib/claims/queries';
import { updateClaim } from '@/lib/claims/update-claim';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { findUserByEmail } from '@/lib/users/manage-users';
import { DEMO_ACCOUNTS } from './seed';

const OUT = resolve(process.cwd(), 'screenshots');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

const EARLIER = `Kharkiv under bombardment

Kharkiv regional governor Oleh Synehubov said 1,582 civilians have been killed in the region since the invasion began.

The city's metro has become a shelter for thousands of families, officials said.`;
const NEWER = `Kharkiv counts its dead

At least 1582 civilians have died in the Kharkiv region since the start of the invasion, governor Oleh Synehubov said on Monday.

Schools will stay closed until the end of the month, the city's education department said.`;

export interface ArchiveScene { newerArticleId: string; newerClaimId: string }

/** An earlier article with a confirmed toll, a newer one restating it, and a few short pieces for the list. */
export async function seedArchiveScene(): Promise<ArchiveScene> {
  const u = findUserByEmail(DEMO_ACCOUNTS[0].email)!;
  const editor = { id: u.id, name: u.name, email: u.email, role: u.role };
  const earlierId = await importArticle(editor, { text: EARLIER }, { allowPrivateHosts: false });
  const checked = getArticle({ id: earlierId }).claims.find((c) => c.quote.includes('1,582'))!;
  for (const [url, title] of [['https://www.ohchr.org/en/kharkiv-toll', 'UN: civilian toll in Kharkiv'], ['https://www.reuters.com/world/kharkiv-1582', 'Reuters: Kharkiv toll'], ['https://kharkivoda.gov.ua/news/1582', 'Regional administration: 1,582 dead']]) {
    addEvidence(editor, checked.id, { url, title, stance: 'supports', archiveUrl: `https://web.archive.org/web/2022/${url}` });
  }
  updateClaim(editor, checked.id, { version: getClaim({ id: checked.id }).version, status: 'confirmed' });
  const newerArticleId = await importArticle(editor, { text: NEWER }, { allowPrivateHosts: false });
  const newerClaimId = getArticle({ id: newerArticleId }).claims.find((c) => c.quote.includes('1582'))!.id;
  for (let i = 0; i < 6; i++) {
    await importArticle(editor, { title: `Budget briefing ${i + 1}: city council approves spending`, text: `The city council approved a $${119 + i} billion budget on Tuesday, the mayor's office said.\n\nSpending on schools rises ${4 + i}.5% to $2.1 billion, according to the budget office.` }, { allowPrivateHosts: false });
  }
  return { newerArticleId, newerClaimId };
}

export async function shootArchive(browser: Browser, base: string, scene: ArchiveScene): Promise<void> {
  for (const [viewport, size] of Object.entries(VIEWPORTS)) {
    for (const account of [DEMO_ACCOUNTS[0], DEMO_ACCOUNTS[1]]) {
      const context = await browser.newContext({ baseURL: base, viewport: size });
      const page = await context.newPage();
      await new LoginPage(page).signIn(account.email, account.password);
      // editors land on the articles list, reviewers on My claims
      await page.waitForURL(/\/(articles|my-claims)$/);
      const shots: [string, string][] = account.role === 'editor'
        ? [['articles', '/articles'], ['search-results', '/search?q=1%2C582'], ['search-empty', '/search?q=xylophone']]
        : [['my-claims', '/my-claims']];
      for (const [name, path] of shots) {
        await page.goto(path);
        // (a page with a live event stream never goes network-idle)
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.screenshot({ path: join(OUT, `${name}-${viewport}.png`), fullPage: true });
        console.log(`screenshots/${name}-${viewport}.png`);
        if (name === 'articles') {
          // The delete confirmation is mounted only when asked for: look at it opened.
          await page.getByRole('button', { name: /^Delete…/ }).first().click();
          await page.getByRole('dialog').waitFor();
          await page.screenshot({ path: join(OUT, `articles-delete-${viewport}.png`) });
          console.log(`screenshots/articles-delete-${viewport}.png`);
          await page.keyboard.press('Escape');
          await page.getByRole('dialog').waitFor({ state: 'detached' });
        }
      }
      if (account.role === 'editor') {
        await page.goto(`/articles/${scene.newerArticleId}?claim=${scene.newerClaimId}`);
        const section = page.getByRole('region', { name: 'Checked before?' });
        await section.getByRole('listitem').first().waitFor();
        await section.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(OUT, `checked-before-${viewport}.png`) });
        await section.screenshot({ path: join(OUT, `checked-before-section-${viewport}.png`) });
        console.log(`screenshots/checked-before-${viewport}.png`);
      }
      await context.close();
    }
  }
}
