// The admin page, the error pages, and working the board from the keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    await newcomer.waitForURL('**/my-claims');

    await page.getByRole('button', { name: 'Disable nia@claimdesk.test' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('nia@claimdesk.test is now disabled');
    await newcomer.goto('/articles');
    await newcomer.waitForURL(/\/login/);
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
