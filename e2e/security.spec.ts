// Security at the HTTP level, against the production server: sessions that end, the
// return path after sign-in, page headers (CSP with nonces, HSTS behind HTTPS), Origin
// checks, the settings page's password change, and the pages × callers matrix.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeDb } from '@/db';
import { createApiToken, revokeApiToken } from '@/lib/auth/api-tokens';
import { createUser, setUserDisabled } from '@/lib/users/manage-users';
import { seriousViolations } from './support/accessibility';
import { deskFixture } from './support/desk';
import { LoginPage } from './pages/login-page';
import { SettingsPage } from './pages/settings-page';

const desk = deskFixture();
beforeAll(async () => {
  process.env.DATABASE_PATH = inject('databasePath');
  await desk.open();
});
afterAll(async () => {
  await desk.close();
  closeDb();
});

async function signedInCookie(email: string, password: string): Promise<{ cookie: string; page: import('playwright-core').Page }> {
  const context = await desk.as(null);
  const page = await context.newPage();
  await new LoginPage(page).signIn(email, password);
  await page.waitForURL(/\/(articles|my-claims)$/);
  const cookies = await context.cookies();
  return { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '), page };
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${desk.baseURL}${path}`, { headers, redirect: 'manual' });

describe('sessions', () => {
  it('signing out ends the session on the server: the old cookie opens nothing', async () => {
    await createUser({ email: 'outgoing@claimdesk.test', name: 'Otto Outgoing', role: 'reviewer', password: 'outgoing passphrase' });
    const { cookie, page } = await signedInCookie('outgoing@claimdesk.test', 'outgoing passphrase');
    expect((await get('/api/v1/me/claims', { cookie })).status).toBe(200);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login?signedOut=1');
    expect((await get('/api/v1/me/claims', { cookie })).status).toBe(401);
    const again = await get('/articles', { cookie });
    expect(again.status).toBe(307);
    expect(again.headers.get('location')).toMatch(/\/login/);
  });

  it('changing the password on the Settings page ends every session; the new one signs in', async () => {
    await createUser({ email: 'changer@claimdesk.test', name: 'Cho Changer', role: 'editor', password: 'first long passphrase' });
    const other = await signedInCookie('changer@claimdesk.test', 'first long passphrase');
    const { page } = await signedInCookie('changer@claimdesk.test', 'first long passphrase');
    await page.getByRole('link', { name: 'Settings' }).click();
    const settings = new SettingsPage(page);
    await settings.waitForLoad();
    expect(await seriousViolations(page)).toEqual([]);
    await settings.changePassword('first long passphrase', 'password123');
    await expect.poll(() => settings.fieldError('New password')).toMatch(/common passwords|too easy/);
    await settings.changePassword('first long passphrase', 'second long passphrase');
    await page.waitForURL('**/login?passwordChanged=1');
    await page.getByRole('status').getByText('Your password is changed').waitFor();
    expect((await get('/api/v1/me/claims', { cookie: other.cookie })).status).toBe(401);
    await new LoginPage(page).signIn('changer@claimdesk.test', 'second long passphrase');
    await page.waitForURL(/\/(articles|my-claims)$/);
  });
});

describe('the return path after sign-in', () => {
  it('stays on this origin when the callback hides another host behind a tab, and a newline is no 500', async () => {
    await createUser({ email: 'phished@claimdesk.test', name: 'Phil Phished', role: 'reviewer', password: 'phished passphrase' });
    const page = await (await desk.as(null)).newPage();
    const login = await page.goto('/login?callbackUrl=%2F%0A%2Fevil.example');
    expect(login?.status()).toBe(200);
    await page.goto('/login?callbackUrl=%2F%09%2F127.0.0.1%3A8081%2Fphish');
    await page.getByLabel('Email').fill('phished@claimdesk.test');
    await page.getByLabel('Password').fill('phished passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => new URL(page.url()).origin).toBe(desk.baseURL);
    expect(new URL(page.url()).pathname).not.toMatch(/^\/\//);
  });
});

describe('page headers', () => {
  it('sends a nonce CSP without unsafe-inline or unsafe-eval for scripts, and Next’s scripts all carry the nonce', async () => {
    const page = await (await desk.as('editor')).newPage();
    const violations: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    const response = await page.goto('/articles');
    const csp = response!.headers()['content-security-policy']!;
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(response!.headers()['referrer-policy']).toBe('same-origin');
    expect(response!.headers()['permissions-policy']).toMatch(/camera=\(\)/);
    expect(response!.headers()['strict-transport-security']).toBeUndefined();
    const second = await get('/login');
    expect(second.headers.get('content-security-policy')).not.toBe(csp);
    await page.getByRole('main').getByRole('link').first().click();
    await page.waitForLoadState('networkidle');
    // Inline scripts run only with the nonce; the chunks Next's scripts load ('strict-dynamic') are our own static files.
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ src: s.src, nonce: Boolean(s.nonce) })));
    expect(scripts.filter((s) => !s.src && !s.nonce)).toEqual([]);
    expect(scripts.filter((s) => s.src && !s.src.startsWith(`${desk.baseURL}/_next/static/`)).map((s) => s.src)).toEqual([]);
    expect(scripts.length).toBeGreaterThan(0);
    // Next's own scripts ran under the policy without a single violation.
    expect(violations).toEqual([]);
    // An injected inline handler is blocked by the policy, not just by escaping.
    const ran = await page.evaluate(async () => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__injected = 1" alt="">');
      await new Promise((r) => setTimeout(r, 200));
      return (window as unknown as { __injected?: number }).__injected ?? 0;
    });
    expect(ran).toBe(0);
    await expect.poll(() => violations.some((v) => /inline event handler/.test(v))).toBe(true);
  });

  it('adds HSTS when a trusted proxy says the request came over HTTPS, and not when a client says so', async () => {
    // The e2e server trusts loopback as its proxy (TRUST_PROXY=loopback).
    const viaProxy = await get('/login', { 'x-forwarded-proto': 'https' });
    expect(viaProxy.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect(viaProxy.headers.get('content-security-policy')).toMatch(/upgrade-insecure-requests/);
    const api = await get('/api/v1/openapi.json', { 'x-forwarded-proto': 'https' });
    expect(api.headers.get('strict-transport-security')).toMatch(/max-age/);
    expect((await get('/login')).headers.get('strict-transport-security')).toBeNull();
  });
});

describe('cross-site writes', () => {
  it('answers Origin: null, a garbled Origin and a missing Origin with 403, never 500', async () => {
    const { cookie } = await signedInCookie('editor@claimdesk.test', 'claimdesk-editor');
    const post = (headers: Record<string, string>) =>
      fetch(`${desk.baseURL}/api/v1/articles`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', ...headers }, body: JSON.stringify({ text: 'Turnout was 61%, the office said.' }) });
    for (const origin of ['null', 'garbage', 'http://[::1', 'https://evil.example']) expect((await post({ origin })).status, origin).toBe(403);
    expect((await post({})).status).toBe(403);
    expect((await post({ referer: 'https://evil.example/' })).status).toBe(403);
    expect((await post({ origin: desk.baseURL, 'content-type': 'text/plain' })).status).toBe(415);
  });
});

/** Every page.tsx under app/, as a URL (dynamic segments filled with a real id where there is one). */
function pageFiles(dir = join(process.cwd(), 'app')): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...pageFiles(path));
    else if (entry === 'page.tsx') {
      const route = `/${relative(join(process.cwd(), 'app'), dir)}`.replace(/\/\([^)]+\)/g, '').replace(/\/$/, '') || '/';
      found.push(route);
    }
  }
  return found.sort();
}

// What each page needs: null = any signed-in account; 'public' = anyone.
const PAGE_RULES: Record<string, 'public' | null | 'articles.import' | 'users.manage'> = {
  '/': null,
  '/login': 'public',
  '/articles': null,
  '/articles/new': 'articles.import',
  '/articles/[id]': null,
  '/articles/[id]/compare': null,
  '/articles/[id]/versions': null,
  '/articles/[id]/versions/[n]': null,
  '/articles/[id]/versions/new': 'articles.import',
  '/my-claims': null,
  '/search': null,
  '/admin': 'users.manage',
  '/settings': null,
};
const PAGE_CALLERS = ['anonymous', 'reviewer', 'editor', 'admin', 'disabled account', 'revoked token'] as const;
const ROLE_CAN = { reviewer: [] as string[], editor: ['articles.import'], admin: ['articles.import', 'users.manage'] };

describe('the pages matrix', () => {
  it('gives every page on disk the status its rule says, for every kind of caller', async () => {
    const pages = pageFiles();
    expect(pages.filter((p) => !(p in PAGE_RULES)), 'pages without a rule').toEqual([]);
    const articles = await (await get('/api/v1/articles', { authorization: `Bearer ${createApiToken('editor@claimdesk.test', 'pages matrix').token}` })).json();
    const articleId = articles.articles[0].id as string;

    await createUser({ email: 'gone@claimdesk.test', name: 'Gus Gone', role: 'admin', password: 'gone long passphrase' });
    const disabled = (await signedInCookie('gone@claimdesk.test', 'gone long passphrase')).cookie;
    setUserDisabled({ email: 'gone@claimdesk.test' }, true);
    const revoked = createApiToken('admin@claimdesk.test', 'revoked for pages');
    revokeApiToken(revoked.id);
    const cookies: Record<string, string> = {};
    for (const role of ['reviewer', 'editor', 'admin'] as const) {
      cookies[role] = (await signedInCookie(`${role}@claimdesk.test`, `claimdesk-${role}`)).cookie;
    }

    const rows: string[] = [];
    const mismatches: string[] = [];
    for (const route of pages) {
      const url = route.replace('[id]', articleId).replace('[n]', '1');
      const cells: number[] = [];
      for (const caller of PAGE_CALLERS) {
        const headers: Record<string, string> =
          caller === 'anonymous' ? {} : caller === 'disabled account' ? { cookie: disabled } : caller === 'revoked token' ? { authorization: `Bearer ${revoked.token}` } : { cookie: cookies[caller]! };
        const res = await get(url, headers);
        const rule = PAGE_RULES[route];
        const signedIn = caller === 'reviewer' || caller === 'editor' || caller === 'admin';
        let want: number;
        if (route === '/login') want = signedIn ? 307 : 200;
        else if (!signedIn) want = 307; // to the login page: the page-level 401
        else if (route === '/') want = 307; // to the article list
        else if (rule && !ROLE_CAN[caller].includes(rule)) want = 403;
        else want = 200;
        const location = res.headers.get('location') ?? '';
        if (res.status !== want || (want === 307 && !signedIn && route !== '/login' && !/\/login/.test(location))) {
          mismatches.push(`${route} as ${caller}: ${res.status} ${location}, expected ${want}`);
        }
        cells.push(res.status);
      }
      const missing = await get(route.replace('[id]', 'no-such-article').replace('[n]', '1'), { cookie: cookies.editor! });
      rows.push(`| \`${route}\` | ${cells.join(' | ')} | ${route.includes('[id]') ? missing.status : '–'} |`);
      if (route.includes('[id]') && missing.status !== 404) mismatches.push(`${route} with an unknown id: ${missing.status}`);
    }
    expect(mismatches).toEqual([]);
    // SECURITY.md carries this table; it must match what the server did.
    const table = [
      `| page | ${PAGE_CALLERS.join(' | ')} | unknown id (editor) |`,
      `|---|${PAGE_CALLERS.map(() => '---').join('|')}|---|`,
      ...rows,
    ].join('\n');
    const security = readFileSync(join(process.cwd(), 'SECURITY.md'), 'utf8');
    expect(security, `SECURITY.md's pages table is stale; it should read:\n${table}`).toContain(table);
  });
});
