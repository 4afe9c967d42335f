// The board on a 500-claim article, in Chromium against the production build: the HTML the page
// ships, and how long selecting a claim, moving with `j`, filtering and sorting take until the
// next frame. The sample article (~40 claims) is measured in the same run as the reference.
// Run: npx tsx --conditions=react-server bench/board.ts [runs]   (builds first when stale)
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { closeDb } from '@/db';
import { runMigrations } from '@/db/migrate';
import { buildIfNeeded } from '@/scripts/build-if-needed';
import { DEMO_ACCOUNTS, seedDemoAccounts, seedSampleArticle } from '@/scripts/seed';
import { launchChromium } from '@/e2e/support/chromium';
import { freePort, startServer, stopServer } from '@/e2e/support/server';
import { LoginPage } from '@/e2e/pages/login-page';
import { seedLongArticle } from './board-seed';

const runs = Number(process.argv[2] ?? 15);

const median = (v: number[]) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
const p95 = (v: number[]) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.ceil(v.length * 0.95) - 1)]!;

/** Runs `act` in the page and waits until `done` holds, then for the next frame to be painted. */
async function timed(page: Page, act: string, done: string): Promise<number> {
  return page.evaluate(async ([actSrc, doneSrc]) => {
    const run = new Function(actSrc!) as () => void;
    const ok = new Function(doneSrc!) as () => boolean;
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const t0 = performance.now();
    run();
    for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 1));
    await frame();
    return performance.now() - t0;
  }, [act, done]);
}

async function measure(page: Page, label: string) {
  const heading = `document.getElementById('claim-heading')?.textContent`;
  const rows = `[...document.querySelectorAll('[data-row-button]')]`;
  const select: number[] = [];
  const move: number[] = [];
  const filter: number[] = [];
  const sort: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Select: click a row in view that is not the open claim.
    select.push(await timed(page,
      `const r = ${rows}.filter(b => b.getAttribute('aria-current') !== 'true'); window.__want = r[${i} % r.length].closest('li').id; r[${i} % r.length].click();`,
      `return document.querySelector('[aria-current="true"]')?.closest('li')?.id === window.__want && Boolean(${heading});`));
    const before = await page.evaluate(heading);
    move.push(await timed(page,
      `window.__was = ${heading}; (document.activeElement || document.body).blur?.(); document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));`,
      `return ${heading} !== window.__was;`));
    void before;
    const status = i % 2 ? 'all' : 'open';
    filter.push(await timed(page,
      `window.__count = document.querySelector('[aria-live="polite"].text-gray-700')?.textContent; const s = document.querySelector('select[aria-label="Filter by status"]'); s.value = '${status}'; s.dispatchEvent(new Event('change', { bubbles: true }));`,
      `return document.querySelector('[aria-live="polite"].text-gray-700')?.textContent !== window.__count;`));
    const by = ['score', 'due', 'concern', 'position'][i % 4];
    sort.push(await timed(page,
      `window.__first = ${rows}[0]?.textContent; const s = document.querySelector('select[aria-label="Sort claims"]'); s.value = '${by}'; s.dispatchEvent(new Event('change', { bubbles: true }));`,
      `return document.querySelector('select[aria-label="Sort claims"]').value === '${by}';`));
  }
  const row = (what: string, v: number[]) => ({ label, what, median: median(v), p95: p95(v) });
  return [row('select a claim', select), row('j to the next claim', move), row('filter by status', filter), row('sort', sort)];
}

async function main() {
  buildIfNeeded();
  const dir = mkdtempSync(join(os.tmpdir(), 'claimdesk-bench-board-'));
  process.env.DATABASE_PATH = join(dir, 'bench.db');
  runMigrations();
  await seedDemoAccounts();
  const sampleId = await seedSampleArticle();
  const long = await seedLongArticle(500);
  closeDb();
  const port = await freePort();
  const server = await startServer({ DATABASE_PATH: process.env.DATABASE_PATH, AUTH_SECRET: randomBytes(32).toString('hex') }, port);
  const base = `http://127.0.0.1:${port}`;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await new LoginPage(page).signIn(DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password);
    await page.waitForURL('**/articles');
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const results = [];
    const sizes = [];
    for (const [label, id, claims] of [['sample article', sampleId!, 0], [`long article`, long.id, long.claims]] as const) {
      const html = await (await fetch(`${base}/articles/${id}`, { headers: { cookie } })).text();
      sizes.push({ label, claims, bytes: Buffer.byteLength(html), gzip: gzipSync(html).length });
      await page.goto(`/articles/${id}`);
      await page.getByRole('list', { name: 'Claims in this article' }).waitFor();
      await page.waitForTimeout(500);
      results.push(...(await measure(page, label)));
    }
    let nproc = String(os.cpus().length);
    try { nproc = execSync('nproc').toString().trim(); } catch { /* keep os.cpus() */ }
    console.log(`${new Date().toISOString()} · node ${process.version} · ${os.cpus()[0]?.model ?? 'CPU'} · nproc ${nproc} · load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`long article: ${long.claims} claims, ${long.words} words, ${long.chars} characters; ${runs} runs each, median and p95 in ms to the next frame\n`);
    console.log('page                 HTML KB   gzip KB');
    for (const s of sizes) console.log(`${s.label.padEnd(20)} ${(s.bytes / 1024).toFixed(0).padStart(7)} ${(s.gzip / 1024).toFixed(0).padStart(9)}`);
    console.log('\nwhat                    sample med   long med   long p95   long/sample');
    for (const what of ['select a claim', 'j to the next claim', 'filter by status', 'sort']) {
      const s = results.find((r) => r.label === 'sample article' && r.what === what)!;
      const l = results.find((r) => r.label === 'long article' && r.what === what)!;
      console.log(`${what.padEnd(22)} ${s.median.toFixed(1).padStart(11)} ${l.median.toFixed(1).padStart(10)} ${l.p95.toFixed(1).padStart(10)} ${(l.median / s.median).toFixed(2).padStart(12)}`);
    }
  } finally {
    await browser.close();
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
