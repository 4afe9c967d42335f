// The board on a 500-claim article, in Chromium against the production build: the HTML the page
// ships, and how long selecting a claim, moving with `j`, filtering and sorting take until the
// next frame. Each tree given is started with its own `npm start` (scripts/start.ts: migrations,
// demo accounts, the sample article, a build when stale) on a fresh database and seeded the same
// way over the API, then measured in the same run; the sample article (~40 claims) is measured too.
// Run: npx tsx --conditions=react-server bench/board.ts [runs] [other tree, e.g. a checkout of the base commit]
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '@/e2e/support/chromium';
import { freePort } from '@/e2e/support/server';
import { LoginPage } from '@/e2e/pages/login-page';
import { DEMO_ACCOUNTS } from '@/scripts/seed';
import { longArticleText } from './board-article';

const runs = Number(process.argv[2] ?? 15);
const trees = [process.cwd(), ...(process.argv[3] ? [resolve(process.argv[3])] : [])];

const median = (v: number[]) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
const p95 = (v: number[]) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.ceil(v.length * 0.95) - 1)]!;

async function startTree(tree: string, dir: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(tree, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', 'scripts/start.ts'], {
    cwd: tree,
    env: { ...process.env, PORT: String(port), DATABASE_PATH: join(dir, 'bench.db'), AUTH_SECRET: randomBytes(32).toString('hex'), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 900_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`${tree}: start exited\n${output}`);
    try { if ((await fetch(`${base}/login`)).ok) return { child, base }; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${tree}: did not start\n${output}`);
}

/** The long article as a desk leaves it mid-shift, through the API both trees share. */
async function seed(page: Page, text: string) {
  const post = (path: string, data: unknown, method = 'POST') => page.request.fetch(path, { method, data });
  const created = await (await post('/api/v1/articles', { text })).json();
  const reviewer = (await (await page.request.get('/api/v1/users?role=reviewer')).json()).users[0];
  const claims = created.claims as { id: string; version: number }[];
  const assigned = claims.filter((_, i) => i % 3 === 0);
  for (let i = 0; i < assigned.length; i += 100) {
    const batch = assigned.slice(i, i + 100);
    const res = await post('/api/v1/claims/assign', { claimIds: batch.map((c) => c.id), versions: Object.fromEntries(batch.map((c) => [c.id, c.version])), assigneeId: reviewer.id, dueAt: new Date(Date.now() + ((i % 5) - 2) * 3_600_000).toISOString() });
    if (!res.ok()) throw new Error(`assign: ${res.status()}`);
  }
  const statuses = ['confirmed', 'single_source', 'disputed', 'in_progress'];
  for (const [i, c] of claims.entries()) {
    if (i % 4 !== 1) continue;
    const ev = await (await post(`/api/v1/claims/${c.id}/evidence`, { url: `https://www.example-news.org/story/${i}`, title: `Report ${i}`, stance: i % 12 === 9 ? 'contradicts' : 'supports', note: 'Checked against the transcript.' })).json();
    await post(`/api/v1/claims/${c.id}`, { version: ev.claim.version, status: statuses[i % statuses.length] }, 'PATCH');
  }
  return { id: created.article.id as string, claims: claims.length };
}

/**
 * Runs `act` in the page and waits until the board has answered: `done` holds, or (for filters
 * and sorts) the list's DOM has changed; then for the next frame to be painted. A run that gets
 * no answer within 10 s counts as 10 s, so a broken selector shows instead of hanging.
 */
function timed(page: Page, act: string, done: string | null): Promise<number> {
  return page.evaluate(async ([actSrc, doneSrc]) => {
    const list = document.querySelector('[aria-label="Claims in this article"]')!;
    let mutated = false;
    const observer = new MutationObserver(() => { mutated = true; });
    observer.observe(list, { childList: true, subtree: true, attributes: true, characterData: true });
    const run = new Function(actSrc!) as () => void;
    const ok = doneSrc ? (new Function(doneSrc) as () => boolean) : () => mutated;
    const t0 = performance.now();
    run();
    while (!ok() && performance.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 1));
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    observer.disconnect();
    return performance.now() - t0;
  }, [act, done]);
}

// Selectors both boards (before and after the redesign) answer to.
const LIST = `document.querySelector('[aria-label="Claims in this article"]')`;
const ROWS = `[...${LIST}.querySelectorAll(':scope > li > button')]`;
const HEADING = `document.getElementById('claim-heading')?.textContent`;
const SORTS = ['score', 'due', 'position'];

