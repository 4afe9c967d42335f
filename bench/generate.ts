// Builds a bench database the way the desk would have filled it: the app's migrations,
// the demo accounts (passwords as in the README), more editors and reviewers, articles of
// real news text (PolNeAR, ../shared), claims with statuses, assignments (the demo
// reviewer holds 5,000), evidence with archive links, and the audit events each change
// leaves. Triggers build the counts and the search index as they would live.
//   npm run bench:generate -- --articles 10000 --claims 1000000 --out /tmp/claimdesk-1m.db
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { closeDb, getDb, getSqlite } from '@/db';
import { migrationsFolder, runMigrations } from '@/db/migrate';
import { hashPassword } from '@/lib/users/passwords';
import '@/lib/jobs/definitions';
import { runDueJob } from '@/lib/jobs/runner';
import { enqueueWordStats } from '@/lib/matching/word-stats-job';
import { enqueueSearchMaintenance } from '@/lib/search/maintenance-job';
import { DEMO_ACCOUNTS, seedDemoAccounts } from '@/scripts/seed';
import { buildArticle, loadCorpus } from './corpus';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    claims: { type: 'string', default: '100000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '11' },
    'queue-size': { type: 'string', default: '5000' },
    force: { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(values.articles);
const CLAIMS = Number(values.claims);
const QUEUE = Number(values['queue-size']);
const BOARD_CLAIMS = 500;
if (!values.out) throw new Error('Say where to write the database: --out FILE');
if (!(ARTICLES >= 2 && CLAIMS >= ARTICLES * 5)) throw new Error('Use at least 2 articles and 5 claims per article.');
if (existsSync(values.out)) {
  if (!values.force) throw new Error(`${values.out} exists; add --force to replace it.`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${values.out}${suffix}`, { force: true });
}

// A seeded generator, so two runs with the same arguments build the same desk.
let state = Number(values.seed) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
// Ids like lib/ids' (16 base64url characters) from the seeded generator: faster, and reproducible.
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const newId = () => {
  let id = '';
  for (let i = 0; i < 16; i++) id += ID_CHARS[Math.floor(random() * 64)];
  return id;
};

/** Runs one build step and says how long it took (the build's profile, step by step). */
function step<T>(what: string, work: () => T): T {
  const t = Date.now();
  const cpu = process.cpuUsage();
  const out = work();
  const used = process.cpuUsage(cpu);
  process.stdout.write(`\n  ${what}: ${((Date.now() - t) / 1000).toFixed(1)} s (CPU ${((used.user + used.system) / 1e6).toFixed(1)} s)`);
  return out;
}

const BULK_TABLES = ['articles', 'claims', 'evidence', 'audit_events'];

/**
 * The backfill's FTS inserts, fed in rowid order. FTS5 flushes its in-memory index to a
 * new segment whenever a rowid comes lower than the last one, and the migration's joins
 * hand rows over in the order of the table they look up (random ids): a flush every few
 * rows, then merges of thousands of tiny segments. Same rows, same index; 3-4x less CPU.
 */
function inRowidOrder(statement: string): string {
  return /^INSERT INTO \w+_fts\b[\s\S]*\bFROM search_rows r\b/i.test(statement) && !/\bORDER BY\b/i.test(statement)
    ? `${statement.replace(/;\s*$/, '')} ORDER BY r.id`
    : statement;
}

/**
 * Loading a million rows is faster with the archive's triggers and secondary indexes off,
 * then the derived data built in one pass. That pass is the archive migration's own
 * backfill (the INSERT … SELECT statements it runs on an existing database), so the result
 * is what the triggers would have written; indexes and triggers come back from their SQL.
 */
function suspendDerivedData(sqlite: ReturnType<typeof getSqlite>) {
  const triggers = sqlite.prepare("select name, sql from sqlite_master where type = 'trigger'").all() as { name: string; sql: string }[];
  const indexes = sqlite.prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${BULK_TABLES.map((t) => `'${t}'`).join(', ')})`).all() as { name: string; sql: string }[];
  for (const t of triggers) sqlite.exec(`drop trigger ${t.name}`);
  for (const i of indexes) sqlite.exec(`drop index ${i.name}`);
  return () => {
    // The custom migration that creates the search tables also holds their backfill.
    const migration = readdirSync(migrationsFolder()).filter((f) => f.endsWith('.sql'))
      .find((f) => readFileSync(join(migrationsFolder(), f), 'utf8').includes('CREATE VIRTUAL TABLE search_fts'))!;
    const backfill = readFileSync(join(migrationsFolder(), migration), 'utf8')
      .split('--> statement-breakpoint').map((s) => s.trim()).filter((s) => /^INSERT INTO/i.test(s))
      .map(inRowidOrder);
    for (const i of indexes) step(`index ${i.name}`, () => sqlite.exec(i.sql));
    sqlite.exec('delete from article_stats; delete from search_rows; delete from search_fts; delete from article_fts; delete from checked_fts;');
    for (const statement of backfill) step(statement.slice(0, 60).replace(/\s+/g, ' '), () => sqlite.exec(statement));
    for (const t of triggers) sqlite.exec(t.sql);
  };
}

async function main() {
  const started = Date.now();
  process.env.DATABASE_PATH = values.out!;
  closeDb();
  runMigrations();
  await seedDemoAccounts();
  const sqlite = getSqlite();
  // Bulk loading: durability is the generator's least concern (it starts over on a crash).
  // No journal while building (the app's WAL comes back before the first job runs): every
  // page is written once, not to the WAL and again at the checkpoint. Index sorts in memory.
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -400000');
  sqlite.pragma('temp_store = MEMORY');
  const restore = suspendDerivedData(sqlite);

  const demo = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.role, sqlite.prepare('select id from users where email = ?').pluck().get(a.email) as string]));
  const hash = await hashPassword('bench-password-not-for-use');
  const addUser = sqlite.prepare('insert into users (id, email, name, role, password_hash, created_at) values (?, ?, ?, ?, ?, ?)');
  const editors = [demo.editor!, demo.admin!];
  const reviewers: string[] = [];
  const NAMES = ['Ana Ruiz', 'Ben Okafor', 'Chen Wei', 'Dara Novak', 'Emil Berg', 'Fatima Haddad', 'Gus Lindqvist', 'Hana Sato', 'Ivo Petrov', 'Jade Moreau',
    'Kofi Mensah', 'Lena Vogel', 'Mira Kaur', 'Nils Holm', 'Olga Shevchenko', 'Pablo Ortiz', 'Quinn Walsh', 'Rosa Bianchi', 'Sami Aalto', 'Tara Singh',
    'Uma Rao', 'Viktor Hale', 'Wen Li', 'Yusuf Demir', 'Zoe Adams', 'Arjun Mehta', 'Bea Costa', 'Cal Brennan', 'Dina Levi', 'Eli Park'];
  sqlite.transaction(() => {
    NAMES.forEach((name, i) => {
      const id = newId();
      const role = i < 4 ? 'editor' : 'reviewer';
      addUser.run(id, `${name.toLowerCase().replace(/\W+/g, '.')}@bench.claimdesk.test`, name, role, hash, Date.now());
      (role === 'editor' ? editors : reviewers).push(id);
    });
  })();

  const corpus = loadCorpus('train');
  const insertArticle = sqlite.prepare(`insert into articles (id, title, dek, byline, publication, source_url, published_at, body, format, imported_by_id, last_claim_number, created_at, updated_at)
    values (?, ?, null, ?, ?, ?, ?, ?, 'text', ?, ?, ?, ?)`);
  const insertClaim = sqlite.prepare(`insert into claims (id, article_id, number, start, "end", quote, prefix, suffix, statement, attribution_source, kind, score, status, origin, assignee_id, due_at, version, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'extracted', ?, ?, ?, ?, ?)`);
  const insertEvidence = sqlite.prepare(`insert into evidence (id, claim_id, url, title, publisher, stance, excerpt, note, archive_url, added_by_id, created_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEvent = sqlite.prepare(`insert into audit_events (id, actor_id, article_id, entity_type, entity_id, action, before, after, created_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  // Claims per article: skewed like a real desk (many short pieces, a few long ones), summing to CLAIMS,
  // with one 500-claim article for the board benchmarks.
  const weights = Array.from({ length: ARTICLES }, () => Math.exp(random() * 2.2));
  const total = weights.reduce((a, b) => a + b, 0);
  const perArticle = weights.map((w) => Math.max(5, Math.round((w / total) * (CLAIMS - BOARD_CLAIMS))));
  const boardIndex = Math.floor(ARTICLES * 0.9);
  perArticle[boardIndex] = BOARD_CLAIMS;
  const drift = perArticle.reduce((a, b) => a + b, 0) - CLAIMS;
  for (let i = 0, left = drift; left !== 0; i = (i + 1) % ARTICLES) {
    if (i === boardIndex) continue;
    const step = left > 0 ? -1 : 1;
    if (perArticle[i]! + step < 5) continue;
    perArticle[i]! += step;
    left += step;
  }

  // The demo reviewer's 5,000 claims, spread over the archive.
  const queueOf = new Set<number>();
  while (queueOf.size < Math.min(QUEUE, CLAIMS)) queueOf.add(Math.floor(random() * CLAIMS));

  const PUBLISHERS = ['reuters.com', 'apnews.com', 'bbc.co.uk', 'ohchr.org', 'gov.uk', 'who.int', 'ukrinform.net', 'kyivindependent.com', 'theguardian.com', 'nytimes.com', 'un.org', 'data.worldbank.org'];
  const PUBLICATIONS = ['Wire desk', 'Metro', 'World news', 'Politics', 'Business'];
  const KINDS = ['statistic', 'quote', 'event', 'forecast', 'other'];
  const now = Date.now();
  const YEAR = 365 * 86_400_000;
  let claimNo = 0;
  let evidenceCount = 0;
  let events = 0;
  let boardArticleId = '';
  const BATCH = 50;

  for (let first = 0; first < ARTICLES; first += BATCH) {
    sqlite.transaction(() => {
      for (let i = first; i < Math.min(ARTICLES, first + BATCH); i++) {
        const articleId = newId();
        const editor = pick(editors);
        const created = now - YEAR + Math.floor((i / ARTICLES) * YEAR);
        const age = (now - created) / 86_400_000;
        const built = buildArticle(corpus, i, perArticle[i]!, i === boardIndex ? 'Board bench: a 500-claim article' : undefined);
        if (i === boardIndex) boardArticleId = articleId;
        insertArticle.run(articleId, built.title, `By ${pick(NAMES)}`, pick(PUBLICATIONS), `https://news.example/${i}`, new Date(created).toISOString().slice(0, 10), built.body, editor, built.claims.length, created, created);
        insertEvent.run(newId(), editor, articleId, 'article', articleId, 'article.imported', null, JSON.stringify({ title: built.title, format: 'text', claims: built.claims.length }), created);
        events++;
        for (const [position, c] of built.claims.entries()) {
          const n = claimNo++;
          const id = newId();
          const r = random();
          // Older articles are mostly checked; this week's mostly still open.
          const checkedShare = Math.min(0.9, age / 30);
          const status = r < checkedShare
            ? pick(['confirmed', 'confirmed', 'confirmed', 'single_source', 'single_source', 'disputed', 'dismissed'])
            : pick(['unchecked', 'unchecked', 'in_progress']);
          const assignee = queueOf.has(n) ? demo.reviewer! : status === 'dismissed' || random() < 0.35 ? null : pick(reviewers);
          const due = assignee ? created + Math.floor((1 + random() * 6) * 86_400_000) : null;
          const version = 1 + (assignee ? 1 : 0) + (status !== 'unchecked' ? 1 : 0);
          const prefix = built.body.slice(Math.max(0, c.start - 32), c.start);
          const suffix = built.body.slice(c.end, c.end + 32);
          const changed = created + 3_600_000 + Math.floor(random() * 3 * 86_400_000);
          insertClaim.run(id, articleId, position + 1, c.start, c.end, c.quote, prefix, suffix, c.quote, random() < 0.4 ? pick(NAMES) : null, pick(KINDS), Math.round(random() * 100) / 100,
            status, assignee, due, version, created, status === 'unchecked' ? created : changed);
          if (assignee) {
            insertEvent.run(newId(), editor, articleId, 'claim', id, 'claim.assigned', JSON.stringify({ assigneeId: null, version: 1 }), JSON.stringify({ assigneeId: assignee, dueAt: new Date(due!).toISOString(), version: 2 }), created + 60_000);
            events++;
          }
          if (status !== 'unchecked') {
            const who = assignee ?? editor;
            insertEvent.run(newId(), who, articleId, 'claim', id, 'claim.status_changed', JSON.stringify({ status: 'unchecked', version: version - 1 }), JSON.stringify({ status, version }), changed);
            events++;
          }
          if (status === 'confirmed' || status === 'single_source' || status === 'disputed') {
            const sources = status === 'confirmed' ? 2 + Math.floor(random() * 2) : 1 + Math.floor(random() * 2);
            for (let s = 0; s < sources; s++) {
              const publisher = pick(PUBLISHERS);
              const url = `https://www.${publisher}/news/${id}-${s}`;
              insertEvidence.run(newId(), id, url, c.quote.slice(0, 90), publisher, status === 'disputed' && s === 0 ? 'contradicts' : 'supports',
                c.quote.slice(0, 160), random() < 0.3 ? 'Checked against the original document.' : null, `https://web.archive.org/web/2024/${url}`, assignee ?? editor, changed - 1_000);
              evidenceCount++;
              insertEvent.run(newId(), assignee ?? editor, articleId, 'claim', id, 'evidence.added', JSON.stringify({ version: version - 1 }), JSON.stringify({ version, evidence: { url, publisher } }), changed - 1_000);
              events++;
            }
          }
        }
      }
    })();
    if ((first / BATCH) % 20 === 0) process.stdout.write(`\r${Math.min(ARTICLES, first + BATCH)} of ${ARTICLES} articles, ${claimNo} claims, ${evidenceCount} evidence, ${events} events, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  process.stdout.write(`\nIndexes, counts and search index… `);
  process.stdout.write(`\nRows loaded in ${Math.round((Date.now() - started) / 1000)} s`);
  step('all derived data', () => sqlite.transaction(restore)());
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('temp_store = DEFAULT');
  step('analyze', () => sqlite.exec('analyze'));
  // What a running server does first: count the checked claims' words for "checked before?".
  // and merge the freshly built search indexes.
  enqueueWordStats(getDb());
  enqueueSearchMaintenance(getDb());
  for (;;) {
    const t = Date.now();
    if (!(await runDueJob())) break;
    process.stdout.write(`\n  a job: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  step('checkpoint', () => sqlite.pragma('wal_checkpoint(TRUNCATE)'));
  const info = { articles: ARTICLES, claims: claimNo, evidence: evidenceCount, auditEvents: events, boardArticleId, demoReviewerId: demo.reviewer, demoEditorId: demo.editor, seconds: Math.round((Date.now() - started) / 1000) };
  writeFileSync(`${values.out}.json`, JSON.stringify(info, null, 2));
  closeDb();
  console.log(`\n${JSON.stringify(info)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
