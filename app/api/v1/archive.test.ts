// The archive over the API: lists a page at a time, search, archiving, and "checked before?".
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { API_ROOT, call, deskAccounts } from './_test/api-harness';

const r = (path: string) => join(API_ROOT, path, 'route.ts');
const EARLIER = `Kharkiv under bombardment

Kharkiv regional governor Oleh Synehubov said 1,582 civilians have been killed in the region since the invasion began.`;
const LATER = `A new report from Kharkiv

At least 1582 civilians have died in the Kharkiv region since the start of the invasion, governor Oleh Synehubov said on Monday.`;

describe('archive API', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let who: Awaited<ReturnType<typeof deskAccounts>>;
  const ids: string[] = [];
  beforeAll(async () => {
    db = useTestDatabase();
    who = await deskAccounts();
    for (const text of [EARLIER, LATER, 'Third article\n\nPrices rose 4% in May, the bureau said.']) {
      ids.push((await call(r('articles'), 'POST', '/api/v1/articles', { token: who.editor.token, json: { text } })).body.article.id);
    }
  });
  afterAll(() => db.cleanup());

  it('pages the article list with limit and cursor, and says what is wrong with bad parameters', async () => {
    const first = await call(r('articles'), 'GET', '/api/v1/articles?limit=2', { token: who.reviewer.token });
    expect(first.status).toBe(200);
    expect(first.body.articles).toHaveLength(2);
    expect(first.body.articles[0]).toMatchObject({ id: ids[2], total: 1, counts: { unchecked: 1 }, importedBy: { id: who.editor.id } });
    const second = await call(r('articles'), 'GET', `/api/v1/articles?limit=2&cursor=${first.body.nextCursor}`, { token: who.reviewer.token });
    expect(second.body).toMatchObject({ articles: [{ id: ids[0] }], nextCursor: null });
    expect((await call(r('articles'), 'GET', '/api/v1/articles?limit=0', { token: who.reviewer.token })).status).toBe(422);
    expect((await call(r('articles'), 'GET', '/api/v1/articles?cursor=zzz', { token: who.reviewer.token })).status).toBe(400);
    const byTitle = await call(r('articles'), 'GET', '/api/v1/articles?q=bombard', { token: who.reviewer.token });
    expect(byTitle.body.articles.map((a: { id: string }) => a.id)).toEqual([ids[0]]);
  });

  it('archives and restores for editors only, and the list follows', async () => {
    const archive = (token: string, archived: boolean) => call(r('articles/[id]/archive'), 'POST', '/x', { token, params: { id: ids[2]! }, json: { archived } });
    expect((await archive(who.reviewer.token, true)).status).toBe(403);
    expect((await archive(who.editor.token, true)).body.article.archivedAt).toEqual(expect.any(String));
    const list = async (q = '') => (await call(r('articles'), 'GET', `/api/v1/articles${q}`, { token: who.editor.token })).body.articles.map((a: { id: string }) => a.id);
    expect(await list()).not.toContain(ids[2]);
    expect(await list('?archived=yes')).toEqual([ids[2]]);
    expect((await archive(who.editor.token, false)).body.article.archivedAt).toBeNull();
    expect(await list()).toContain(ids[2]);
  });

  it('searches with highlights and a cursor', async () => {
    const res = await call(r('search'), 'GET', '/api/v1/search?q=1,582&type=claim&limit=1', { token: who.reviewer.token });
    expect(res.status).toBe(200);
    expect(res.body.results).toHaveLength(1);
    const [hit] = res.body.results;
    expect(hit).toMatchObject({ type: 'claim', articleId: ids[1], status: 'unchecked' });
    expect(hit.highlights.map(([s, e]: [number, number]) => hit.snippet.slice(s, e))).toContain('1582');
    const next = await call(r('search'), 'GET', `/api/v1/search?q=1,582&type=claim&limit=1&cursor=${res.body.nextCursor}`, { token: who.reviewer.token });
    expect(next.body).toMatchObject({ results: [{ articleId: ids[0] }], nextCursor: null });
    expect((await call(r('search'), 'GET', '/api/v1/search?q=', { token: who.reviewer.token })).status).toBe(422);
  });

  it('shows the earlier check and reuses it, with the version the editor saw', async () => {
    const earlier = (await call(r('articles/[id]'), 'GET', '/x', { token: who.editor.token, params: { id: ids[0]! } })).body.claims[0];
    await call(r('claims/[id]'), 'PATCH', '/x', { token: who.editor.token, params: { id: earlier.id }, json: { version: earlier.version, status: 'single_source' } });
    const later = (await call(r('articles/[id]'), 'GET', '/x', { token: who.editor.token, params: { id: ids[1]! } })).body.claims[0];
    const found = await call(r('claims/[id]/matches'), 'GET', '/x', { token: who.reviewer.token, params: { id: later.id } });
    expect(found.status).toBe(200);
    expect(found.body.matches).toEqual([expect.objectContaining({ claimId: earlier.id, articleId: ids[0], articleTitle: 'Kharkiv under bombardment', status: 'single_source', evidenceCount: 0, checkedAt: expect.any(String), score: expect.any(Number) })]);
    const act = (token: string, json: unknown) => call(r('claims/[id]/matches/[matchId]'), 'POST', '/x', { token, params: { id: later.id, matchId: earlier.id }, json });
    expect((await act(who.reviewer.token, { action: 'reuse', version: later.version })).status).toBe(403);
    expect((await act(who.editor.token, { action: 'reuse', version: later.version + 5 })).status).toBe(409);
    expect((await act(who.editor.token, { action: 'frobnicate' })).status).toBe(422);
    const reused = await act(who.editor.token, { action: 'reuse', version: later.version });
    expect(reused.status).toBe(200);
    expect(reused.body).toMatchObject({ claim: { id: later.id, status: 'single_source', version: later.version + 1 }, copiedEvidence: 0, from: { claimId: earlier.id } });
  });
});
