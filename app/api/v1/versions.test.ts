// Versions over the API against a real SQLite file: the sample article, its version 2,
// every claim's carry-over, the version list and texts, placing by hand, and exports.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { reviseSample, SAMPLE_REVISION } from '@/lib/versions/test-revision';
import { API_ROOT, call, deskAccounts } from './_test/api-harness';

const ARTICLES = join(API_ROOT, 'articles/route.ts');
const ARTICLE = join(API_ROOT, 'articles/[id]/route.ts');
const VERSIONS = join(API_ROOT, 'articles/[id]/versions/route.ts');
const VERSION = join(API_ROOT, 'articles/[id]/versions/[n]/route.ts');
const CLAIM = join(API_ROOT, 'claims/[id]/route.ts');
const PLACE = join(API_ROOT, 'claims/[id]/place/route.ts');
const EXPORT = join(API_ROOT, 'articles/[id]/export/route.ts');
const ME = join(API_ROOT, 'me/claims/route.ts');
const FIXTURE = readFileSync(resolve(process.cwd(), '../shared/fixtures/articles/belarus-border-2022-03-12.txt'), 'utf8');

interface ClaimJson { id: string; start: number | null; end: number | null; quote: string; anchor: string; previousText: string | null; lastSeenInVersion: number | null; needsRecheck: boolean; status: string; version: number }

