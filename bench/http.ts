// The pages and API reads of the archive under load, with autocannon against the
// production server on a bench database: requests per second as a share of /login's in
// the same run (/login measured before and after each target), the server's CPU time per
// request (steadier than the rate on a machine shared with noisy neighbours), response
// sizes, and the server's peak memory under 10 concurrent requests. Every target is
// warmed first (3 s each, untimed): /login served 95-150 req/s in its first 10 s and
// 150-230 afterwards, once V8 had compiled its path, which made the first comparisons unfair.
//   npx tsx --conditions=react-server bench/http.ts --db /tmp/claimdesk-1m.db [--duration 10] [--connections 10] [--only NAME] [--reads N] [--node-args="FLAGS"]
// --reads sets CLAIMDESK_CONCURRENT_READS (how many reads the server renders at once; 16 by default).
// --node-args are given to the server's node after its defaults (scripts/serve-command.ts), so
// --node-args=--heap-growing-percent=0 measures it with V8's own collection schedule.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildIfNeeded } from '@/scripts/build-if-needed';
import { benchServer, treeCpuSeconds, treeRss, watchMemory } from './server';

const { values } = parseArgs({ options: { db: { type: 'string' }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, only: { type: 'string' }, reads: { type: 'string' }, 'node-args': { type: 'string', default: '' }, 'no-build': { type: 'boolean', default: false } } });
if (!values.db) throw new Error('--db FILE');
const info = JSON.parse(readFileSync(`${values.db}.json`, 'utf8')) as { boardArticleId: string; boardClaimId?: string; demoReviewerId: string; demoEditorId: string };

/** A claim of the board article, read through the API as any client would find it. */
async function firstClaimOf(baseURL: string, cookie: string, articleId: string): Promise<string> {
  const body = await (await fetch(`${baseURL}/api/v1/articles/${articleId}`, { headers: { cookie } })).json() as { article?: { claims?: { id: string }[] }; claims?: { id: string }[] };
  const id = (body.article?.claims ?? body.claims)?.[0]?.id;
  if (!id) throw new Error(`no claim found in GET /api/v1/articles/${articleId}`);
  return id;
}

interface Target {
  name: string;
  path: string;
  as: 'nobody' | 'editor' | 'reviewer';
  /** The two requests that open the board, added up in one more row. */
  opensBoard?: 'page' | 'payload';
}
const TARGETS: Target[] = [
  // A desk page with no list: the floor every desk page stands on (layout, session, header).
  { name: '/settings (no list)', path: '/settings', as: 'editor' },
  { name: '/articles', path: '/articles', as: 'editor' },
  { name: '/my-claims (5,000-claim reviewer)', path: '/my-claims', as: 'reviewer' },
  { name: 'board, 500-claim article', path: `/articles/${info.boardArticleId}`, as: 'editor', opensBoard: 'page' },
  // What the board's page loads beside itself: its text and claims (lib/articles/board-data.ts).
  { name: 'GET /api/v1/articles/:id/board (the board’s text and claims)', path: `/api/v1/articles/${info.boardArticleId}/board`, as: 'editor', opensBoard: 'payload' },
  { name: 'GET /api/v1/articles/:id (500 claims)', path: `/api/v1/articles/${info.boardArticleId}`, as: 'editor' },
  { name: '/search?q=Trump', path: '/search?q=Trump', as: 'editor' },
  { name: 'GET /api/v1/search?q=Trump', path: '/api/v1/search?q=Trump', as: 'editor' },
];

