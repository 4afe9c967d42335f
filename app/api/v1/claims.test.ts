// Claims, evidence, comments, assignment and the people endpoints over the API.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { API_ROOT, call, deskAccounts } from './_test/api-harness';

const r = (path: string) => join(API_ROOT, path, 'route.ts');
const TEXT = `Rail strike halts trains

Train services fell by 80% on Monday as drivers walked out, the operator said.

The union said 4,200 drivers joined the strike, the largest since 1989.

Ministers will meet union leaders on Friday, a government spokesperson said.`;

describe('claims API', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let who: Awaited<ReturnType<typeof deskAccounts>>;
  let claims: { id: string; version: number; quote: string }[] = [];
  const claim = (text: string) => claims.find((c) => c.quote.includes(text))!;

  beforeAll(async () => {
    db = useTestDatabase();
    who = await deskAccounts();
    const res = await call(r('articles'), 'POST', '/api/v1/articles', { token: who.editor.token, json: { text: TEXT } });
    claims = res.body.claims;
  });
  afterAll(() => db.cleanup());

  const patch = (id: string, json: unknown, token: string) => call(r('claims/[id]'), 'PATCH', `/api/v1/claims/${id}`, { token, params: { id }, json });

  it('assigns several claims at once, all or nothing', async () => {
    const picked = [claim('80%'), claim('4,200')];
    const body = { claimIds: picked.map((c) => c.id), versions: Object.fromEntries(picked.map((c) => [c.id, c.version])), assigneeId: who.reviewer.id, dueAt: '2030-01-01T12:00:00.000Z' };
    expect((await call(r('claims/assign'), 'POST', '/x', { token: who.reviewer.token, json: body })).status).toBe(403);
    const stale = await call(r('claims/assign'), 'POST', '/x', { token: who.editor.token, json: { ...body, versions: { ...body.versions, [picked[0]!.id]: 99 } } });
    expect(stale.status).toBe(409);
    const ok = await call(r('claims/assign'), 'POST', '/x', { token: who.editor.token, json: body });
    expect(ok.status).toBe(200);
    const queue = await call(r('me/claims'), 'GET', '/api/v1/me/claims', { token: who.reviewer.token });
    expect(queue.body.claims.map((c: { id: string }) => c.id).sort()).toEqual(body.claimIds.sort());
  });

  it('lets the assigned reviewer set a verdict, and refuses stale versions with the current claim', async () => {
    const c = claim('80%');
    const current = (await call(r('claims/[id]'), 'GET', '/x', { token: who.reviewer.token, params: { id: c.id } })).body.claim;
    const ok = await patch(c.id, { version: current.version, status: 'in_progress' }, who.reviewer.token);
    expect(ok.status).toBe(200);
    expect(ok.body.claim.status).toBe('in_progress');
    const conflict = await patch(c.id, { version: current.version, status: 'confirmed' }, who.reviewer.token);
    expect(conflict.status).toBe(409);
    // The newer change was the same person's, from another tab: say so, not "someone else".
    expect(conflict.body.error.message).toMatch(/^You changed this claim in your other tab at \d\d:\d\d UTC \(set status to In progress\)/);
    expect(conflict.body.error.current.lastChange).toMatchObject({ actor: { id: who.reviewer.id, name: 'Rae Reviewer' }, what: 'set status to In progress', byYou: true });
    const editorConflict = await patch(c.id, { version: current.version, status: 'confirmed' }, who.editor.token);
    expect(editorConflict.body.error.message).toMatch(/^Someone else changed this claim while you were looking at it: Rae Reviewer set status to In progress/);
    expect(editorConflict.body.error.current.lastChange.byYou).toBe(false);
    expect(conflict.body.error.current).toMatchObject({ id: c.id, status: 'in_progress', version: current.version + 1 });
  });

  it('refuses another reviewer (403), an unknown claim (404), bad fields (422) and non-JSON (415)', async () => {
    const c = claim('4,200');
    const version = (await call(r('claims/[id]'), 'GET', '/x', { token: who.editor.token, params: { id: c.id } })).body.claim.version;
    expect((await patch(c.id, { version, status: 'confirmed' }, who.other.token)).status).toBe(403);
    expect((await patch('nope', { version: 1, status: 'confirmed' }, who.editor.token)).status).toBe(404);
    const bad = await patch(c.id, { version, status: 'true-ish' }, who.editor.token);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.status).toBeDefined();
    expect((await call(r('claims/[id]'), 'PATCH', '/x', { token: who.editor.token, params: { id: c.id }, body: 'status=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
    expect((await call(r('claims/[id]'), 'PATCH', '/x', { token: who.editor.token, params: { id: c.id }, body: '{', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    for (const notAnObject of ['null', '[]', '42', '"confirmed"']) {
      for (const [route, method] of [['claims/[id]', 'PATCH'], ['claims/[id]/split', 'POST'], ['claims/[id]/evidence', 'POST']] as const) {
        const res = await call(r(route), method, '/x', { token: who.editor.token, params: { id: c.id }, body: notAnObject, headers: { 'content-type': 'application/json' } });
        expect([route, notAnObject, res.status, res.body.error.message]).toEqual([route, notAnObject, 400, 'The request body must be a JSON object.']);
      }
    }
  });

  it('attaches evidence from the assigned reviewer only, http(s) links only, and suggests a status', async () => {
    const c = claim('4,200');
    const url = `/api/v1/claims/${c.id}/evidence`;
    const good = { url: 'https://www.bbc.co.uk/news/rail-strike', title: 'Strike figures', stance: 'supports' };
    expect((await call(r('claims/[id]/evidence'), 'POST', url, { token: who.other.token, params: { id: c.id }, json: good })).status).toBe(403);
    const hostile = await call(r('claims/[id]/evidence'), 'POST', url, { token: who.reviewer.token, params: { id: c.id }, json: { ...good, url: 'javascript:alert(1)' } });
    expect(hostile.status).toBe(422);
    expect(hostile.body.error.fields.url).toBeDefined();
    const added = await call(r('claims/[id]/evidence'), 'POST', url, { token: who.reviewer.token, params: { id: c.id }, json: good });
    expect(added.status).toBe(201);
    expect(added.body.evidence.publisher).toBe('bbc.co.uk');
    expect(added.body.claim).toMatchObject({ status: 'in_progress', suggestedStatus: 'single_source', evidenceCount: 1 });
    expect((await call(r('claims/[id]/evidence'), 'POST', '/x', { token: who.reviewer.token, params: { id: 'nope' }, json: good })).status).toBe(404);
    const evidenceId = added.body.evidence.id;
    expect((await call(r('evidence/[id]'), 'DELETE', '/x', { token: who.other.token, params: { id: evidenceId } })).status).toBe(403);
    expect((await call(r('evidence/[id]'), 'DELETE', '/x', { token: who.reviewer.token, params: { id: evidenceId } })).status).toBe(204);
  });

  it('takes comments from anyone on the desk, with limits', async () => {
    const c = claim('drivers walked out');
    const ok = await call(r('claims/[id]/comments'), 'POST', '/x', { token: who.other.token, params: { id: c.id }, json: { body: 'Check the union’s own release.' } });
    expect(ok.status).toBe(201);
    expect((await call(r('claims/[id]/comments'), 'POST', '/x', { token: who.other.token, params: { id: c.id }, json: { body: '' } })).status).toBe(422);
    expect((await call(r('claims/[id]/comments'), 'POST', '/x', { token: who.other.token, params: { id: c.id }, json: { body: 'x'.repeat(5001) } })).status).toBe(422);
    const detail = await call(r('claims/[id]'), 'GET', '/x', { token: who.editor.token, params: { id: c.id } });
    expect(detail.body.comments[0].body).toBe('Check the union’s own release.');
    expect(detail.body.history.some((h: { action: string }) => h.action.includes('comment'))).toBe(true);
  });

  it('splits and merges claims for editors, refusing reviewers', async () => {
    const c = claim('4,200');
    const detail = (await call(r('claims/[id]'), 'GET', '/x', { token: who.editor.token, params: { id: c.id } })).body.claim;
    const at = detail.start + detail.quote.indexOf(', the largest');
    expect((await call(r('claims/[id]/split'), 'POST', '/x', { token: who.reviewer.token, params: { id: c.id }, json: { version: detail.version, at } })).status).toBe(403);
    const split = await call(r('claims/[id]/split'), 'POST', '/x', { token: who.editor.token, params: { id: c.id }, json: { version: detail.version, at } });
    expect(split.status).toBe(201);
    const { first, second } = split.body;
    const merged = await call(r('claims/merge'), 'POST', '/x', {
      token: who.editor.token,
      json: { targetId: first.id, targetVersion: first.version, sourceIds: [second.id], sourceVersions: { [second.id]: second.version } },
    });
    expect(merged.status).toBe(200);
    expect(merged.body.mergedIds).toEqual([second.id]);
    expect((await call(r('claims/[id]'), 'GET', '/x', { token: who.editor.token, params: { id: second.id } })).status).toBe(404);
  });

  it('merges keeping the assignee and due time when the target has none, and says what it kept', async () => {
    const target = claim('80%');
    const source = claim('Ministers will meet');
    const get = async (id: string) => (await call(r('claims/[id]'), 'GET', '/x', { token: who.editor.token, params: { id } })).body.claim;
    const due = '2030-12-01T14:00:00.000Z';
    await patch(target.id, { version: (await get(target.id)).version, assigneeId: null, dueAt: null }, who.editor.token);
    await patch(source.id, { version: (await get(source.id)).version, assigneeId: who.reviewer.id, dueAt: due }, who.editor.token);
    const [t, s] = [await get(target.id), await get(source.id)];
    const merged = await call(r('claims/merge'), 'POST', '/x', {
      token: who.editor.token,
      json: { targetId: t.id, targetVersion: t.version, sourceIds: [s.id], sourceVersions: { [s.id]: s.version } },
    });
    expect(merged.status).toBe(200);
    expect(merged.body.claim).toMatchObject({ id: t.id, number: t.number, assignee: { id: who.reviewer.id, name: 'Rae Reviewer' }, dueAt: due });
    expect(merged.body.kept).toMatchObject({ assignee: { id: who.reviewer.id }, dueAt: due });
    expect(merged.body.message).toMatch(new RegExp(`^Merged claim ${s.number} into claim ${t.number}\\. It keeps Rae Reviewer as reviewer, due 2030-12-01 14:00 UTC`));
    const queue = await call(r('me/claims'), 'GET', '/api/v1/me/claims', { token: who.reviewer.token });
    expect(queue.body.claims.map((c: { id: string }) => c.id)).toContain(t.id);
    const history = (await call(r('claims/[id]'), 'GET', '/x', { token: who.editor.token, params: { id: t.id } })).body.history;
    expect(history[0]).toMatchObject({ action: 'claim.merged', text: expect.stringMatching(new RegExp(`^Ed Editor merged claim ${s.number} \\('Ministers will meet[^)]*'\\) into this claim; it is now checked by Rae Reviewer`)) });
    expect(history.every((h: { text: string }) => !/[{}]|claim\.|_/.test(h.text))).toBe(true);
  });

  it('lists assignable people for editors, manages accounts and tokens for admins only', async () => {
    const people = await call(r('users'), 'GET', '/api/v1/users?role=reviewer', { token: who.editor.token });
    expect(people.status).toBe(200);
    expect(people.body.users.map((u: { name: string }) => u.name).sort()).toEqual(['Oli Other', 'Rae Reviewer']);
    expect(people.body.users[0]).not.toHaveProperty('email');
    expect((await call(r('users'), 'GET', '/api/v1/users', { token: who.reviewer.token })).status).toBe(403);
    expect((await call(r('users'), 'GET', '/api/v1/users?role=boss', { token: who.editor.token })).status).toBe(422);
    const account = { email: 'new@api.test', name: 'New Person', role: 'reviewer', password: 'new-person-password' };
    expect((await call(r('users'), 'POST', '/x', { token: who.editor.token, json: account })).status).toBe(403);
    expect((await call(r('users'), 'POST', '/x', { token: who.admin.token, json: account })).status).toBe(201);
    expect((await call(r('users'), 'POST', '/x', { token: who.admin.token, json: account })).status).toBe(409);
    expect((await call(r('users/[id]'), 'PATCH', '/x', { token: who.admin.token, params: { id: who.other.id }, json: { disabled: 'yes' } })).status).toBe(422);
    expect((await call(r('users/[id]'), 'PATCH', '/x', { token: who.admin.token, params: { id: who.other.id }, json: { disabled: true } })).status).toBe(200);
    expect((await call(r('me/claims'), 'GET', '/x', { token: who.other.token })).status).toBe(401);
    const token = await call(r('tokens'), 'POST', '/x', { token: who.admin.token, json: { email: 'editor@api.test', name: 'CMS' } });
    expect(token.status).toBe(201);
    expect((await call(r('articles'), 'GET', '/x', { token: token.body.token })).status).toBe(200);
    expect((await call(r('tokens/[id]'), 'DELETE', '/x', { token: who.editor.token, params: { id: token.body.id } })).status).toBe(403);
    expect((await call(r('tokens/[id]'), 'DELETE', '/x', { token: who.admin.token, params: { id: token.body.id } })).status).toBe(204);
    expect((await call(r('articles'), 'GET', '/x', { token: token.body.token })).status).toBe(401);
    expect((await call(r('tokens/[id]'), 'DELETE', '/x', { token: who.admin.token, params: { id: 'nope' } })).status).toBe(404);
  });
});
