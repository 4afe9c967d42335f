// The permissions matrix: every route file and method under app/api/v1 (found on disk),
// called as each kind of caller, against the status the rules say it must get. A route
// without a row here fails the test. The table is written to SECURITY.md
// (UPDATE_SECURITY_MD=1 rewrites it; otherwise the test checks it is current).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { createApiToken, revokeApiToken } from '@/lib/auth/api-tokens';
import { can, type Actor, type Permission } from '@/lib/auth/permissions';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { handExtraction, importSample, person, SAMPLE_BODY } from '@/lib/articles/test-desk';
import { carryOverVersion } from '@/lib/versions/carry-over';
import { getArticleJson } from '@/lib/articles/article-json';
import { updateClaim } from '@/lib/claims/update-claim';
import { setUserDisabled } from '@/lib/users/manage-users';
import { getDb } from '@/db';
import { webhooks } from '@/db/schema';
import { newId } from '@/lib/ids';
import { sendTestWebhook } from '@/lib/webhooks/manage-webhooks';
import { call, routeFiles, sessionCookie, type Method } from './_test/api-harness';

const CALLERS = ['anonymous', 'reviewer, own claim', 'reviewer, others’ claim', 'editor', 'admin', 'disabled account', 'revoked token'] as const;
type Caller = (typeof CALLERS)[number];

interface World {
  admin: Actor;
  editor: Actor;
  reviewer: Actor;
  other: Actor;
}
/** Fresh targets for one call: an article with a claim of the reviewer's and one of another reviewer's. */
interface Target {
  articleId: string;
  claimId: string;
  version: number;
  evidenceId: string;
  secondEvidenceId: string;
  secondClaimId: string;
  secondVersion: number;
}
type Request = { params?: Record<string, string>; json?: unknown; query?: string };

interface Rule {
  permission: Permission | null;
  /** Only the claim's own reviewer (or claims.review_any) may: reviewers on others' claims get 403. */
  ownClaimOnly?: boolean;
  ok: number;
  /** The call for a target; `own` is false when the reviewer acts on another reviewer's claim. */
  request: (t: Target, own: boolean, w: World) => Request | Promise<Request>;
}

let n = 0;
const unique = () => `${Date.now().toString(36)}${(n += 1)}`;
const claimOf = (t: Target, own: boolean) => (own ? { id: t.claimId, version: t.version } : { id: t.secondClaimId, version: t.secondVersion });

/** A registered endpoint, written directly: registering one over the API is a row of its own. */
function webhookFixture(w: World): string {
  const id = newId();
  getDb().insert(webhooks).values({ id, url: 'https://93.184.215.14/hook', events: ['*'], secret: 'a-matrix-secret-0123456789', createdById: w.admin.id }).run();
  return id;
}

