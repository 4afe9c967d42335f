// XSS payloads through every path where desk text reaches a page: the imported body,
// claim statements, evidence titles and notes, comments. Nothing may run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskFixture } from './support/desk';
import { BoardPage } from './pages/board-page';

const PAYLOADS = readFileSync(resolve(process.cwd(), '../shared/data/hostile-input/payloadbox_xss-payload-list.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0);
// Every 60th payload plus a few classics keeps the page small and the run fast.
const SAMPLE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '</textarea><script>alert(1)</script>',
  ...PAYLOADS.filter((_, i) => i % 60 === 0),
];

const desk = deskFixture();
beforeAll(() => desk.open());
afterAll(() => desk.close());

async function expectInert(page: Page) {
  const dom = await page.evaluate(() => ({
    // Next.js ships page data in inline `self.__next_f.push(...)` scripts as JSON strings; those
    // carry the text as data. Any other script mentioning a payload would be injected.
    scripts: [...document.querySelectorAll('script')].filter((s) => !(s.textContent ?? '').trimStart().startsWith('self.__next_f') && /alert|prompt|confirm/.test(s.textContent ?? '')).length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
    badLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
  }));
  expect(dom).toEqual({ scripts: 0, handlers: [], badLinks: [] });
}

async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(desk.baseURL) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  return { dialogs, foreign };
}

describe('hostile text in the desk', () => {
  it('shows payloads as text in the board, the claim panel and My claims without running them', async () => {
    const page = await (await desk.as('editor')).newPage();
    const seen = await watch(page);
    const api = (path: string, data: unknown, method = 'POST') =>
      page.request.fetch(path, { method, data, headers: { origin: desk.baseURL } });

    const text = `Hostile input test\n\n${SAMPLE.map((p, i) => `Officials said ${i + 10} people saw ${p} on Monday.`).join('\n\n')}`;
    const created = await (await api('/api/v1/articles', { text })).json();
    expect(created.article.id).toBeTruthy();
    const [first] = created.claims;
    const users = await (await page.request.get('/api/v1/users?role=editor')).json();
    const me = users.users.find((u: { name: string }) => u.name === 'Dana Editor');
    let version = first.version;
    const patched = await (await api(`/api/v1/claims/${first.id}`, { version, statement: SAMPLE.slice(0, 3).join(' '), assigneeId: me.id }, 'PATCH')).json();
    version = patched.claim.version;
    const evidence = await api(`/api/v1/claims/${first.id}/evidence`, { url: 'https://example.org/a', title: SAMPLE[1], note: SAMPLE[2], excerpt: SAMPLE[3], stance: 'supports' });
    expect(evidence.status()).toBe(201);
    const refused = await api(`/api/v1/claims/${first.id}/evidence`, { url: 'javascript:alert(document.domain)', title: 'x', stance: 'supports' });
    expect(refused.status()).toBe(422);
    expect((await api(`/api/v1/claims/${first.id}/comments`, { body: SAMPLE[0] })).status()).toBe(201);

    await page.goto(`/articles/${created.article.id}?claim=${first.id}`);
    const board = new BoardPage(page);
    await board.waitForLoad();
    await board.panel().getByRole('link', { name: SAMPLE[1]! }).waitFor();
    await board.panel().getByText(SAMPLE[0]!).first().waitFor();
    await expectInert(page);
    expect(await page.getByRole('article').textContent()).toContain(SAMPLE[4]);

    await page.goto('/my-claims');
    await page.getByRole('main').getByRole('listitem').first().waitFor();
    await expectInert(page);
    expect(await page.getByRole('main').textContent()).toContain('<script>alert(1)</script>');
    expect(seen.dialogs).toEqual([]);
    expect(seen.foreign).toEqual([]);
  });
});
