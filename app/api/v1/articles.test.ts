// Articles over the API against a real SQLite file: import in every form, read, errors.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { API_ROOT, call, deskAccounts } from './_test/api-harness';

const ARTICLES = join(API_ROOT, 'articles/route.ts');
const ARTICLE = join(API_ROOT, 'articles/[id]/route.ts');
const ADD_CLAIM = join(API_ROOT, 'articles/[id]/claims/route.ts');
const BOARD = join(API_ROOT, 'articles/[id]/board/route.ts');
const EXPORT = join(API_ROOT, 'articles/[id]/export/route.ts');
const FIXTURE = readFileSync(resolve(process.cwd(), '../shared/fixtures/articles/belarus-border-2022-03-12.txt'), 'utf8');

const PAGE = `<!doctype html><html><head><title>Dam levels fall | The Valley Courier</title>
<meta property="og:site_name" content="The Valley Courier"><meta name="author" content="Sam Writer">
<meta property="article:published_time" content="2024-05-02T08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Dam levels fall to 31% after dry April</h1>
<p>Reservoir levels in the valley fell to 31% on Wednesday, the lowest since 2019, the water board said.</p>
<p>“We are asking households to cut use by a fifth,” board chair Maria Lopez told reporters.</p>
<p>Rainfall in April was 12 millimetres, a quarter of the monthly average, according to the weather service.</p></article>
<footer>© The Valley Courier</footer></body></html>`;