const RULES: Record<string, Rule> = {
  'GET /api/v1/articles': { permission: 'articles.read', ok: 200, request: () => ({}) },
  'POST /api/v1/articles': { permission: 'articles.import', ok: 201, request: () => ({ json: { text: 'Turnout was 61% in the city, the election office said on Monday.' } }) },
  'GET /api/v1/articles/[id]': { permission: 'articles.read', ok: 200, request: (t) => ({ params: { id: t.articleId } }) },
  'GET /api/v1/articles/[id]/board': { permission: 'articles.read', ok: 200, request: (t) => ({ params: { id: t.articleId } }) },
  'PATCH /api/v1/articles/[id]': { permission: 'articles.import', ok: 200, request: (t) => ({ params: { id: t.articleId }, json: { title: 'A corrected title' } }) },
  'DELETE /api/v1/articles/[id]': { permission: 'articles.delete', ok: 204, request: (t) => ({ params: { id: t.articleId } }) },
  'POST /api/v1/articles/[id]/archive': { permission: 'articles.archive', ok: 200, request: (t) => ({ params: { id: t.articleId }, json: { archived: true } }) },
  'POST /api/v1/articles/[id]/claims': { permission: 'claims.edit', ok: 201, request: (t) => ({ params: { id: t.articleId }, json: { start: 0, end: 8 } }) },
  'GET /api/v1/articles/[id]/versions': { permission: 'articles.read', ok: 200, request: (t) => ({ params: { id: t.articleId } }) },
  'GET /api/v1/articles/[id]/versions/[n]': { permission: 'articles.read', ok: 200, request: (t) => ({ params: { id: t.articleId, n: '1' } }) },
  'POST /api/v1/articles/[id]/versions': { permission: 'articles.import', ok: 201, request: (t) => ({ params: { id: t.articleId }, json: { text: `${SAMPLE_BODY}\n\nSchools reopened on Monday, the education department said.` } }) },
  'POST /api/v1/claims/[id]/place': {
    permission: 'claims.edit', ok: 200,
    request: (t, own, w) => {
      // A version without either claim's passage leaves both removed, to be placed by hand.
      const body = SAMPLE_BODY.replace('City says 1,582 homes are still without heat', 'City assesses the damage')
        .replace('Officials said 1,582 homes are still without heat.', 'Officials gave no figure.')
        .replace('Russian missiles hit a power station on Tuesday, the regional governor said.', 'The regional governor spoke on Tuesday.');
      carryOverVersion(w.editor, t.articleId, { title: null, dek: null, byline: null, publication: null, publishedAt: null, sourceUrl: null, body, format: 'text', fileName: null, originalHtml: null, links: [], warnings: [] }, handExtraction(body, []));
      const claim = (getArticleJson({ id: t.articleId }).claims as { id: string; version: number }[]).find((c) => c.id === claimOf(t, own).id)!;
      return { params: { id: claim.id }, json: { version: claim.version, start: 0, end: 7 } };
    },
  },
  'GET /api/v1/articles/[id]/export': { permission: 'exports.create', ok: 200, request: (t) => ({ params: { id: t.articleId } }) },
  'GET /api/v1/claims/[id]': { permission: 'articles.read', ok: 200, request: (t, own) => ({ params: { id: claimOf(t, own).id } }) },
  'PATCH /api/v1/claims/[id]': { permission: 'claims.review', ownClaimOnly: true, ok: 200, request: (t, own) => ({ params: { id: claimOf(t, own).id }, json: { version: claimOf(t, own).version, status: 'in_progress' } }) },
  'POST /api/v1/claims/[id]/comments': { permission: 'comments.create', ok: 201, request: (t, own) => ({ params: { id: claimOf(t, own).id }, json: { body: 'Checked the council minutes.' } }) },
  'POST /api/v1/claims/[id]/evidence': {
    permission: 'claims.review', ownClaimOnly: true, ok: 201,
    request: (t, own) => ({ params: { id: claimOf(t, own).id }, json: { url: 'https://example.org/report', title: 'Council report', stance: 'supports' } }),
  },
  'GET /api/v1/claims/[id]/matches': { permission: 'articles.read', ok: 200, request: (t, own) => ({ params: { id: claimOf(t, own).id } }) },
  'POST /api/v1/claims/[id]/matches/[matchId]': {
    permission: 'claims.review', ownClaimOnly: true, ok: 200,
    request: (t, own) => ({ params: { id: claimOf(t, own).id, matchId: own ? t.secondClaimId : t.claimId }, json: { action: 'dismiss' } }),
  },
  'POST /api/v1/claims/[id]/split': { permission: 'claims.edit', ok: 201, request: (t, own) => ({ params: { id: claimOf(t, own).id }, json: { version: claimOf(t, own).version, at: -1 } }) },
  'POST /api/v1/claims/assign': { permission: 'claims.assign', ok: 200, request: (t, _own, w) => ({ json: { claimIds: [t.claimId], versions: { [t.claimId]: t.version }, assigneeId: w.reviewer.id } }) },
  'POST /api/v1/claims/merge': {
    permission: 'claims.edit', ok: 200,
    request: (t, _own, w) => ({ json: { targetId: t.claimId, targetVersion: t.version, sourceIds: [t.secondClaimId], sourceVersions: { [t.secondClaimId]: t.secondVersion }, keep: { assigneeId: w.reviewer.id } } }),
  },
  'PATCH /api/v1/evidence/[id]': {
    permission: 'claims.review', ownClaimOnly: true, ok: 200,
    request: (t, own) => ({ params: { id: own ? t.evidenceId : t.secondEvidenceId }, json: { version: own ? t.version : t.secondVersion, title: 'A corrected source title' } }),
  },
  'DELETE /api/v1/evidence/[id]': { permission: 'claims.review', ownClaimOnly: true, ok: 204, request: (t, own) => ({ params: { id: own ? t.evidenceId : t.secondEvidenceId } }) },
  'GET /api/v1/me/claims': { permission: null, ok: 200, request: () => ({}) },
  'POST /api/v1/me/password': { permission: null, ok: 200, request: () => ({ json: { currentPassword: 'a long test password', newPassword: 'a different long passphrase' } }) },
  'DELETE /api/v1/me/sessions': { permission: null, ok: 200, request: () => ({}) },
  'GET /api/v1/me/events': { permission: null, ok: 200, request: () => ({}) },
  'GET /api/v1/me/summary': { permission: null, ok: 200, request: () => ({}) },
  'GET /api/v1/me/notifications': { permission: null, ok: 200, request: () => ({}) },
  'POST /api/v1/me/notifications/read': { permission: null, ok: 200, request: () => ({ json: { all: true } }) },
  'GET /api/v1/me/notification-settings': { permission: null, ok: 200, request: () => ({}) },
  'PUT /api/v1/me/notification-settings': { permission: null, ok: 200, request: () => ({ json: { emailTypes: ['assigned'], emailPaused: false } }) },
  'GET /api/v1/articles/[id]/events': { permission: 'articles.read', ok: 200, request: (t) => ({ params: { id: t.articleId } }) },
  'GET /api/v1/articles/[id]/mentionable': { permission: 'comments.create', ok: 200, request: (t) => ({ params: { id: t.articleId }, query: '?q=ra' }) },
  'GET /api/v1/webhooks': { permission: 'webhooks.manage', ok: 200, request: () => ({}) },
  // A public address literal: the address guard passes it without asking DNS.
  'POST /api/v1/webhooks': { permission: 'webhooks.manage', ok: 201, request: () => ({ json: { url: 'https://93.184.215.14/matrix', events: ['claim.status_changed'], secret: 'a-matrix-secret-0123456789' } }) },
  'DELETE /api/v1/webhooks': { permission: 'webhooks.manage', ok: 204, request: (_t, _o, w) => ({ query: `?id=${webhookFixture(w)}` }) },
  'DELETE /api/v1/webhooks/[id]': { permission: 'webhooks.manage', ok: 204, request: (_t, _o, w) => ({ params: { id: webhookFixture(w) } }) },
  'POST /api/v1/webhooks/[id]/test': { permission: 'webhooks.manage', ok: 202, request: (_t, _o, w) => ({ params: { id: webhookFixture(w) } }) },
  'GET /api/v1/deliveries': { permission: 'webhooks.manage', ok: 200, request: () => ({}) },
  'POST /api/v1/deliveries/[id]/retry': { permission: 'webhooks.manage', ok: 202, request: (_t, _o, w) => ({ params: { id: sendTestWebhook(w.admin, webhookFixture(w)).deliveryId } }) },
  // With a mail server set (beforeAll): the test email is queued, not sent, in this test.
  'POST /api/v1/mail/test': { permission: 'webhooks.manage', ok: 202, request: () => ({}) },
  'GET /api/v1/search': { permission: 'articles.read', ok: 200, request: () => ({ query: '?q=Kharkiv' }) },
  'GET /api/v1/openapi.json': { permission: null, ok: 200, request: () => ({}) },
  'GET /api/v1/tokens': { permission: 'tokens.manage', ok: 200, request: () => ({}) },
  'POST /api/v1/tokens': { permission: 'tokens.manage', ok: 201, request: (_t, _o, w) => ({ json: { email: w.editor.email, name: `matrix ${unique()}` } }) },
  'DELETE /api/v1/tokens/[id]': { permission: 'tokens.manage', ok: 204, request: (_t, _o, w) => ({ params: { id: createApiToken(w.editor.email, `matrix ${unique()}`).id } }) },
  'GET /api/v1/users': { permission: 'users.list', ok: 200, request: () => ({}) },
  'POST /api/v1/users': { permission: 'users.manage', ok: 201, request: () => ({ json: { email: `new.${unique()}@desk.test`, name: 'New Person', role: 'reviewer', password: 'a long test password' } }) },
  'PATCH /api/v1/users/[id]': { permission: 'users.manage', ok: 200, request: async () => ({ params: { id: (await person('reviewer', 'Role Target')).id }, json: { role: 'editor' } }) },
  'POST /api/v1/users/[id]/password': { permission: 'users.manage', ok: 200, request: async () => ({ params: { id: (await person('reviewer', 'Reset Target')).id }, json: { password: 'a fresh long passphrase' } }) },
  'DELETE /api/v1/users/[id]/sessions': { permission: 'users.manage', ok: 200, request: async () => ({ params: { id: (await person('reviewer', 'Everywhere Target')).id } }) },
};