async function main() {
  if (!values['no-build']) buildIfNeeded();
  const server = await benchServer(values.db!, values.reads ? { CLAIMDESK_CONCURRENT_READS: values.reads } : {}, values['node-args'].split(' ').filter(Boolean));
  try {
    await (await fetch(`${server.baseURL}/login`)).arrayBuffer();
    const atRest = treeRss(server.pid);
    const cookies = { nobody: '', editor: await server.cookieFor(info.demoEditorId), reviewer: await server.cookieFor(info.demoReviewerId) };
    const run = async (t: Target) => {
      const url = server.baseURL + t.path;
      const headers: Record<string, string> = t.as === 'nobody' ? {} : { cookie: cookies[t.as] };
      const probe = await fetch(url, { headers, redirect: 'manual' });
      const bytes = (await probe.arrayBuffer()).byteLength;
      if (probe.status !== 200) throw new Error(`${t.path} answered ${probe.status}`);
      const memory = watchMemory(server.pid);
      const cpuBefore = treeCpuSeconds(server.pid);
      const result = await autocannon({ url, headers, connections: Number(values.connections), duration: Number(values.duration) });
      const cpuMs = ((treeCpuSeconds(server.pid) - cpuBefore) * 1000) / Math.max(1, result.requests.total);
      const peak = memory.stop();
      return {
        name: t.name, rps: result.requests.average, cpuMs, p50: result.latency.p50, p99: result.latency.p99, bytes,
        errors: result.errors + result.timeouts + result.non2xx, peakMb: peak / 1_048_576,
      };
    };
    // /login before and after every page: on a shared machine the load drifts, so each page
    // is compared with the reference measured next to it.
    const login: Target = { name: '/login', path: '/login', as: 'nobody' };
    const chosen = TARGETS.filter((t) => !values.only || t.name.includes(values.only));
    for (const t of [login, ...chosen]) {
      const headers: Record<string, string> = t.as === 'nobody' ? {} : { cookie: cookies[t.as] };
      await autocannon({ url: server.baseURL + t.path, headers, connections: Number(values.connections), duration: 3 });
    }
    let before = await run(login);
    const logins = [before.rps];
    const rows: string[] = [];
    const board = new Map<Target['opensBoard'], { rps: number; cpuMs: number; ref: number; refCpuMs: number }>();
    for (const t of chosen) {
      const r = await run(t);
      const after = await run(login);
      logins.push(after.rps);
      const ref = (before.rps + after.rps) / 2;
      const refCpuMs = (before.cpuMs + after.cpuMs) / 2;
      if (t.opensBoard) board.set(t.opensBoard, { rps: r.rps, cpuMs: r.cpuMs, ref, refCpuMs });
      rows.push(`| ${r.name} | ${r.rps.toFixed(1)} | ${ref.toFixed(1)} | ${((r.rps / ref) * 100).toFixed(0)}% | ${r.cpuMs.toFixed(2)} | ${((refCpuMs / r.cpuMs) * 100).toFixed(0)}% | ${r.p50} | ${r.p99} | ${(r.bytes / 1024).toFixed(1)} | ${r.errors} | ${r.peakMb.toFixed(0)} |`);
      before = after;
    }
    // Opening the board is two requests, the page and its text and claims: their costs add.
    const page = board.get('page');
    const payload = board.get('payload');
    if (page && payload) {
      const rps = 1 / (1 / page.rps + 1 / payload.rps);
      const ref = (page.ref + payload.ref) / 2;
      const cpuMs = page.cpuMs + payload.cpuMs;
      const refCpuMs = (page.refCpuMs + payload.refCpuMs) / 2;
      rows.push(`| opening the board (page + its text and claims, combined) | ${rps.toFixed(1)} | ${ref.toFixed(1)} | ${((rps / ref) * 100).toFixed(0)}% | ${cpuMs.toFixed(2)} | ${((refCpuMs / cpuMs) * 100).toFixed(0)}% | | | | | |`);
    }
    // One slow page must not stall everyone: a cheap claim read alone, then while /articles
    // renders at the same concurrency (both measured in this run, so the ratio is fair).
    let stall = '';
    if (!values.only) {
      const claimId = info.boardClaimId ?? await firstClaimOf(server.baseURL, cookies.editor, info.boardArticleId);
      const read = { url: `${server.baseURL}/api/v1/claims/${claimId}`, headers: { cookie: cookies.editor }, connections: 2, duration: Number(values.duration) };
      const alone = await autocannon(read);
      const [during] = await Promise.all([
        autocannon(read),
        autocannon({ url: `${server.baseURL}/articles`, headers: { cookie: cookies.editor }, connections: Number(values.connections), duration: Number(values.duration) }),
      ]);
      stall = `A claim read (GET /api/v1/claims/:id, 2 connections): ${alone.requests.average.toFixed(1)} req/s alone (p99 ${alone.latency.p99} ms, max ${alone.latency.max} ms), `
        + `${during.requests.average.toFixed(1)} req/s while /articles renders at ${values.connections} connections (p99 ${during.latency.p99} ms, max ${during.latency.max} ms): `
        + `${((during.requests.average / alone.requests.average) * 100).toFixed(0)}% kept; ${during.errors + during.timeouts + during.non2xx} errors.\n`;
    }
    console.log(`Server at rest (started, one /login served): ${(atRest / 1_048_576).toFixed(0)} MB.`);
    console.log(`/login alone: ${logins.map((x) => x.toFixed(1)).join(', ')} req/s over the run.\n`);
    if (stall) console.log(stall);
    console.log(`| page | req/s | /login req/s beside it | share of /login | server CPU ms/request | share of /login by CPU | p50 ms | p99 ms | response KB | errors | server peak MB |`);
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) console.log(row);
  } finally {
    await server.stop();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