describe('articles API', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let who: Awaited<ReturnType<typeof deskAccounts>>;
  let server: Server;
  let origin = '';
  let articleId = '';

  beforeAll(async () => {
    db = useTestDatabase();
    who = await deskAccounts();
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    db.cleanup();
  });

  it('imports pasted text and returns the article with its anchored claims', async () => {
    const res = await call(ARTICLES, 'POST', '/api/v1/articles', { token: who.editor.token, json: { text: FIXTURE } });
    expect(res.status).toBe(201);
    articleId = res.body.article.id;
    expect(res.body.article.title).toContain('Belarus denies plans');
    expect(res.body.claims.length).toBeGreaterThan(10);
    for (const c of res.body.claims) expect(res.body.article.body.slice(c.start, c.end)).toBe(c.quote);
  });

  it('serves the board its text and claims as rows, the same claims the article API lists', async () => {
    const board = await call(BOARD, 'GET', `/api/v1/articles/${articleId}/board`, { token: who.reviewer.token, params: { id: articleId } });
    const article = await call(ARTICLE, 'GET', `/api/v1/articles/${articleId}`, { token: who.reviewer.token, params: { id: articleId } });
    expect(board.body.article.body).toBe(article.body.article.body);
    expect(board.body.rows.map((r: unknown[]) => r[0])).toEqual(article.body.claims.map((c: { id: string }) => c.id));
  });

  it('lists articles with counts by status', async () => {
    const res = await call(ARTICLES, 'GET', '/api/v1/articles', { token: who.reviewer.token });
    expect(res.status).toBe(200);
    const row = res.body.articles.find((a: { id: string }) => a.id === articleId);
    expect(row.counts.unchecked).toBe(row.total);
  });

  it('imports a multipart file upload and refuses other types and oversized files', async () => {
    const form = new FormData();
    form.set('file', new File(['Turnout was 61% in the city, the election office said on Monday.'], 'note.txt', { type: 'text/plain' }));
    const ok = await call(ARTICLES, 'POST', '/api/v1/articles', { token: who.editor.token, body: form });
    expect(ok.status).toBe(201);
    const pdf = new FormData();
    pdf.set('file', new File(['%PDF-1.4'], 'scan.pdf', { type: 'application/pdf' }));
    expect((await call(ARTICLES, 'POST', '/api/v1/articles', { token: who.editor.token, body: pdf })).status).toBe(415);
    const big = new FormData();
    big.set('file', new File([new Uint8Array(6 * 1024 * 1024).fill(97)], 'big.txt', { type: 'text/plain' }));
    const tooBig = await call(ARTICLES, 'POST', '/api/v1/articles', { token: who.editor.token, body: big });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.message).toMatch(/5 MB/);
  });

  it('imports from a URL on a local server when private hosts are allowed, and refuses it otherwise', async () => {
    delete process.env.CLAIMDESK_ALLOW_PRIVATE_URLS;
    const refused = await call(ARTICLES, 'POST', '/api/v1/articles', { token: who.editor.token, json: { url: `${origin}/news/dams` } });
    expect(refused.status).toBe(422);
    process.env.CLAIMDESK_ALLOW_PRIVATE_URLS = '1';
    try {
      const res = await call(ARTICLES, 'POST', '/api/v1/articles', { token: who.editor.token, json: { url: `${origin}/news/dams` } });
      expect(res.status).toBe(201);
      // The title comes from the page's declared titles (<title> here, without the site's name), not its h1.
      expect(res.body.article.title).toBe('Dam levels fall');
      expect(res.body.article.publication).toBe('The Valley Courier');
      expect(res.body.article.sourceUrl).toBe(`${origin}/news/dams`);
      expect(res.body.article.body).not.toContain('Home');
      expect(res.body.claims.some((c: { quote: string }) => c.quote.includes('31%'))).toBe(true);
    } finally {
      delete process.env.CLAIMDESK_ALLOW_PRIVATE_URLS;
    }
  });

  it('answers malformed, wrong-type and invalid imports with the documented codes', async () => {
    const token = who.editor.token;
    const malformed = await call(ARTICLES, 'POST', '/api/v1/articles', { token, body: '{"text":', headers: { 'content-type': 'application/json' } });
    expect(malformed.status).toBe(400);
    expect((await call(ARTICLES, 'POST', '/api/v1/articles', { token, body: 'text', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    const invalid = await call(ARTICLES, 'POST', '/api/v1/articles', { token, json: { url: 'javascript:alert(1)' } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.fields).toBeDefined();
    expect((await call(ARTICLES, 'POST', '/api/v1/articles', { token, json: { text: '   \n  ' } })).status).toBe(422);
  });

  it('lets only editors import, and keeps nothing from a refused import', async () => {
    const before = (await call(ARTICLES, 'GET', '/api/v1/articles', { token: who.editor.token })).body.articles.length;
    expect((await call(ARTICLES, 'POST', '/api/v1/articles', { token: who.reviewer.token, json: { text: 'Prices rose 4%, the bank said.' } })).status).toBe(403);
    const after = (await call(ARTICLES, 'GET', '/api/v1/articles', { token: who.editor.token })).body.articles.length;
    expect(after).toBe(before);
  });

  it('reads one article, 404s an unknown one', async () => {
    const res = await call(ARTICLE, 'GET', `/api/v1/articles/${articleId}`, { token: who.reviewer.token, params: { id: articleId } });
    expect(res.status).toBe(200);
    // Counts and stances by default; excerpts and notes only when asked for.
    expect(res.body.claims[0]).not.toHaveProperty('evidence');
    expect(res.body.claims[0]).toMatchObject({ number: 1, evidenceCount: 0, stances: { supports: 0, contradicts: 0, context: 0 } });
    expect(res.body.claims.map((c: { number: number }) => c.number)).toEqual(res.body.claims.map((_: unknown, i: number) => i + 1));
    const full = await call(ARTICLE, 'GET', `/api/v1/articles/${articleId}?include=evidence`, { token: who.reviewer.token, params: { id: articleId } });
    expect(full.body.claims[0].evidence).toEqual([]);
    expect((await call(ARTICLE, 'GET', `/api/v1/articles/${articleId}?include=everything`, { token: who.reviewer.token, params: { id: articleId } })).status).toBe(422);
    expect((await call(ARTICLE, 'GET', '/api/v1/articles/nope', { token: who.editor.token, params: { id: 'nope' } })).status).toBe(404);
  });

  it('adds a claim by hand from a span, refusing reviewers and spans outside the body', async () => {
    const body = (await call(ARTICLE, 'GET', `/api/v1/articles/${articleId}`, { token: who.editor.token, params: { id: articleId } })).body.article.body as string;
    const start = body.indexOf('a 12-day blockade');
    const url = `/api/v1/articles/${articleId}/claims`;
    const added = await call(ADD_CLAIM, 'POST', url, { token: who.editor.token, params: { id: articleId }, json: { start, end: start + 17 } });
    expect(added.status).toBe(201);
    expect(added.body.claim.quote).toBe('a 12-day blockade');
    expect((await call(ADD_CLAIM, 'POST', url, { token: who.reviewer.token, params: { id: articleId }, json: { start, end: start + 17 } })).status).toBe(403);
    expect((await call(ADD_CLAIM, 'POST', url, { token: who.editor.token, params: { id: articleId }, json: { start: 0, end: body.length + 5 } })).status).toBe(422);
    expect((await call(ADD_CLAIM, 'POST', '/api/v1/articles/nope/claims', { token: who.editor.token, params: { id: 'nope' }, json: { start: 0, end: 5 } })).status).toBe(404);
  });

  it('exports in every format for editors, not reviewers, and rejects unknown formats', async () => {
    for (const format of ['html', 'report', 'md', 'csv', 'json', 'claimreview', 'annotations']) {
      const res = await call(EXPORT, 'GET', `/api/v1/articles/${articleId}/export?format=${format}`, { token: who.editor.token, params: { id: articleId } });
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="claimdesk-belarus-denies/);
    }
    expect((await call(EXPORT, 'GET', `/api/v1/articles/${articleId}/export?format=pdf`, { token: who.editor.token, params: { id: articleId } })).status).toBe(422);
    expect((await call(EXPORT, 'GET', `/api/v1/articles/${articleId}/export?format=html`, { token: who.reviewer.token, params: { id: articleId } })).status).toBe(403);
    expect((await call(EXPORT, 'GET', '/api/v1/articles/nope/export?format=html', { token: who.editor.token, params: { id: 'nope' } })).status).toBe(404);
  });

  it('deletes an article for editors only', async () => {
    expect((await call(ARTICLE, 'DELETE', `/api/v1/articles/${articleId}`, { token: who.reviewer.token, params: { id: articleId } })).status).toBe(403);
    expect((await call(ARTICLE, 'DELETE', `/api/v1/articles/${articleId}`, { token: who.editor.token, params: { id: articleId } })).status).toBe(204);
    expect((await call(ARTICLE, 'GET', `/api/v1/articles/${articleId}`, { token: who.editor.token, params: { id: articleId } })).status).toBe(404);
  });
});
