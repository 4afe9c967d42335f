// Signing in and out, and who gets through which door.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeDb } from '@/db';
import { createUser, setUserDisabled } from '@/lib/users/manage-users';
import { seriousViolations } from './support/accessibility';
import { deskFixture } from './support/desk';
import { LoginPage } from './pages/login-page';

const desk = deskFixture();
beforeAll(() => desk.open());
afterAll(async () => {
  await desk.close();
  closeDb();
});

describe('signing in', () => {
  it('lets the editor sign in and out, with an accessible login page', async () => {
    const page = await (await desk.as(null)).newPage();
    await page.goto('/login');
    expect(await seriousViolations(page)).toEqual([]);
    await new LoginPage(page).signIn('editor@claimdesk.test', 'claimdesk-editor');
    await page.waitForURL('**/articles');
    await expect.poll(() => page.getByRole('banner').getByText('Dana Editor').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login?signedOut=1');
    await page.goto('/articles');
    await page.waitForURL(/\/login/);
  });

  it('shows an error for a wrong password and gives no session', async () => {
    const context = await desk.as(null);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.signIn('editor@claimdesk.test', 'not-the-password');
    await expect.poll(() => login.alert().textContent()).toContain('Wrong email or password');
    const cookies = await context.cookies();
    expect(cookies.some((c) => c.name.includes('session-token'))).toBe(false);
    await page.goto('/articles');
    await page.waitForURL(/\/login/);
  });

  it('locks an account after repeated failures', async () => {
    const page = await (await desk.as(null)).newPage();
    const login = new LoginPage(page);
    for (let i = 0; i < 5; i++) {
      await login.signIn('nobody-real@claimdesk.test', `guess-${i}`);
      await expect.poll(() => login.alert().textContent()).toMatch(/Wrong email or password|locked/);
    }
    await login.signIn('nobody-real@claimdesk.test', 'guess-again');
    await expect.poll(() => login.alert().textContent()).toContain('locked for 15 minutes');
  });
});

describe('doors', () => {
  it('sends an anonymous visitor to the login page from every app page', async () => {
    const page = await (await desk.as(null)).newPage();
    for (const path of ['/', '/articles', '/articles/new', '/articles/some-id', '/my-claims', '/admin']) {
      await page.goto(path);
      expect(new URL(page.url()).pathname, path).toBe('/login');
    }
  });

  it('refuses an anonymous API call with 401 in the documented error shape', async () => {
    const res = await fetch(`${desk.baseURL}/api/v1/articles`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('gives a reviewer 403 on the admin page and the admin API', async () => {
    const context = await desk.as('reviewer');
    const page = await context.newPage();
    const response = await page.goto('/admin');
    expect(response?.status()).toBe(403);
    await expect.poll(() => page.getByRole('heading', { name: /don’t have access/ }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    const api = await context.request.post('/api/v1/users', {
      data: { email: 'sneaky@claimdesk.test', name: 'Sneaky', role: 'admin', password: 'sneaky-password' },
      headers: { origin: desk.baseURL },
    });
    expect(api.status()).toBe(403);
  });

  it('locks out a user who is disabled while signed in', async () => {
    process.env.DATABASE_PATH = inject('databasePath');
    await createUser({ email: 'leaver@claimdesk.test', name: 'Lee Leaver', role: 'reviewer', password: 'leaver-password' });
    const page = await (await desk.as(null)).newPage();
    await new LoginPage(page).signIn('leaver@claimdesk.test', 'leaver-password');
    await page.waitForURL('**/my-claims');
    setUserDisabled({ email: 'leaver@claimdesk.test' }, true);
    await page.goto('/my-claims');
    await page.waitForURL(/\/login/);
    const res = await page.request.get('/api/v1/me/claims');
    expect(res.status()).toBe(401);
  });
});
