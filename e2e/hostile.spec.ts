// XSS payloads through every path where desk text reaches a page: the imported body,
// claim statements, evidence titles and notes, comments. Nothing may run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser } from '@/lib/users/manage-users';
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

describe('hostile text through every sink', () => {
  it('import paths, claim fields, evidence, comments, names, article details and token names: nothing runs on any page or export', async () => {
    process.env.DATABASE_PATH = inject('databasePath');
    const p = (i: number) => SAMPLE[i % SAMPLE.length]!;
    const sinks: string[] = [];
    const editorContext = await desk.as('editor');
    const page = await editorContext.newPage();
    const seen = await watch(page);
    const api = async (path: string, data: unknown, method = 'POST') => {
      const res = await page.request.fetch(path, { method, data, headers: { origin: desk.baseURL } });
      expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
      return res.json();
    };

    // A person whose name is a payload, to be the assignee.
    const hostileName = `${p(1)} Reviewer`;
    await createUser({ email: 'hostile.name@claimdesk.test', name: hostileName, role: 'reviewer', password: 'hostile long passphrase' });
    sinks.push('person name');

    // Import paths: HTML, a Markdown file, and a web page by URL.
    const html = await api('/api/v1/articles', { html: `<html><head><title>${p(2)}</title></head><body><article><h1>Hostile HTML import</h1>${SAMPLE.slice(0, 40).map((x, i) => `<p>Officials said ${i} people saw ${x} on Monday.</p>`).join('')}</article></body></html>` });
    sinks.push('HTML import');
    const md = await page.request.fetch('/api/v1/articles', {
      method: 'POST',
      headers: { origin: desk.baseURL },
      multipart: { file: { name: 'hostile.md', mimeType: 'text/markdown', buffer: Buffer.from(`# Hostile Markdown\n\n${SAMPLE.slice(40, 70).map((x, i) => `Officials said ${i} people saw ${x} on Monday.`).join('\n\n')}`) } },
    });
    expect(md.status()).toBe(201);
    sinks.push('Markdown upload');
    const pageServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><head><title>${p(3)}</title><meta property="og:site_name" content='${p(4)}'></head><body><article><h1>Hostile URL import</h1>${SAMPLE.slice(70, 100).map((x, i) => `<p>Officials said ${i} people saw ${x} on Monday.</p>`).join('')}</article></body></html>`));
    await new Promise<void>((r) => pageServer.listen(0, '127.0.0.1', r));
    const fromUrl = await api('/api/v1/articles', { url: `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}/story` });
    pageServer.close();
    sinks.push('URL import');
    expect(fromUrl.article.id).toBeTruthy();

    // Article details, claim fields, evidence, comments.
    const articleId = html.article.id as string;
    await api(`/api/v1/articles/${articleId}`, { title: `Hostile ${p(5)}`, dek: p(6), byline: p(7), publication: p(8) }, 'PATCH');
    sinks.push('article title', 'dek', 'byline', 'publication');
    const users = await (await page.request.get('/api/v1/users?role=reviewer')).json();
    const hostile = users.users.find((u: { name: string }) => u.name === hostileName);
    expect(hostile).toBeTruthy();
    const editors = await (await page.request.get('/api/v1/users?role=editor')).json();
    const me = editors.users.find((u: { name: string }) => u.name === 'Dana Editor');
    const [first, second] = html.claims as { id: string; version: number }[];
    const a = await api(`/api/v1/claims/${first!.id}`, { version: first!.version, statement: `${p(9)} ${p(10)}`, attributionSource: p(11), assigneeId: me.id }, 'PATCH');
    await api(`/api/v1/claims/${second!.id}`, { version: second!.version, statement: p(12), assigneeId: hostile.id, status: 'confirmed' }, 'PATCH');
    await api(`/api/v1/claims/${first!.id}`, { version: a.claim.version, status: 'disputed' }, 'PATCH');
    sinks.push('statement', 'attribution');
    await api(`/api/v1/claims/${first!.id}/evidence`, { url: 'https://example.org/a', title: p(13), note: p(14), excerpt: p(15), publisher: p(16), stance: 'contradicts' });
    sinks.push('evidence title', 'evidence note', 'evidence excerpt', 'evidence publisher');
    await api(`/api/v1/claims/${first!.id}/comments`, { body: p(17) });
    sinks.push('comment');

    // Token names, as the admin.
    const adminPage = await (await desk.as('admin')).newPage();
    const adminSeen = await watch(adminPage);
    const token = await adminPage.request.fetch('/api/v1/tokens', { method: 'POST', data: { email: 'editor@claimdesk.test', name: p(18).slice(0, 100) }, headers: { origin: desk.baseURL } });
    expect(token.status()).toBe(201);
    sinks.push('token name');

    const rendered: string[] = [];
    // The board and the panel.
    await page.goto(`/articles/${articleId}?claim=${first!.id}`);
    await new BoardPage(page).waitForLoad();
    await page.getByRole('link', { name: p(13) }).first().waitFor();
    await page.waitForTimeout(300);
    await expectInert(page);
    expect(await page.getByRole('main').textContent()).toContain(p(17));
    rendered.push('board', 'panel');
    // My claims, and the admin page with the hostile name and token label.
    await page.goto('/my-claims');
    await page.getByRole('main').getByRole('listitem').first().waitFor();
    await expectInert(page);
    rendered.push('My claims');
    await adminPage.goto('/admin');
    await adminPage.getByRole('listitem').filter({ hasText: 'hostile.name@claimdesk.test' }).waitFor();
    await expectInert(adminPage);
    expect(await adminPage.getByRole('main').textContent()).toContain(hostileName);
    rendered.push('admin');

    // Every export, opened in the browser: HTML ones as served (with their CSP) and again
    // without it; JSON-LD ones pasted into a <script type="application/ld+json"> page.
    for (const format of ['html', 'report', 'md', 'csv', 'json', 'claimreview', 'annotations']) {
      const res = await page.request.get(`/api/v1/articles/${articleId}/export?format=${format}`);
      expect(res.status(), format).toBe(200);
      const body = await res.text();
      const viewer = await editorContext.newPage();
      const viewerSeen = await watch(viewer);
      if (format === 'claimreview' || format === 'annotations') {
        await viewer.setContent(`<!DOCTYPE html><html><head><title>Fact check</title><script type="application/ld+json">${body}</script></head><body><p>Published.</p></body></html>`);
        await viewer.waitForTimeout(300);
        expect(await viewer.evaluate(() => document.scripts.length)).toBe(1);
        expect(await viewer.evaluate(() => document.body.textContent?.trim())).toBe('Published.');
        rendered.push(`${format} in ld+json`);
      } else {
        // As served, minus the download header; the text formats shown as text, as a browser shows them.
        const headers = { ...res.headers() };
        delete headers['content-disposition'];
        if (format !== 'html' && format !== 'report') headers['content-type'] = 'text/plain; charset=utf-8';
        await viewer.route(`${desk.baseURL}/export-view`, (route) => route.fulfill({ status: 200, headers, body }));
        await viewer.goto('/export-view');
        await viewer.waitForTimeout(300);
        await expectInert(viewer);
        if (format === 'html' || format === 'report') {
          await viewer.setContent(body.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
          await viewer.waitForTimeout(300);
          await expectInert(viewer);
        }
        rendered.push(format);
      }
      expect({ format, dialogs: viewerSeen.dialogs, foreign: viewerSeen.foreign }).toEqual({ format, dialogs: [], foreign: [] });
      await viewer.close();
    }
    expect(seen.dialogs).toEqual([]);
    expect(seen.foreign).toEqual([]);
    expect(adminSeen.dialogs).toEqual([]);
    expect(adminSeen.foreign).toEqual([]);
    console.log(`[hostile] ${SAMPLE.length} payloads through ${sinks.length} sinks (${sinks.join(', ')}), rendered in ${rendered.length} places (${rendered.join(', ')}): 0 dialogs, 0 off-origin requests`);
  });
});
