// Bounded load on the live event stream, against the production server: 50 open streams
// on one article while the desk makes 20 changes a second for 20 seconds. Every stream
// must receive every change, in order, and the server's memory must stay flat.
// Figures (latency, rate, memory) are printed and recorded in bench/RESULTS.md.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/db';
import { runMigrations } from '@/db/migrate';
import { createApiToken } from '@/lib/auth/api-tokens';
import { SseReader } from '@/lib/events/sse-reader';
import { createUser } from '@/lib/users/manage-users';
import { buildIfNeeded } from '@/scripts/build-if-needed';
import { freePort, startServer, stopServer } from '@/e2e/support/server';

const STREAMS = 50;
const PEOPLE = 10; // five streams each, within the per-account bound
const RATE = 20;
const SECONDS = 20;

const TEXT = Array.from({ length: 12 }, (_, i) => `Section ${i + 1} of the report says ${1_000 + i * 37} households lost power on day ${i + 1}, the utility said.`).join('\n\n');

function rssKb(pid: number): number {
  // The server and any process it started.
  let total = 0;
  const status = (p: number) => readFileSync(`/proc/${p}/status`, 'utf8');
  const vm = (s: string) => Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0);
  total += vm(status(pid));
  try {
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) total += vm(status(Number(child)));
  } catch {
    // no children file on this kernel
  }
  return total;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

