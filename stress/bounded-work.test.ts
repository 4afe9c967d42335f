// Work the server does for one request is bounded, measured at the HTTP level against the
// production server: a 50 MB upload is refused early (declared or chunked), a zip bomb is
// refused without unpacking, and a URL that never answers gives a clear error within its
// deadline; meanwhile other requests answer and the server's memory stays bounded.
import { request } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServer } from '@/e2e/support/server';
import { api, ownServer, removeDir, rssMb, type OwnServer } from './support';

const MB = 1024 * 1024;

/** Streams `total` bytes as a chunked multipart body; resolves with the status and how much was sent when it came. */
function streamUpload(baseURL: string, token: string, total: number, declareLength: boolean): Promise<{ status: number; sentAtAnswer: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const url = new URL('/api/v1/articles', baseURL);
    const started = Date.now();
    let sent = 0;
    const boundary = '----claimdesk-stress';
    const headers: Record<string, string | number> = { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` };
    if (declareLength) headers['content-length'] = total;
    let answered = false;
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
      // The status is the answer; stop sending at once, as a browser would.
      answered = true;
      resolve({ status: res.statusCode ?? 0, sentAtAnswer: sent, ms: Date.now() - started });
      res.resume();
      req.destroy();
    });
    // A connection dropped before any answer counts as status 0 (the test then fails plainly).
    req.on('error', (e) => (answered ? undefined : sent > 0 ? resolve({ status: 0, sentAtAnswer: sent, ms: Date.now() - started }) : reject(e)));
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    req.write(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.txt"\r\ncontent-type: text/plain\r\n\r\n`);
    const pump = () => {
      while (sent < total && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

describe('bounded work at the HTTP level', () => {
  let server: OwnServer;
  let silent: Server;
  const held = new Set<Socket>();
  let silentPort = 0;

  beforeAll(async () => {
    server = await ownServer();
    // A web server that accepts the connection and never says a word.
    silent = createServer((socket) => {
      held.add(socket);
      socket.on('close', () => held.delete(socket));
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const s of held) s.destroy();
    silent.close();
    await stopServer(server.child);
    removeDir(server.dir);
  });

  it('refuses a 50 MB upload early, declared or chunked, with memory bounded', async () => {
    const pid = server.child.pid!;
    const before = rssMb(pid);
    const declared = await streamUpload(server.baseURL, server.editorToken, 50 * MB, true);
    expect(declared.status).toBe(413);
    const chunked = await Promise.all([1, 2, 3, 4].map(() => streamUpload(server.baseURL, server.editorToken, 50 * MB, false)));
    const after = rssMb(pid);
    console.log(
      `[stress] 50 MB upload: declared → 413 after ${(declared.sentAtAnswer / MB).toFixed(1)} MB sent (${declared.ms} ms); ` +
        `4 chunked at once → ${chunked.map((c) => `${c.status} after ${(c.sentAtAnswer / MB).toFixed(1)} MB`).join(', ')}; server RSS ${before} → ${after} MB`,
    );
    for (const c of chunked) {
      expect(c.status).toBe(413);
      expect(c.sentAtAnswer).toBeLessThan(20 * MB);
    }
    expect(declared.sentAtAnswer).toBeLessThan(10 * MB);
    expect(after - before).toBeLessThan(150);
    expect((await api(server.baseURL, server.editorToken)('GET', '/api/v1/articles')).status).toBe(200);
  });

  it('refuses a zip bomb without unpacking it', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', ' '.repeat(120 * MB));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    // Word files are read on a worker thread that starts with the first one; start it with a small,
    // damaged .docx first so the figure below is what the bomb costs, not the worker's start-up.
    const small = new JSZip();
    small.file('word/document.xml', '<not-word/>');
    const warmUp = new FormData();
    const smallBytes = await small.generateAsync({ type: 'uint8array' });
    warmUp.set('file', new File([smallBytes as Uint8Array<ArrayBuffer>], 'small.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    const warm = await fetch(`${server.baseURL}/api/v1/articles`, { method: 'POST', headers: { authorization: `Bearer ${server.editorToken}` }, body: warmUp });
    expect(warm.status).toBe(422);
    const pid = server.child.pid!;
    const before = rssMb(pid);
    const form = new FormData();
    form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], 'bomb.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    const started = Date.now();
    const res = await fetch(`${server.baseURL}/api/v1/articles`, { method: 'POST', headers: { authorization: `Bearer ${server.editorToken}` }, body: form });
    const body = await res.json();
    const ms = Date.now() - started;
    const after = rssMb(pid);
    console.log(`[stress] zip bomb (${(bytes.length / 1024).toFixed(0)} KB unpacking to 120 MB): ${res.status} in ${ms} ms, server RSS ${before} → ${after} MB`);
    expect(res.status).toBe(413);
    expect(body.error.message).toMatch(/unpacks to more than/);
    expect(after - before).toBeLessThan(100);
  });

  it('gives a clear error for a URL that never answers, within its deadline, while other requests answer', async () => {
    const call = api(server.baseURL, server.editorToken);
    const started = Date.now();
    const pending = call('POST', '/api/v1/articles', { url: `http://127.0.0.1:${silentPort}/story` });
    await new Promise((r) => setTimeout(r, 1000));
    const otherStarted = Date.now();
    const other = await call('GET', '/api/v1/articles');
    const otherMs = Date.now() - otherStarted;
    const res = await pending;
    const ms = Date.now() - started;
    console.log(`[stress] URL that never answers: ${res.status} "${res.json.error?.message}" after ${ms} ms; another request meanwhile ${other.status} in ${otherMs} ms`);
    expect(other.status).toBe(200);
    expect(res.status).toBe(502);
    expect(res.json.error.message).toMatch(/took longer than 10 seconds/);
    expect(ms).toBeLessThan(40_000);
  });
});