async function measure(page: Page) {
  const out: Record<string, number[]> = { select: [], j: [], filter: [], sort: [] };
  for (let i = 0; i < runs; i++) {
    out.select!.push(await timed(page,
      `const r = ${ROWS}.filter(b => b.getAttribute('aria-current') !== 'true'); const b = r[${i} % r.length]; window.__want = 'Claim ' + b.textContent.match(/^(\\d+)\\./)[1]; b.click();`,
      `return ${HEADING} === window.__want;`));
    out.j!.push(await timed(page,
      `window.__was = ${HEADING}; document.activeElement?.blur?.(); document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));`,
      `return ${HEADING} !== window.__was;`));
    out.filter!.push(await timed(page,
      `const s = document.querySelector('select[aria-label="Filter by status"]'); s.value = '${i % 2 ? 'all' : 'open'}'; s.dispatchEvent(new Event('change', { bubbles: true }));`,
      null));
    out.sort!.push(await timed(page,
      `const s = document.querySelector('select[aria-label="Sort claims"]'); s.value = '${SORTS[i % 3]}'; s.dispatchEvent(new Event('change', { bubbles: true }));`,
      null));
  }
  return out;
}

async function benchTree(browser: Browser, tree: string, text: string) {
  const dir = mkdtempSync(join(os.tmpdir(), 'claimdesk-bench-board-'));
  const { child, base } = await startTree(tree, dir);
  try {
    // The API refuses cookie writes without our Origin (CSRF); a browser's fetch sends it, Playwright's request API does not.
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 800 }, extraHTTPHeaders: { origin: base } });
    const page = await context.newPage();
    await new LoginPage(page).signIn(DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password);
    await page.waitForURL('**/articles');
    // The sample article through the API as well: a tree outside the project folder cannot seed it from ../shared.
    const sample = await page.request.post('/api/v1/articles', { data: { text: readFileSync(resolve('../shared/fixtures/articles/belarus-border-2022-03-12.txt'), 'utf8') } });
    const sampleId = (await sample.json()).article.id as string;
    const long = await seed(page, text);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const rows = [];
    for (const [label, id] of [['sample', sampleId], ['long', long.id]] as const) {
      const html = await (await fetch(`${base}/articles/${id}`, { headers: { cookie } })).text();
      await page.goto(`/articles/${id}`);
      await page.getByRole('list', { name: 'Claims in this article' }).waitFor();
      await page.waitForTimeout(1000);
      rows.push({ label, html: Buffer.byteLength(html), gzip: gzipSync(html).length, times: await measure(page) });
    }
    await context.close();
    return { claims: long.claims, rows };
  } finally {
    try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* gone */ }
    await new Promise((r) => setTimeout(r, 1500));
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const { text, claims, words } = longArticleText(500);
  const browser = await launchChromium();
  const results = [];
  try {
    for (const tree of trees) {
      results.push({ tree, ...(await benchTree(browser, tree, text)) });
      console.error(`measured ${tree}: ${JSON.stringify(results.at(-1)!.rows.map((r) => ({ label: r.label, html: r.html, select: median(r.times.select!), j: median(r.times.j!), filter: median(r.times.filter!), sort: median(r.times.sort!) })))}`);
    }
  } finally {
    await browser.close();
  }
  let nproc = String(os.cpus().length);
  try { nproc = execSync('nproc').toString().trim(); } catch { /* keep os.cpus() */ }
  console.log(`${new Date().toISOString()} · node ${process.version} · ${os.cpus()[0]?.model ?? 'CPU'} · nproc ${nproc} · load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`long article: ${claims} claims extracted, ${words} words; ${runs} runs per action; ms from the event to the next frame\n`);
  for (const r of results) {
    console.log(`tree ${r.tree}`);
    console.log('  page     HTML KB  gzip KB   select med/p95   j med/p95   filter med/p95   sort med/p95');
    for (const row of r.rows) {
      const t = (k: string) => `${median(row.times[k]!).toFixed(0).padStart(6)}/${p95(row.times[k]!).toFixed(0).padEnd(6)}`;
      console.log(`  ${row.label.padEnd(7)} ${(row.html / 1024).toFixed(0).padStart(7)} ${(row.gzip / 1024).toFixed(0).padStart(8)}   ${t('select')}    ${t('j')}  ${t('filter')}     ${t('sort')}`);
    }
  }
  if (results.length === 2) {
    console.log('\nratio this tree / other tree, long article (medians; HTML bytes)');
    const [a, b] = results.map((r) => r.rows.find((x) => x.label === 'long')!);
    for (const k of ['select', 'j', 'filter', 'sort']) console.log(`  ${k.padEnd(7)} ${(median(a!.times[k]!) / median(b!.times[k]!)).toFixed(3)}`);
    console.log(`  html    ${(a!.html / b!.html).toFixed(3)}`);
  }
}

void main();
