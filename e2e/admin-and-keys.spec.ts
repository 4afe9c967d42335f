// The admin page, the error pages, and working the board from the keyboard.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiToken } from '@/lib/auth/api-tokens';
import { createUser, setUserDisabled } from '@/lib/users/manage-users';
import { seriousViolations } from './support/accessibility';
import { deskFixture } from './support/desk';
import { BoardPage } from './pages/board-page';
import { LoginPage } from './pages/login-page';

const desk = deskFixture();
beforeAll(() => desk.open());
afterAll(() => desk.close());

describe('admin', () => {
  it('adds an account, which can then sign in, and disables it', async () => {
    const page = await (await desk.as('admin')).newPage();
    await page.goto('/admin');
    expect(await seriousViolations(page)).toEqual([]);
    const form = page.getByRole('main').locator('form').filter({ hasText: 'Add an account' });
    await form.getByLabel('Name').fill('Nia Newhire');
    await form.getByLabel('Email').fill('nia@claimdesk.test');
    await form.getByLabel('Role').selectOption('reviewer');
    await form.getByLabel(/^Password/).fill('nia-password-1');
    await form.getByRole('button', { name: 'Add account' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Account created for nia@claimdesk.test');

    const newcomer = await (await desk.as(null)).newPage();
    await new LoginPage(newcomer).signIn('nia@claimdesk.test', 'nia-password-1');
    await newcomer.waitForURL('**/articles');

    await page.getByRole('button', { name: 'Disable nia@claimdesk.test' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('nia@claimdesk.test is disabled; their sessions and API tokens have ended');
    await newcomer.goto('/articles');
    await newcomer.waitForURL(/\/login/);
  });

  it('changes a role, resets a password (ending the person’s sessions) and shows token dates and state', async () => {
    process.env.DATABASE_PATH = inject('databasePath');
    await createUser({ email: 'rosa@claimdesk.test', name: 'Rosa Roles', role: 'reviewer', password: 'rosa long passphrase' });
    const token = createApiToken('rosa@claimdesk.test', 'Rosa script');
    const rosa = await (await desk.as(null)).newPage();
    await new LoginPage(rosa).signIn('rosa@claimdesk.test', 'rosa long passphrase');
    await rosa.waitForURL('**/articles');

    const page = await (await desk.as('admin')).newPage();
    await page.goto('/admin');
    await page.getByLabel('Role of rosa@claimdesk.test').selectOption('editor');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('rosa@claimdesk.test is now editor');
    await rosa.goto('/articles/new');
    await rosa.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(rosa.url()).pathname).toBe('/articles/new');

    const row = page.getByRole('listitem').filter({ hasText: 'Rosa script' });
    expect(await row.textContent()).toMatch(/Created \d+ \w+ \d{4} · last used never/);
    expect(await row.textContent()).toMatch(/Active/);
    await page.getByRole('button', { name: 'Reset password of rosa@claimdesk.test' }).click();
    const reset = page.getByRole('main').locator('form').filter({ hasText: 'Reset the password of rosa@claimdesk.test' });
    await reset.getByLabel(/^New password/).fill('qwertyuiop');
    await reset.getByRole('button', { name: 'Set new password' }).click();
    await expect.poll(() => page.getByRole('main').getByRole('alert').textContent()).toMatch(/common passwords|too easy/);
    await reset.getByLabel(/^New password/).fill('rosa new passphrase');
    await reset.getByRole('button', { name: 'Set new password' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('New password set for rosa@claimdesk.test; 1 session and 1 API token ended');
    await rosa.goto('/articles');
    await rosa.waitForURL(/\/login/);
    const refused = await fetch(`${desk.baseURL}/api/v1/me/claims`, { headers: { authorization: `Bearer ${token.token}` } });
    expect(refused.status).toBe(401);
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: 'Rosa script' }).textContent()).toMatch(/Revoked/);

    // A disabled person's tokens read as inactive.
    await createUser({ email: 'ina@claimdesk.test', name: 'Ina Inactive', role: 'reviewer', password: 'ina long passphrase' });
    createApiToken('ina@claimdesk.test', 'Ina feed');
    setUserDisabled({ email: 'ina@claimdesk.test' }, true);
    await page.reload();
    expect(await page.getByRole('listitem').filter({ hasText: 'Ina feed' }).textContent()).toContain('Inactive: the account is disabled');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('error pages', () => {
  it('says plainly when an article does not exist, with a 404', async () => {
    const page = await (await desk.as('editor')).newPage();
    const response = await page.goto('/articles/no-such-article');
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('says plainly when a reviewer opens the admin page, with a 403', async () => {
    const page = await (await desk.as('reviewer')).newPage();
    expect((await page.goto('/admin'))?.status()).toBe(403);
    await page.getByRole('heading', { name: /don’t have access/ }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('keyboard', () => {
  it('moves between claims and sets a status without the mouse', async () => {
    const page = await (await desk.as('editor')).newPage();
    await page.goto('/articles');
    await page.getByRole('main').getByRole('link').filter({ hasText: 'Belarus denies plans' }).first().click();
    const board = new BoardPage(page);
    await board.waitForLoad();
    await page.keyboard.press('j');
    await page.getByRole('heading', { name: 'Claim 1' }).waitFor();
    await page.keyboard.press('j');
    await page.getByRole('heading', { name: 'Claim 2' }).waitFor();
    await page.keyboard.press('k');
    await page.getByRole('heading', { name: 'Claim 1' }).waitFor();
    await page.keyboard.press('p');
    await board.panel().getByRole('button', { name: 'In progress', pressed: true }).waitFor();
    await page.keyboard.press('?');
    expect(await page.getByText('show or hide this list').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
