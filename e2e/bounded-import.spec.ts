// Issue 9, defect 1, as a client sees it on the production server: documents built to make
// the parser do unbounded work get a clear 422 instead of freezing the server. (How fast,
// and that other requests are answered meanwhile, is measured in stress/bounded-import.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFetch } from './support/api';
import { markdownUpload, NESTED_20000, NESTED_4000, servePages, STRIKE_LINE } from './support/hostile-documents';

let pages: Awaited<ReturnType<typeof servePages>>;
beforeAll(async () => {
  pages = await servePages({ '/nested': `<!doctype html><title>Deep</title><body>${NESTED_20000}</body>` });
});
afterAll(() => pages.close());

const importJson = (body: unknown) => apiFetch('editor', '/api/v1/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('bounded import over HTTP', () => {
  it.each([
    ['4,000 nested divs as HTML', () => importJson({ html: NESTED_4000 })],
    ['20,000 nested divs as HTML', () => importJson({ html: NESTED_20000 })],
    ['20,000 nested divs by URL', () => importJson({ url: `${pages.base}/nested` })],
  ])('answers %s with a 422 that says why', async (_, send) => {
    const res = await send();
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/is too deeply nested or too large to read safely: it nests elements more than 400 levels deep/);
  });

  it('imports the 160 KB Markdown line of "~~a " (now read in linear time) instead of stalling', async () => {
    const res = await apiFetch('editor', '/api/v1/articles', { method: 'POST', body: markdownUpload(STRIKE_LINE) });
    expect(res.status).toBe(201);
    const { article } = (await res.json()) as { article: { body: string; format: string } };
    expect(article.format).toBe('markdown');
    expect(article.body.startsWith('~~a ~~a')).toBe(true);
  });
});
