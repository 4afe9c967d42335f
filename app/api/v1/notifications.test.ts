// Notifications, @mentions, email choices and webhooks over the API, in the shapes the issue fixes.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { API_ROOT, call, deskAccounts } from './_test/api-harness';

const r = (path: string) => join(API_ROOT, path, 'route.ts');
const TEXT = `Rail strike halts trains

Train services fell by 80% on Monday as drivers walked out, the operator said.

The union said 4,200 drivers joined the strike, the largest since 1989.`;

describe('notifications API', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let who: Awaited<ReturnType<typeof deskAccounts>>;
  let articleId: string;
  let claims: { id: string; version: number; quote: string }[] = [];

  beforeAll(async () => {
    db = useTestDatabase();
    who = await deskAccounts();
    const res = await call(r('articles'), 'POST', '/api/v1/articles', { token: who.editor.token, json: { text: TEXT } });
    articleId = res.body.article.id;
    claims = res.body.claims;
  });
  afterAll(() => db.cleanup());

  it('lists the reviewer’s notifications in the documented shape, unread ones on request, and marks them read', async () => {
    const [a, b] = claims;
    await call(r('claims/[id]'), 'PATCH', '/x', { token: who.editor.token, params: { id: a!.id }, json: { version: a!.version, assigneeId: who.reviewer.id } });
    await call(r('claims/[id]'), 'PATCH', '/x', { token: who.editor.token, params: { id: b!.id }, json: { version: b!.version, assigneeId: who.reviewer.id } });
    const list = await call(r('me/notifications'), 'GET', '/api/v1/me/notifications?unread=1', { token: who.reviewer.token });
    expect(list.status).toBe(200);
    expect(list.body.unread).toBe(2);
    expect(list.body.notifications).toHaveLength(2);
    const [newest] = list.body.notifications;
    expect(Object.keys(newest).sort()).toEqual(['actor', 'articleId', 'articleTitle', 'claimId', 'createdAt', 'id', 'readAt', 'text', 'type']);
    expect(newest).toMatchObject({ type: 'assigned', articleId, claimId: b!.id, actor: { id: who.editor.id, name: 'Ed Editor' }, readAt: null });
    expect((await call(r('me/notifications'), 'GET', '/x', { token: who.editor.token })).body.notifications).toEqual([]);

    const read = await call(r('me/notifications/read'), 'POST', '/x', { token: who.reviewer.token, json: { ids: [newest.id] } });
    expect(read.body).toEqual({ marked: 1, unread: 1 });
    expect((await call(r('me/notifications/read'), 'POST', '/x', { token: who.reviewer.token, json: { all: true } })).body).toEqual({ marked: 1, unread: 0 });
    expect((await call(r('me/notifications'), 'GET', '/api/v1/me/notifications?unread=1', { token: who.reviewer.token })).body.notifications).toEqual([]);
    expect((await call(r('me/notifications'), 'GET', '/api/v1/me/notifications', { token: who.reviewer.token })).body.notifications).toHaveLength(2);
    expect((await call(r('me/notifications/read'), 'POST', '/x', { token: who.reviewer.token, json: { all: false } })).status).toBe(422);
    expect((await call(r('me/notifications'), 'GET', '/api/v1/me/notifications?limit=0', { token: who.reviewer.token })).status).toBe(422);
  });

  it('takes mentions with a comment, stores them as accounts, and notifies only those who can read the article', async () => {
    const c = claims[1]!;
    const posted = await call(r('claims/[id]/comments'), 'POST', '/x', { token: who.other.token, params: { id: c.id }, json: { body: '@Rae Reviewer can you check the 4,200?', mentions: [who.reviewer.id] } });
    expect(posted.status).toBe(201);
    expect(posted.body.comment.mentions).toEqual([{ id: who.reviewer.id, name: 'Rae Reviewer' }]);
    const detail = await call(r('claims/[id]'), 'GET', '/x', { token: who.editor.token, params: { id: c.id } });
    expect(detail.body.comments.at(-1).mentions).toEqual([{ id: who.reviewer.id, name: 'Rae Reviewer' }]);
    const mine = (await call(r('me/notifications'), 'GET', '/api/v1/me/notifications?unread=1', { token: who.reviewer.token })).body.notifications;
    expect(mine.map((n: { type: string }) => n.type)).toEqual(['mentioned']);
    expect(mine[0].text).toMatch(/^Oli Other mentioned you on a claim in “Rail strike halts trains”: “@Rae Reviewer can you check the 4,200\?”$/);
    const refused = await call(r('claims/[id]/comments'), 'POST', '/x', { token: who.other.token, params: { id: c.id }, json: { body: 'hi', mentions: ['no-such-account'] } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields.mentions).toBeDefined();
    const people = await call(r('articles/[id]/mentionable'), 'GET', `/api/v1/articles/${articleId}/mentionable?q=ra`, { token: who.other.token, params: { id: articleId } });
    expect(people.body.people.map((p: { name: string }) => p.name)).toEqual(['Rae Reviewer']);
  });

  it('keeps each person’s email choices, off by default', async () => {
    const initial = await call(r('me/notification-settings'), 'GET', '/x', { token: who.reviewer.token });
    expect(initial.body).toEqual({ emailTypes: [], emailPaused: false, mailConfigured: false });
    const put = await call(r('me/notification-settings'), 'PUT', '/x', { token: who.reviewer.token, json: { emailTypes: ['assigned', 'mentioned'], emailPaused: true } });
    expect(put.body).toEqual({ emailTypes: ['assigned', 'mentioned'], emailPaused: true, mailConfigured: false });
    expect((await call(r('me/notification-settings'), 'GET', '/x', { token: who.reviewer.token })).body.emailTypes).toEqual(['assigned', 'mentioned']);
    expect((await call(r('me/notification-settings'), 'PUT', '/x', { token: who.reviewer.token, json: { emailTypes: ['spam'], emailPaused: false } })).status).toBe(422);
    expect((await call(r('me/notification-settings'), 'GET', '/x', { token: who.other.token })).body.emailTypes).toEqual([]);
  });

  it('lets admins, and only admins, register, list, test and remove webhooks, never showing the secret', async () => {
    process.env.CLAIMDESK_ALLOW_PRIVATE_URLS = '1';
    try {
      const json = { url: 'http://127.0.0.1:9/hook', events: ['claim.status_changed'], secret: 'an-endpoint-secret-123', format: 'slack' };
      expect((await call(r('webhooks'), 'POST', '/x', { token: who.editor.token, json })).status).toBe(403);
      const created = await call(r('webhooks'), 'POST', '/x', { token: who.admin.token, json });
      expect(created.status).toBe(201);
      expect(created.body.webhook).toMatchObject({ url: json.url, events: json.events, format: 'slack', secretHint: '…-123' });
      expect(JSON.stringify(created.body)).not.toContain(json.secret);
      const listed = await call(r('webhooks'), 'GET', '/x', { token: who.admin.token });
      expect(listed.body.webhooks.map((w: { id: string }) => w.id)).toEqual([created.body.webhook.id]);
      const id = created.body.webhook.id;
      expect((await call(r('webhooks/[id]/test'), 'POST', '/x', { token: who.admin.token, params: { id } })).status).toBe(202);
      const log = await call(r('deliveries'), 'GET', `/api/v1/deliveries?webhookId=${id}`, { token: who.admin.token });
      expect(log.body.deliveries).toMatchObject([{ channel: 'webhook', eventType: 'webhook.test', status: 'pending', target: json.url }]);
      expect((await call(r('deliveries'), 'GET', '/x', { token: who.editor.token })).status).toBe(403);
      expect((await call(r('mail/test'), 'POST', '/x', { token: who.admin.token, json: {} })).status).toBe(422);
      expect((await call(r('webhooks'), 'DELETE', '/api/v1/webhooks', { token: who.admin.token })).status).toBe(400);
      expect((await call(r('webhooks'), 'DELETE', `/api/v1/webhooks?id=${id}`, { token: who.admin.token })).status).toBe(204);
      expect((await call(r('webhooks/[id]'), 'DELETE', '/x', { token: who.admin.token, params: { id } })).status).toBe(404);
      expect((await call(r('webhooks'), 'GET', '/x', { token: who.admin.token })).body.webhooks).toEqual([]);
    } finally {
      delete process.env.CLAIMDESK_ALLOW_PRIVATE_URLS;
    }
  });
});