describe('live event streams under load', () => {
  let dir: string;
  let server: ChildProcess;
  let base = '';
  let editorToken = '';
  const tokens: string[] = [];

  beforeAll(async () => {
    buildIfNeeded();
    dir = mkdtempSync(join(tmpdir(), 'claimdesk-stress-'));
    process.env.DATABASE_PATH = join(dir, 'stress.db');
    runMigrations();
    const editor = await createUser({ email: 'editor@stress.test', name: 'Stress Editor', role: 'editor', password: 'stress-editor-pw' });
    editorToken = createApiToken(editor.email, 'stress').token;
    for (let i = 0; i < PEOPLE; i++) {
      const u = await createUser({ email: `r${i}@stress.test`, name: `Reader ${i}`, role: 'reviewer', password: 'stress-reader-pw' });
      tokens.push(createApiToken(u.email, 'stress').token);
    }
    closeDb();
    const port = await freePort();
    server = await startServer({ DATABASE_PATH: process.env.DATABASE_PATH, AUTH_SECRET: randomBytes(32).toString('hex') }, port);
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    if (server) await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it(`delivers ${RATE * SECONDS} changes to each of ${STREAMS} streams, with flat memory`, async () => {
    const auth = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
    const created = await (await fetch(`${base}/api/v1/articles`, { method: 'POST', headers: auth(editorToken), body: JSON.stringify({ title: 'Load check', text: TEXT }) })).json();
    const articleId: string = created.article.id;
    const claims: { id: string; version: number }[] = created.claims.map((c: { id: string; version: number }) => ({ id: c.id, version: c.version }));
    expect(claims.length).toBeGreaterThanOrEqual(8);

    const streams: SseReader[] = [];
    const arrivals: Map<string, number>[] = [];
    for (let i = 0; i < STREAMS; i++) {
      const res = await fetch(`${base}/api/v1/articles/${articleId}/events`, { headers: { authorization: `Bearer ${tokens[i % PEOPLE]}` } });
      expect(res.status).toBe(200);
      const reader = new SseReader(res);
      streams.push(reader);
      arrivals.push(new Map());
    }
    await Promise.all(streams.map((s) => s.waitFor((f) => f.data.type === 'ready', 30_000)));
    // Record when each stream sees each change (by its event id).
    const seen = streams.map(() => 0);
    const poll = setInterval(() => {
      const now = Date.now();
      streams.forEach((s, i) => {
        for (; seen[i]! < s.frames.length; seen[i]! += 1) {
          const f = s.frames[seen[i]!]!;
          if (f.data.type === 'comment.added' || f.data.type === 'claim.status_changed') arrivals[i]!.set(f.data.type === 'comment.added' ? f.data.change.after.comment.id : `${f.data.claimId}:${f.data.change.after.version}`, now);
        }
      });
    }, 5);

    const memory: number[] = [rssKb(server.pid!)];
    const sampler = setInterval(() => memory.push(rssKb(server.pid!)), 1_000);
    const sent = new Map<string, number>();
    const busy = new Set<string>();
    let failures = 0;
    const inflight: Promise<void>[] = [];
    const started = Date.now();
    for (let n = 0; n < RATE * SECONDS; n++) {
      const due = started + (n * 1000) / RATE;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const claim = claims[n % claims.length]!;
      const at = Date.now();
      // Every other change is a verdict on a claim with no request in flight; the rest are comments.
      if (n % 2 === 1 && !busy.has(claim.id)) {
        busy.add(claim.id);
        const status = claim.version % 2 === 0 ? 'confirmed' : 'disputed';
        inflight.push(fetch(`${base}/api/v1/claims/${claim.id}`, { method: 'PATCH', headers: auth(editorToken), body: JSON.stringify({ version: claim.version, status }) })
          .then(async (res) => {
            if (res.status !== 200) { failures += 1; return; }
            claim.version = (await res.json()).claim.version;
            sent.set(`${claim.id}:${claim.version}`, at);
          })
          .finally(() => busy.delete(claim.id)));
      } else {
        inflight.push(fetch(`${base}/api/v1/claims/${claim.id}/comments`, { method: 'POST', headers: auth(editorToken), body: JSON.stringify({ body: `Change ${n}` }) })
          .then(async (res) => {
            if (res.status !== 201) { failures += 1; return; }
            sent.set((await res.json()).comment.id, at);
          }));
      }
    }
    await Promise.all(inflight);
    const took = (Date.now() - started) / 1000;
    // Let the last events arrive.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && arrivals.some((a) => a.size < sent.size)) await new Promise((r) => setTimeout(r, 100));
    clearInterval(poll);
    clearInterval(sampler);
    memory.push(rssKb(server.pid!));

    const latencies: number[] = [];
    for (const a of arrivals) for (const [key, at] of a) if (sent.has(key)) latencies.push(at - sent.get(key)!);
    const firstMb = median(memory.slice(1, 6)) / 1024;
    const lastMb = median(memory.slice(-6, -1)) / 1024;
    console.log(JSON.stringify({
      streams: STREAMS, changes: sent.size, failures, seconds: Number(took.toFixed(1)), rate: Number((sent.size / took).toFixed(1)),
      delivered: arrivals.reduce((n, a) => n + a.size, 0), expected: sent.size * STREAMS,
      latencyMs: { p50: median(latencies), p95: pct(latencies, 0.95), p99: pct(latencies, 0.99), max: Math.max(...latencies) },
      rssMb: { before: Math.round(memory[0]! / 1024), earlyMedian: Math.round(firstMb), lateMedian: Math.round(lastMb), peak: Math.round(Math.max(...memory) / 1024), after: Math.round(memory.at(-1)! / 1024) },
    }));

    expect(failures).toBe(0);
    expect(sent.size).toBe(RATE * SECONDS);
    for (const a of arrivals) expect(a.size).toBe(sent.size);
    // Every stream saw the events in one order, each once, ids rising.
    for (const s of streams) {
      const ids = s.frames.filter((f) => f.id && f.data.type !== 'ready').map((f) => Number(f.id!.split('.')[0]));
      expect(ids).toEqual([...ids].sort((x, y) => x - y));
      expect(new Set(ids).size).toBe(ids.length);
    }
    // Flat: the second half of the run holds no more than the first plus a margin for the heap settling.
    expect(lastMb).toBeLessThan(firstMb * 1.25 + 40);
    await Promise.all(streams.map((s) => s.close()));
  });
});
