// Medians and p95 of the query functions the pages call, on a generated bench database
// (bench/generate.ts), with a reference read timed in the same run so load on a shared
// machine shows. Runs against this tree's code; copied into an older tree it measures that
// code too (functions it lacks are skipped).
//   npx tsx --conditions=react-server bench/archive-queries.ts --db /tmp/claimdesk-1m.db [--runs 40]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '40' }, only: { type: 'string' } } });
if (!values.db) throw new Error('--db FILE');
process.env.DATABASE_PATH = values.db;
const RUNS = Number(values.runs);
const info = JSON.parse(readFileSync(`${values.db}.json`, 'utf8')) as { boardArticleId: string; demoReviewerId: string; demoEditorId: string };

type Row = { what: string; median: number; p95: number; cpuMedian: number; cpuP95: number; note?: string };
const rows: Row[] = [];

const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => xs[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;

/**
 * Wall time and this process's CPU time per call. The calls are synchronous SQLite work on
 * a database in the page cache, so CPU time is what the call costs; on a shared machine
 * the wall time adds the time other processes held the CPU.
 */
function time(what: string, work: () => unknown, note?: string, runs = RUNS): void {
  if (values.only && !what.includes(values.only) && !what.startsWith('reference')) return;
  for (let i = 0; i < 3; i++) {
    changeSomething();
    work();
  }
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    changeSomething();
    const c = process.cpuUsage();
    const t = performance.now();
    work();
    ms.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  ms.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const row = { what, median: median(ms), p95: p95(ms), cpuMedian: median(cpu), cpuP95: p95(cpu), note };
  rows.push(row);
  console.error(`${what}: median ${row.median.toFixed(2)} ms (cpu ${row.cpuMedian.toFixed(2)}), p95 ${row.p95.toFixed(2)} ms (cpu ${row.cpuP95.toFixed(2)})`);
}

/**
 * Pages and lists are kept while the database is unchanged (db/change-stamp.ts), so the same
 * call twice in a row would time a lookup. Before each timed call, an untimed write that
 * changes nothing but SQLite's change count: every call reads afresh, as after a colleague's edit.
 */
let changeSomething = () => {};
let keepReads = false;

async function optional<T>(path: string): Promise<T | null> {
  try {
    return (await import(path)) as T;
  } catch {
    return null;
  }
}

async function main() {
  const { getSqlite } = await import('@/db');
  const articlesQ = await import('@/lib/articles/queries');
  const claimsQ = await import('@/lib/claims/queries');
  const sqlite = getSqlite();
  const user = (id: string) => sqlite.prepare('select id, name, email, role from users where id = ?').get(id) as { id: string; name: string; email: string; role: 'editor' };
  const editor = user(info.demoEditorId);
  const reviewer = user(info.demoReviewerId);
  const anyClaim = sqlite.prepare('select id from claims where article_id = ? limit 1').pluck().get(info.boardArticleId) as string;
  const uncached = sqlite.prepare('select * from claims where id = ?');
  const touch = sqlite.prepare('update users set name = name where id = ?');
  changeSomething = () => { if (!keepReads) touch.run(editor.id); };

  time('reference: one claim by id (SQL only)', () => uncached.get(anyClaim));
  const list = articlesQ.listArticles as (i: object) => unknown;
  time('article list, first page (newest)', () => list({ actor: editor }));
  keepReads = true;
  time('article list, first page, asked again with nothing changed (kept)', () => list({ actor: editor }));
  keepReads = false;
  const paged = list({ actor: editor }) as { nextCursor?: string } | unknown[];
  if (!Array.isArray(paged)) {
    // A smaller bench database runs out of pages sooner: keep the last page's cursor.
    let cursor: string | undefined;
    let page = 1;
    for (let i = 0; i < 20; i++) {
      const next = (list({ actor: editor, cursor }) as { nextCursor: string | null }).nextCursor;
      if (!next) break;
      cursor = next;
      page++;
    }
    time(`article list, page ${page}`, () => list({ actor: editor, cursor }));
    time('article list, "some disputed" filter', () => list({ actor: editor, claims: 'disputed' }));
    time('article list, "some overdue" filter', () => list({ actor: editor, claims: 'overdue' }));
    time('article list, title search "trump"', () => list({ actor: editor, q: 'trump' }));
    time('article list, sorted by title', () => list({ actor: editor, sort: 'title' }));
    time('article list, most open claims', () => list({ actor: editor, sort: 'open' }));
  }
  time('board data: getArticle, 500-claim article', () => articlesQ.getArticle({ id: info.boardArticleId }), undefined, Math.min(RUNS, 20));
  const queue = claimsQ.getMyClaims as (i: object) => unknown;
  time('reviewer queue, first page (5,000 claims)', () => queue({ actor: reviewer }));
  const q = queue({ actor: reviewer }) as { nextCursor?: string } | unknown[];
  if (!Array.isArray(q)) {
    let cursor: string | undefined;
    for (let i = 0; i < 50; i++) cursor = (queue({ actor: reviewer, cursor }) as { nextCursor: string }).nextCursor ?? cursor;
    time('reviewer queue, 51st page', () => queue({ actor: reviewer, cursor }));
    const summary = (claimsQ as { getQueueSummary?: (i: object) => unknown }).getQueueSummary;
    if (summary) time('reviewer queue summary (counts)', () => summary({ actor: reviewer }));
  }

  const search = await optional<typeof import('@/lib/search/queries')>('@/lib/search/queries');
  if (search) {
    for (const text of ['Trump', 'said', '2016', '11,000', 'Clinton campaign', 'Hillary Clinton email server', 'xylophone']) {
      time(`search "${text}"`, () => search.searchArchive({ actor: editor, q: text }));
    }
    time('search "Trump", status disputed', () => search.searchArchive({ actor: editor, q: 'Trump', status: 'disputed' }));
    time('search "said", demo reviewer\'s claims', () => search.searchArchive({ actor: editor, q: 'said', reviewer: reviewer.id }));
  }

  const matching = await optional<typeof import('@/lib/matching/find-matches')>('@/lib/matching/find-matches');
  if (matching) {
    const { getDb } = await import('@/db');
    const { createArticle, deleteArticle } = await import('@/lib/articles/create-article');
    const { loadCorpus, buildArticle } = await import('./corpus');
    const dev = loadCorpus('dev');
    const made: string[] = [];
    try {
      const articles = dev.slice(0, 8).map((_, i) => {
        const built = buildArticle(dev, i * 9, 40);
        const id = createArticle(editor, { title: `Bench: new article ${i}`, body: built.body, format: 'text' }, {
          blocks: [], sentences: [],
          claims: built.claims.map((c) => ({ start: c.start, end: c.end, text: c.quote, kind: 'other', score: 0.5, checkworthy: true, reasons: [], attribution: null, duplicates: [] })),
        });
        made.push(id);
        return sqlite.prepare('select id, article_id as articleId, statement, quote, attribution_source as attributionSource from claims where article_id = ?').all(id) as Parameters<ReturnType<typeof matching.createMatcher>>[0][];
      });
      let k = 0;
      let found = 0;
      time('checked before? a new 40-claim article (all 40 claims)', () => {
        const claims = articles[k++ % articles.length]!;
        const find = matching.createMatcher(getDb(), editor);
        for (const c of claims) found += find(c).length;
      }, undefined, Math.min(RUNS, 16));
      const last = rows[rows.length - 1];
      if (last?.what.startsWith('checked before? a new')) last.note = `${(found / (Math.min(RUNS, 16) + 3)).toFixed(1)} matches an article on average`;
      const one = articles[0]![3]!;
      time('checked before? one claim (GET …/matches)', () => matching.createMatcher(getDb(), editor)(one));
      // Recall: claims already checked elsewhere, stated again in a new article, must find a check.
      const repeats = sqlite.prepare(`select statement, quote, attribution_source as attributionSource from claims
        where status in ('confirmed', 'single_source', 'disputed') and length(statement) > 60 and rowid % 997 = 3 limit 40`).all() as { statement: string; quote: string; attributionSource: string | null }[];
      const find = matching.createMatcher(getDb(), editor);
      const hits = repeats.filter((c, i) => find({ id: `repeat-${i}`, articleId: 'a new article', ...c }).some((m) => m.statement === c.statement)).length;
      rows.push({ what: `recall: ${repeats.length} checked claims stated again; an earlier check of the same text found for`, median: hits, p95: hits, cpuMedian: hits, cpuP95: hits, note: 'counts, not ms' });
    } finally {
      for (const id of made) deleteArticle(editor, id);
      sqlite.prepare("delete from jobs where kind = 'matching.article'").run();
    }
  }

  const load = (await import('node:os')).loadavg()[0]!.toFixed(1);
  console.log(`Load average at the end: ${load} (2 cores).\n`);
  console.log('| query | median ms | p95 ms | CPU median ms | CPU p95 ms |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.what}${r.note ? ` (${r.note})` : ''} | ${r.median.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.cpuMedian.toFixed(2)} | ${r.cpuP95.toFixed(2)} |`);
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