const METHODS: Method[] = ['GET', 'POST', 'PATCH', 'DELETE', 'PUT'];

function expected(rule: Rule, caller: Caller, role: Actor['role'] | null): number {
  if (!role) return 401;
  if (rule.permission && !can({ role }, rule.permission)) return 403;
  if (rule.ownClaimOnly && caller === 'reviewer, others’ claim' && !can({ role }, 'claims.review_any')) return 403;
  return rule.ok;
}

describe('the permissions matrix', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let world: World;
  const results: { key: string; cells: Record<string, number> }[] = [];

  beforeAll(async () => {
    db = useTestDatabase();
    process.env.AUTH_SECRET = 'test-secret-for-the-permissions-matrix-0123456789';
    // A mail server is set, so the admin's test email is queued (nothing is delivered here).
    process.env.SMTP_URL = 'smtp://127.0.0.1:2525';
    process.env.MAIL_FROM = 'Claimdesk <desk@claimdesk.test>';
    world = { admin: await person('admin', 'Ada Matrix'), editor: await person('editor', 'Ed Matrix'), reviewer: await person('reviewer', 'Rae Matrix'), other: await person('reviewer', 'Oli Matrix') };
  });
  afterAll(() => {
    delete process.env.SMTP_URL;
    delete process.env.MAIL_FROM;
    db.cleanup();
  });

  function target(reviewer = world.reviewer): Target {
    const articleId = importSample(world.editor);
    const [first, second] = getArticleJson({ id: articleId }).claims as { id: string }[];
    const a = updateClaim(world.editor, first!.id, { version: 1, assigneeId: reviewer.id });
    const b = updateClaim(world.editor, second!.id, { version: 1, assigneeId: world.other.id });
    const evidence = addEvidence(world.editor, a.id, { url: 'https://example.org/a', title: 'A source', stance: 'context' });
    const secondEvidence = addEvidence(world.editor, b.id, { url: 'https://example.org/b', title: 'B source', stance: 'context' });
    const version = (getArticleJson({ id: articleId }).claims as { id: string; version: number }[]).find((c) => c.id === a.id)!.version;
    const secondVersion = (getArticleJson({ id: articleId }).claims as { id: string; version: number }[]).find((c) => c.id === b.id)!.version;
    return { articleId, claimId: a.id, version, evidenceId: evidence.id, secondEvidenceId: secondEvidence.id, secondClaimId: b.id, secondVersion };
  }

  let locked: { revokedToken: string; disabledCookie: string } | undefined;

  /** The credentials of one caller; `fresh` for calls that end the caller's own sessions and tokens. */
  async function credentials(caller: Caller, fresh = false): Promise<{ role: Actor['role'] | null; headers: Record<string, string>; token?: string; actor?: Actor }> {
    if (caller === 'anonymous') return { role: null, headers: {} };
    if (!locked) {
      // An admin's revoked token, and a session of an admin disabled since: neither opens anything.
      const revoked = await person('admin', 'Revoked Admin');
      const { id, token } = createApiToken(revoked.email, 'revoked');
      revokeApiToken(id);
      const disabled = await person('admin', 'Disabled Admin');
      const { cookie } = await sessionCookie(disabled.id);
      setUserDisabled({ id: disabled.id }, true);
      locked = { revokedToken: token, disabledCookie: cookie };
    }
    if (caller === 'revoked token') return { role: null, headers: {}, token: locked.revokedToken };
    if (caller === 'disabled account') return { role: null, headers: { cookie: locked.disabledCookie, origin: 'http://claimdesk.test', host: 'claimdesk.test' } };
    const role = caller === 'editor' ? 'editor' : caller === 'admin' ? 'admin' : 'reviewer';
    const who = fresh ? await person(role, `${role} caller`) : role === 'reviewer' ? world.reviewer : role === 'editor' ? world.editor : world.admin;
    return { role, headers: {}, token: createApiToken(who.email, 'matrix').token, actor: who };
  }

  it('has a rule for every route and method on disk, and every call gets the status the rules say', async () => {
    const served: { key: string; file: string; method: Method; pattern: string }[] = [];
    for (const { file, pattern } of routeFiles()) {
      const mod = await import(/* @vite-ignore */ file);
      for (const method of METHODS) if (typeof mod[method] === 'function') served.push({ key: `${method} ${pattern}`, file, method, pattern });
    }
    const missing = served.map((s) => s.key).filter((k) => !RULES[k]);
    expect(missing, 'routes without a row in RULES (add one)').toEqual([]);
    expect(Object.keys(RULES).filter((k) => !served.some((s) => s.key === k)), 'rules for routes that no longer exist').toEqual([]);

    const mismatches: string[] = [];
    for (const route of served.sort((a, b) => a.key.localeCompare(b.key))) {
      const rule = RULES[route.key]!;
      const cells: Record<string, number> = {};
      for (const caller of CALLERS) {
        // Changing one's password or signing out everywhere ends the caller's own token: a fresh account each time.
        const who = await credentials(caller, route.pattern.startsWith('/api/v1/me/'));
        const t = target(who.role === 'reviewer' ? who.actor : undefined);
        let req = await rule.request(t, caller !== 'reviewer, others’ claim', world);
        if (route.key === 'POST /api/v1/claims/[id]/split') {
          const claim = (getArticleJson({ id: t.articleId }).claims as { id: string; start: number; end: number }[]).find((c) => c.id === req.params!.id)!;
          req = { ...req, json: { ...(req.json as object), at: claim.start + Math.floor((claim.end - claim.start) / 2) } };
        }
        const url = route.pattern.replace(/\[(\w+)\]/g, (_, k: string) => req.params?.[k] ?? 'x') + (req.query ?? '');
        const res = await call(route.file, route.method, url, { token: who.token, headers: who.headers, json: req.json, params: req.params });
        cells[caller] = res.status;
        const want = expected(rule, caller, who.role);
        if (res.status !== want) mismatches.push(`${route.key} as ${caller}: got ${res.status}, expected ${want} (${JSON.stringify(res.body?.error ?? '')})`);
      }
      if (route.pattern.includes('[id]')) {
        const admin = await credentials('admin');
        const url = route.pattern.replace(/\[(\w+)\]/g, 'no-such-id');
        const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : ((await rule.request(target(), true, world)).json ?? {});
        const res = await call(route.file, route.method, url, { token: admin.token, json: body, params: { id: 'no-such-id' } });
        cells['unknown id (admin)'] = res.status;
        if (res.status !== 404) mismatches.push(`${route.key} with an unknown id: got ${res.status}, expected 404`);
      }
      results.push({ key: route.key, cells });
    }
    expect(mismatches).toEqual([]);
    writeMatrix(results);
  }, 180_000);
});