describe('versions API', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let who: Awaited<ReturnType<typeof deskAccounts>>;
  let id = '';
  let v1: { body: string; claims: ClaimJson[] };
  let imported: { version: { number: number; createdAt: string; importedBy: { name: string } }; carryOver: Record<'unchanged' | 'edited' | 'removed' | 'added', string[]>; article: { body: string; currentVersion: number }; claims: ClaimJson[] };

  beforeAll(async () => {
    db = useTestDatabase();
    who = await deskAccounts();
    const res = await call(ARTICLES, 'POST', '/api/v1/articles', { token: who.editor.token, json: { text: FIXTURE } });
    id = res.body.article.id;
    v1 = { body: res.body.article.body, claims: res.body.claims };
  });
  afterAll(() => db.cleanup());

  const byQuote = (claims: ClaimJson[], text: string) => claims.find((c) => c.quote.includes(text))!;

  it('imports version 2 and answers 201 with the version, what happened to each claim, and the article', async () => {
    const figure = byQuote(v1.claims, '1,582 civilians in Ukraine');
    const set = await call(CLAIM, 'PATCH', `/api/v1/claims/${figure.id}`, { token: who.editor.token, json: { version: figure.version, status: 'confirmed', assigneeId: who.reviewer.id }, params: { id: figure.id } });
    expect(set.status).toBe(200);
    const res = await call(VERSIONS, 'POST', `/api/v1/articles/${id}/versions`, { token: who.editor.token, json: { text: reviseSample(v1.body) }, params: { id } });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/v1/articles/${id}/versions/2`);
    imported = res.body;
    expect(imported.version).toMatchObject({ number: 2, importedBy: { name: 'Ed Editor' } });
    expect(imported.article.currentVersion).toBe(2);
    expect(imported.article.body).toContain(SAMPLE_REVISION.added);
    const { unchanged, edited, removed, added } = imported.carryOver;
    // Every claim of version 1 has exactly one outcome.
    expect([...unchanged, ...edited, ...removed].sort()).toEqual(v1.claims.map((c) => c.id).sort());
    expect(removed).toEqual([byQuote(v1.claims, 'At least 78 children').id]);
    expect(edited).toEqual(expect.arrayContaining([figure.id, byQuote(v1.claims, 'Some 7,144').id, byQuote(v1.claims, 'psychiatric hospital').id]));
    expect(edited).toHaveLength(3);
    expect(added.length).toBeGreaterThanOrEqual(1);
    expect(imported.claims.filter((c) => added.includes(c.id)).some((c) => c.quote.includes('1,300 Belarusian troops'))).toBe(true);
    // Spacing retyped inside a sentence is not an edit.
    expect(unchanged).toEqual(expect.arrayContaining([byQuote(v1.claims, 'More than 2.5 million').id, byQuote(v1.claims, 'We hope it will work').id]));
  });

  it('every claim carries its anchor state, and offsets only while it is in the text', async () => {
    const res = await call(ARTICLE, 'GET', `/api/v1/articles/${id}`, { token: who.reviewer.token, params: { id } });
    const body: string = res.body.article.body;
    for (const c of res.body.claims as ClaimJson[]) {
      expect(['current', 'edited', 'removed']).toContain(c.anchor);
      if (c.anchor === 'removed') {
        expect(c).toMatchObject({ start: null, end: null, lastSeenInVersion: 1, previousText: null });
      } else {
        expect(body.slice(c.start!, c.end!)).toBe(c.quote);
        expect(c.lastSeenInVersion).toBeNull();
      }
    }
    const figure = byQuote(res.body.claims, '1,600 civilians');
    expect(figure).toMatchObject({ anchor: 'edited', needsRecheck: true, status: 'confirmed', previousText: expect.stringContaining('1,582 civilians') });
    // A claim that was never checked changes wording without owing a re-check.
    expect(byQuote(res.body.claims, 'Some 7,200')).toMatchObject({ anchor: 'edited', needsRecheck: false });
  });

  it('the reviewer finds the re-check at the top of their queue', async () => {
    const res = await call(ME, 'GET', '/api/v1/me/claims', { token: who.reviewer.token });
    expect(res.body.claims[0]).toMatchObject({ needsRecheck: true, status: 'confirmed', statement: expect.stringContaining('1,600') });
  });

  it('lists versions and returns each one’s text with where the claims stood in it', async () => {
    const list = await call(VERSIONS, 'GET', `/api/v1/articles/${id}/versions`, { token: who.reviewer.token, params: { id } });
    expect(list.body.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(list.body.versions[0].carryOver).toEqual(imported.carryOver);
    expect(list.body.versions[1].carryOver).toBeNull();
    const one = await call(VERSION, 'GET', `/api/v1/articles/${id}/versions/1`, { token: who.reviewer.token, params: { id, n: '1' } });
    expect(one.body.version).toMatchObject({ number: 1, latest: false, body: v1.body });
    for (const c of one.body.version.claims) expect(v1.body.slice(c.start, c.end)).toBe(v1.claims.find((x) => x.id === c.id)!.quote);
    const two = await call(VERSION, 'GET', `/api/v1/articles/${id}/versions/2`, { token: who.reviewer.token, params: { id, n: '2' } });
    expect(two.body.version).toMatchObject({ number: 2, latest: true });
    expect((await call(VERSION, 'GET', `/api/v1/articles/${id}/versions/3`, { token: who.reviewer.token, params: { id, n: '3' } })).status).toBe(404);
    expect((await call(VERSION, 'GET', `/api/v1/articles/${id}/versions/x`, { token: who.reviewer.token, params: { id, n: 'x' } })).status).toBe(422);
  });

  it('refuses reviewers, bad requests, a refetch without a source address, and a stale expectedVersion', async () => {
    const post = (token: string, json: unknown) => call(VERSIONS, 'POST', `/api/v1/articles/${id}/versions`, { token, json, params: { id } });
    expect((await post(who.reviewer.token, { text: 'x' })).status).toBe(403);
    expect((await post(who.editor.token, {})).status).toBe(422);
    expect((await post(who.editor.token, { refetch: true })).body.error).toMatchObject({ code: 'invalid', message: expect.stringMatching(/no source address/) });
    expect((await post(who.editor.token, { refetch: 'yes' })).status).toBe(422);
    const stale = await post(who.editor.token, { text: `${imported.article.body}\n\nOne more line.`, expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/Version 2 was imported by Ed Editor/);
    const missing = await call(VERSIONS, 'POST', '/api/v1/articles/missing/versions', { token: who.editor.token, json: { text: 'x' }, params: { id: 'missing' } });
    expect(missing.status).toBe(404);
  });

  it('takes a file upload as a new version, with the same readers as import', async () => {
    const form = new FormData();
    form.append('file', new File([`${imported.article.body}\n\nThe port reopened on Sunday, officials said.`], 'v3.txt', { type: 'text/plain' }));
    form.append('expectedVersion', '2');
    const res = await call(VERSIONS, 'POST', `/api/v1/articles/${id}/versions`, { token: who.editor.token, body: form, params: { id } });
    expect(res.status).toBe(201);
    expect(res.body.version.number).toBe(3);
    expect(res.body.carryOver.removed).toEqual([]);
    expect(res.body.carryOver.edited).toEqual([]);
  });

  it('places a removed claim by hand over the API', async () => {
    const removedId = imported.carryOver.removed[0]!;
    const article = (await call(ARTICLE, 'GET', `/api/v1/articles/${id}`, { token: who.editor.token, params: { id } })).body;
    const claim = article.claims.find((c: ClaimJson) => c.id === removedId) as ClaimJson;
    const at = article.article.body.indexOf('Reznikov said');
    const res = await call(PLACE, 'POST', `/api/v1/claims/${removedId}/place`, { token: who.editor.token, json: { version: claim.version, start: at, end: at + 13 }, params: { id: removedId } });
    expect(res.status).toBe(200);
    expect(res.body.claim).toMatchObject({ anchor: 'edited', start: at, end: at + 13, quote: 'Reznikov said' });
    const again = await call(PLACE, 'POST', `/api/v1/claims/${removedId}/place`, { token: who.editor.token, json: { version: claim.version, start: at, end: at + 13 }, params: { id: removedId } });
    expect(again.status).toBe(409);
  });

  it('fetches the source address again for { refetch: true }, with the same guard as import', async () => {
    let page = '<html><head><title>Dam levels fall</title></head><body><article><h1>Dam levels fall</h1><p>Reservoir levels fell to 31% on Wednesday, the water board said.</p><p>Rainfall in April was 12 millimetres, the weather service said.</p></article></body></html>';
    const server = createServer((_, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/dams`;
    process.env.CLAIMDESK_ALLOW_PRIVATE_URLS = '1';
    try {
      const first = await call(ARTICLES, 'POST', '/api/v1/articles', { token: who.editor.token, json: { url } });
      expect(first.status).toBe(201);
      const articleId = first.body.article.id;
      page = page.replace('31%', '29%');
      const again = await call(VERSIONS, 'POST', `/api/v1/articles/${articleId}/versions`, { token: who.editor.token, json: { refetch: true }, params: { id: articleId } });
      expect(again.status).toBe(201);
      expect(again.body.article.body).toContain('29%');
      expect(again.body.carryOver.edited).toHaveLength(1);
      delete process.env.CLAIMDESK_ALLOW_PRIVATE_URLS;
      // Without the setting, a loopback address is refused and nothing changes.
      const refused = await call(VERSIONS, 'POST', `/api/v1/articles/${articleId}/versions`, { token: who.editor.token, json: { refetch: true }, params: { id: articleId } });
      expect(refused.status).toBe(422);
      const list = await call(VERSIONS, 'GET', `/api/v1/articles/${articleId}/versions`, { token: who.editor.token, params: { id: articleId } });
      expect(list.body.versions).toHaveLength(2);
    } finally {
      delete process.env.CLAIMDESK_ALLOW_PRIVATE_URLS;
      await new Promise((r) => server.close(r));
    }
  });

  it('exports say which version they describe', async () => {
    const md = await call(EXPORT, 'GET', `/api/v1/articles/${id}/export?format=md`, { token: who.editor.token, params: { id } });
    expect(md.body).toMatch(/Checked against version 3 of \d+ \w+ \d{4}, \d\d\\:\d\d UTC/);
    const annotations = await call(EXPORT, 'GET', `/api/v1/articles/${id}/export?format=annotations`, { token: who.editor.token, params: { id } });
    const body: string = (await call(ARTICLE, 'GET', `/api/v1/articles/${id}`, { token: who.editor.token, params: { id } })).body.article.body;
    for (const item of annotations.body.first.items) {
      const [quote, position] = item.target[0].selector;
      expect(item.target[0].source).toBe(`http://claimdesk.test/api/v1/articles/${id}/versions/3`);
      expect(body.slice(position.start, position.end)).toBe(quote.exact);
    }
  });
});
