// What a request must look like before a handler sees it: from our own origin when it
// writes with a cookie, JSON as application/json, and no bigger than the route's limit
// even when the client declares no length.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { call, deskAccounts, routeFiles, sessionCookie } from './_test/api-harness';

const file = (pattern: string) => routeFiles().find((f) => f.pattern === pattern)!.file;

/** A body that arrives in chunks with no Content-Length, as `Transfer-Encoding: chunked` does. */
function chunked(totalBytes: number, chunk = 64 * 1024): { stream: ReadableStream<Uint8Array>; sent: () => number } {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const piece = new Uint8Array(Math.min(chunk, totalBytes - sent)).fill(0x61);
      sent += piece.byteLength;
      controller.enqueue(piece);
    },
  });
  return { stream, sent: () => sent };
}

describe('requests the API accepts', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let who: Awaited<ReturnType<typeof deskAccounts>>;
  let cookie = '';
  let claimId = '';
  beforeAll(async () => {
    db = useTestDatabase();
    process.env.AUTH_SECRET = 'test-secret-for-the-request-tests-0123456789';
    who = await deskAccounts();
    cookie = (await sessionCookie(who.editor.id)).cookie;
    const created = await call(file('/api/v1/articles'), 'POST', '/api/v1/articles', { token: who.editor.token, json: { text: 'Turnout was 61% in the city, the election office said on Monday.' } });
    claimId = created.body.claims[0].id;
  });
  afterAll(() => db.cleanup());

  const comment = (headers: Record<string, string>, json: unknown = { body: 'A note' }) =>
    call(file('/api/v1/claims/[id]/comments'), 'POST', `/api/v1/claims/${claimId}/comments`, { headers: { cookie, host: 'claimdesk.test', ...headers }, json, params: { id: claimId } });

  it('refuses a cookie write whose Origin is null, unparsable or another site with 403, never 500', async () => {
    for (const origin of ['null', 'not a url', 'http://', 'https://evil.example', 'http://claimdesk.test.evil.example', 'file://claimdesk.test', 'http://[::1', 'http://claimdesk.test:99999']) {
      const res = await comment({ origin });
      expect(res.status, origin).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect((await comment({ origin: 'http://claimdesk.test' })).status).toBe(201);
  });

  it('refuses a cookie write with neither Origin nor a same-origin Referer', async () => {
    expect((await comment({})).status).toBe(403);
    expect((await comment({ referer: 'https://evil.example/claimdesk.test' })).status).toBe(403);
    expect((await comment({ referer: 'null' })).status).toBe(403);
    expect((await comment({ referer: 'http://claimdesk.test/articles/x' })).status).toBe(201);
    // A token is not sent by browsers on their own, so it needs no Origin.
    const byToken = await call(file('/api/v1/claims/[id]/comments'), 'POST', '/x', { token: who.editor.token, json: { body: 'via token' }, params: { id: claimId } });
    expect(byToken.status).toBe(201);
  });

  it('takes JSON only as application/json (parameters allowed)', async () => {
    const send = (type: string) =>
      call(file('/api/v1/claims/[id]/comments'), 'POST', '/x', { token: who.editor.token, body: JSON.stringify({ body: 'typed' }), headers: { 'content-type': type }, params: { id: claimId } });
    expect((await send('application/json; charset=utf-8')).status).toBe(201);
    expect((await send('Application/JSON')).status).toBe(201);
    for (const type of ['text/plain', 'application/json-patch+json', 'application/jsonx', 'text/plain; application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ';;;']) {
      const res = await send(type);
      expect(res.status, type).toBe(415);
    }
  });

  it('stops reading a chunked body at the route’s limit with 413', async () => {
    const body = chunked(50 * 1024 * 1024);
    const res = await call(file('/api/v1/claims/[id]/comments'), 'POST', '/x', {
      token: who.editor.token,
      body: body.stream,
      headers: { 'content-type': 'application/json' },
      params: { id: claimId },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('too_large');
    // Read up to the 1 MB limit plus what was in flight, not the 50 MB sent.
    expect(body.sent()).toBeLessThan(3 * 1024 * 1024);
  });

  it('refuses a declared length over the limit before reading, and a 50 MB multipart upload as 413', async () => {
    const declared = await call(file('/api/v1/claims/[id]/comments'), 'POST', '/x', {
      token: who.editor.token,
      body: '{}',
      headers: { 'content-type': 'application/json', 'content-length': String(20 * 1024 * 1024) },
      params: { id: claimId },
    });
    expect(declared.status).toBe(413);
    const upload = chunked(50 * 1024 * 1024);
    const res = await call(file('/api/v1/articles'), 'POST', '/api/v1/articles', {
      token: who.editor.token,
      body: upload.stream,
      headers: { 'content-type': 'multipart/form-data; boundary=----x' },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/5 MB/);
    expect(upload.sent()).toBeLessThan(8 * 1024 * 1024);
  });
});
