// The live event streams, called as Next.js calls the route handlers, on a real database.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { getArticle } from '@/lib/articles/queries';
import { importSample, person } from '@/lib/articles/test-desk';
import { createApiToken } from '@/lib/auth/api-tokens';
import type { Actor } from '@/lib/auth/permissions';
import { updateClaim } from '@/lib/claims/update-claim';
import { addComment } from '@/lib/comments/add-comment';
import { setUserDisabled } from '@/lib/users/manage-users';
import { SseReader } from './sse-reader';
import { eventHub } from './hub';
import { openEventStream } from './stream';

const ARTICLE_ROUTE = '@/app/api/v1/articles/[id]/events/route';
const ME_ROUTE = '@/app/api/v1/me/events/route';

async function open(route: string, token: string, params: Record<string, string> = {}, headers: Record<string, string> = {}, query = ''): Promise<Response> {
  const mod = await import(/* @vite-ignore */ route);
  const req = new Request(`http://claimdesk.test/api/v1/x/events${query}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
  return mod.GET(req, { params: Promise.resolve(params) });
}

describe('live event streams', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let dana: Actor & { token: string };
  let riley: Actor & { token: string };
  let articleId: string;
  let otherArticleId: string;
  let claimIds: string[];
  const readers: SseReader[] = [];
  const reader = (res: Response) => {
    const r = new SseReader(res);
    readers.push(r);
    return r;
  };
  const version = (id: string) => getArticle({ id: articleId }).claims.find((c) => c.id === id)!.version;

  beforeAll(async () => {
    db = useTestDatabase();
    const withToken = async (role: Actor['role'], name: string) => {
      const p = await person(role, name);
      return { ...p, token: createApiToken(p.email, 'tests').token };
    };
    dana = await withToken('editor', 'Dana Editor');
    riley = await withToken('reviewer', 'Riley Reviewer');
    articleId = importSample(dana);
    otherArticleId = importSample(dana, 'Another article');
    claimIds = getArticle({ id: articleId }).claims.map((c) => c.id);
  });
  afterEach(async () => {
    for (const r of readers.splice(0)) await r.close();
  });
  afterAll(() => db.cleanup());

  it('sends each change to the article’s streams with type, claim, actor, time and a resumable id; nothing from other articles', async () => {
    const res = await open(ARTICLE_ROUTE, riley.token, { id: articleId });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const stream = reader(res);
    await stream.waitFor((f) => f.data.type === 'ready');
    const otherClaim = getArticle({ id: otherArticleId }).claims[0]!;
    updateClaim(dana, otherClaim.id, { version: otherClaim.version, status: 'confirmed' });
    updateClaim(dana, claimIds[0]!, { version: version(claimIds[0]!), status: 'disputed' });
    const frame = await stream.waitFor((f) => f.data.type === 'claim.status_changed');
    expect(frame.data).toMatchObject({ type: 'claim.status_changed', articleId, claimId: claimIds[0], actor: { id: dana.id, name: 'Dana Editor' }, change: { after: { status: 'disputed' } } });
    expect(new Date(frame.data.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(frame.id).toMatch(/^\d+\.\d+$/);
    expect(stream.frames.filter((f) => f.data.claimId === otherClaim.id)).toEqual([]);
  });

  it('replays what a dropped client missed from the audit log when it reconnects with Last-Event-ID', async () => {
    const first = reader(await open(ARTICLE_ROUTE, riley.token, { id: articleId }));
    const ready = await first.waitFor((f) => f.data.type === 'ready');
    await first.close();
    updateClaim(dana, claimIds[1]!, { version: version(claimIds[1]!), statement: 'Power back for 90% of the city.' });
    addComment(dana, claimIds[1]!, { body: 'Reworded it.' });
    const again = reader(await open(ARTICLE_ROUTE, riley.token, { id: articleId }, { 'last-event-id': ready.id! }));
    await again.waitFor((f) => f.data.type === 'ready');
    expect(again.frames.map((f) => f.data.type).filter((t) => t !== 'presence')).toEqual(['claim.updated', 'comment.added', 'ready']);
    // The same through ?after= on a first connect, which is how a page says what it rendered.
    const fresh = reader(await open(ARTICLE_ROUTE, riley.token, { id: articleId }, {}, `?after=${ready.id}`));
    await fresh.waitFor((f) => f.data.type === 'ready');
    expect(fresh.frames.filter((f) => f.data.type === 'comment.added')).toHaveLength(1);
  });

  it('shows who else has the article open, by name, and when they leave', async () => {
    const mine = reader(await open(ARTICLE_ROUTE, riley.token, { id: articleId }));
    await mine.waitFor((f) => f.data.type === 'presence' && f.data.people.length === 1);
    const theirs = reader(await open(ARTICLE_ROUTE, dana.token, { id: articleId }));
    const both = await mine.waitFor((f) => f.data.type === 'presence' && f.data.people.length === 2);
    expect(both.data.people.map((p: { name: string }) => p.name)).toEqual(['Dana Editor', 'Riley Reviewer']);
    const count = mine.frames.length;
    await theirs.close();
    await mine.waitFor((f) => f.data.type === 'presence' && f.data.people.length === 1, 10_000, count);
  });

  it('carries the person’s notifications and changes to their claims on their own stream', async () => {
    const me = reader(await open(ME_ROUTE, riley.token));
    await me.waitFor((f) => f.data.type === 'ready');
    updateClaim(dana, claimIds[2]!, { version: version(claimIds[2]!), assigneeId: riley.id });
    const note = await me.waitFor((f) => f.data.type === 'notification');
    expect(note.data).toMatchObject({ articleId, claimId: claimIds[2], actor: { name: 'Dana Editor' }, notification: { type: 'assigned' } });
    await me.waitFor((f) => f.data.type === 'claim.assigned' && f.data.claimId === claimIds[2]);
    updateClaim(dana, claimIds[3]!, { version: version(claimIds[3]!), statement: 'Not Riley’s claim.' });
    updateClaim(dana, claimIds[2]!, { version: version(claimIds[2]!), statement: 'Riley’s claim, reworded.' });
    await me.waitFor((f) => f.data.type === 'claim.updated' && f.data.claimId === claimIds[2]);
    expect(me.frames.filter((f) => f.data.claimId === claimIds[3])).toEqual([]);
  });

  it('limits the streams one account may hold open, and closes them when the account is disabled', async () => {
    process.env.CLAIMDESK_MAX_STREAMS_PER_USER = '2';
    try {
      const temp = await person('reviewer', 'Temp Reviewer');
      const token = createApiToken(temp.email, 'tests').token;
      const a = reader(await open(ARTICLE_ROUTE, token, { id: articleId }));
      const b = reader(await open(ME_ROUTE, token));
      await a.waitFor((f) => f.data.type === 'ready');
      // A third: the oldest gives way (told not to reconnect), so the account never holds more than two.
      const c = reader(await open(ARTICLE_ROUTE, token, { id: articleId }));
      const replaced = await a.waitFor((f) => f.data.type === 'closed');
      expect(replaced.data).toMatchObject({ final: true, reason: expect.stringMatching(/at most 2 live connections/) });
      await c.waitFor((f) => f.data.type === 'ready');
      expect(eventHub().count(temp.id)).toBe(2);
      setUserDisabled({ id: temp.id }, true, dana.id);
      expect((await c.waitFor((f) => f.data.type === 'closed')).data.reason).toBe('account disabled');
      await b.waitFor((f) => f.data.type === 'closed');
      expect(await c.waitFor(() => false, 5_000).catch((e: Error) => e.message)).toMatch(/stream ended/);
    } finally {
      delete process.env.CLAIMDESK_MAX_STREAMS_PER_USER;
    }
  });

  it('closes a stream whose caller is no longer allowed (signed out, token revoked) at the next check', async () => {
    let allowed = true;
    const req = new Request(`http://claimdesk.test/api/v1/articles/${articleId}/events`);
    const stream = reader(openEventStream({ actor: riley, req, articleId, stillAllowed: async () => allowed, sessionCheckMs: 50 }));
    await stream.waitFor((f) => f.data.type === 'ready');
    await new Promise((r) => setTimeout(r, 200));
    expect(stream.ended).toBe(false);
    allowed = false;
    expect((await stream.waitFor((f) => f.data.type === 'closed')).data.reason).toBe('signed out');
  });

  it('answers 404 for an article that does not exist', async () => {
    const res = await open(ARTICLE_ROUTE, riley.token, { id: 'no-such-article' });
    expect(res.status).toBe(404);
  });
});