const MARK_START = '<!-- permissions-matrix:start -->';
const MARK_END = '<!-- permissions-matrix:end -->';

/** The table in SECURITY.md, checked (or rewritten with UPDATE_SECURITY_MD=1). */
function writeMatrix(results: { key: string; cells: Record<string, number> }[]): void {
  const columns = [...CALLERS, 'unknown id (admin)'];
  const calls = results.reduce((sum, r) => sum + Object.keys(r.cells).length, 0);
  const lines = [
    MARK_START,
    `${results.length} route methods × ${CALLERS.length} callers, plus an unknown id for each route with one: **${calls} calls**, each checked against the status the rules expect (generated by \`app/api/v1/permissions-matrix.test.ts\`).`,
    '',
    `| route | ${columns.join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
    ...results.map((r) => `| \`${r.key}\` | ${columns.map((c) => r.cells[c] ?? '–').join(' | ')} |`),
    MARK_END,
  ];
  const file = join(process.cwd(), 'SECURITY.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(MARK_START);
  const end = text.indexOf(MARK_END);
  expect(start, 'SECURITY.md has the permissions-matrix markers').toBeGreaterThanOrEqual(0);
  const updated = `${text.slice(0, start)}${lines.join('\n')}${text.slice(end + MARK_END.length)}`;
  if (process.env.UPDATE_SECURITY_MD === '1') writeFileSync(file, updated);
  else expect(updated, 'SECURITY.md’s matrix is stale: run UPDATE_SECURITY_MD=1 npx vitest run app/api/v1/permissions-matrix.test.ts').toBe(text);
}
