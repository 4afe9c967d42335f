// Writes held at 20 concurrent clients against the production server on a bench database:
// status changes, statement edits and evidence over the API, each client on its own claims.
// Afterwards, checks that every accepted change left its audit row and that the counts and
// both search indexes are in step with the claims.
//   npx tsx --conditions=react-server bench/writes.ts --db /tmp/claimdesk-1m.db [--clients 20] [--seconds 20] [--cpu-prof DIR]
import Database from 'better-sqlite3';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { closeDb } from '@/db';
import { createApiToken } from '@/lib/auth/api-tokens';
import { buildIfNeeded } from '@/scripts/build-if-needed';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monotonicMicros, type Profile, summarise } from './cpu-profile';
import { benchServer, treeCpuSeconds, watchMemory } from './server';

const { values } = parseArgs({ options: { db: { type: 'string' }, clients: { type: 'string', default: '20' }, seconds: { type: 'string', default: '20' }, 'no-build': { type: 'boolean', default: false }, 'cpu-prof': { type: 'string' } } });
if (!values.db) throw new Error('--db FILE');
process.env.DATABASE_PATH = values.db;
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const STATUSES = ['in_progress', 'confirmed', 'single_source', 'disputed', 'unchecked'];

async function main() {
  if (!values['no-build']) buildIfNeeded();
  const { token } = createApiToken('editor@claimdesk.test', `bench writes ${Date.now()}`);
  closeDb();
  const db = new Database(values.db!);
  const auditBefore = db.prepare('select count(*) from audit_events').pluck().get() as number;
  // Each client works on claims of its own articles, as desks split work: no two clients touch one claim.
  const articleIds = db.prepare('select article_id from article_stats where unchecked + in_progress >= 10 order by article_id limit ?').pluck().all(CLIENTS) as string[];
  const claimsOf = db.prepare("select id, version, status from claims where article_id = ? and status <> 'dismissed' limit 40");
  const work = articleIds.map((a) => claimsOf.all(a) as { id: string; version: number; status: string }[]);

  // --cpu-prof DIR: the server writes a V8 CPU profile there when it stops (bench/cpu-profile.ts reads it).
  const server = await benchServer(values.db!, {}, values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : []);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  let accepted = 0;
  let errors = 0;
  const latencies: number[] = [];
  const edited = new Map<string, string>();
  const memory = watchMemory(server.pid);
  const cpuBefore = treeCpuSeconds(server.pid);
  let cpuUsed = 0;
  let peak = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const window = { from: monotonicMicros(), to: 0 };
  // Words unique to this run: an edit that repeats an earlier run's statement would change nothing.
  const run = Date.now().toString(36);
  try {
    await Promise.all(work.map(async (claims, k) => {
      for (let n = 0; Date.now() < deadline; n++) {
        const claim = claims[n % claims.length]!;
        const kind = n % 10;
        const word = `benchedit${run}c${k}n${n}`;
        // Always a real change (a status other than the current one), so each accepted write is one audit row.
        const status = STATUSES.filter((x) => x !== claim.status)[n % (STATUSES.length - 1)]!;
        const [path, method, body] = kind < 7
          ? [`/api/v1/claims/${claim.id}`, 'PATCH', { version: claim.version, status }]
          : kind < 9
            ? [`/api/v1/claims/${claim.id}`, 'PATCH', { version: claim.version, statement: `Checked statement ${word} about the same figure.` }]
            : [`/api/v1/claims/${claim.id}/evidence`, 'POST', { url: `https://www.reuters.com/bench/${word}`, title: `Source ${word}`, stance: 'supports' }];
        const t = performance.now();
        try {
          const res = await fetch(server.baseURL + path, { method, headers, body: JSON.stringify(body) });
          const json = await res.json() as { claim?: { version: number }; evidence?: unknown };
          latencies.push(performance.now() - t);
          if (res.ok) {
            accepted++;
            claim.version = json.claim?.version ?? claim.version + 1;
            if (kind < 7) claim.status = status;
            else if (kind === 9 && claim.status === 'unchecked') claim.status = 'in_progress';
            if (kind >= 7 && kind < 9) edited.set(claim.id, word);
          } else errors++;
        } catch {
          errors++;
        }
      }
    }));
  } finally {
    window.to = monotonicMicros();
    peak = memory.stop();
    cpuUsed = treeCpuSeconds(server.pid) - cpuBefore;
    await server.stop();
  }
  latencies.sort((a, b) => a - b);
  const auditAfter = db.prepare('select count(*) from audit_events').pluck().get() as number;
  const drift = db.prepare(`select count(*) from article_stats s join (select article_id a, sum(status = 'unchecked') u, sum(status = 'in_progress') p,
      sum(status = 'confirmed') c, sum(status = 'disputed') d, sum(status = 'single_source') ss, sum(status = 'dismissed') dm from claims group by article_id) x on x.a = s.article_id
    where s.unchecked <> x.u or s.in_progress <> x.p or s.confirmed <> x.c or s.disputed <> x.d or s.single_source <> x.ss or s.dismissed <> x.dm`).pluck().get() as number;
  const inIndex = db.prepare(`select count(*) from search_fts join search_rows r on r.id = search_fts.rowid where search_fts match ? and r.ref_id = ?`).pluck();
  const unsynced = [...edited].filter(([id, word]) => inIndex.get(`"${word}"`, id) !== 1).length;
  const checkedRows = db.prepare('select count(*) from checked_fts').pluck().get();
  const verdicts = db.prepare("select count(*) from claims where status in ('confirmed', 'disputed', 'single_source')").pluck().get();
  const result = {
    clients: CLIENTS, seconds: SECONDS, accepted, perSecond: Math.round(accepted / SECONDS), errors,
    // What the server could do with a core to itself: accepted changes per second of its own CPU.
    serverCpuSeconds: Math.round(cpuUsed * 10) / 10, perServerCpuSecond: Math.round(accepted / Math.max(0.01, cpuUsed)),
    loadAverage: Math.round((await import('node:os')).loadavg()[0]! * 10) / 10,
    p50: Math.round(latencies[Math.floor(latencies.length / 2)] ?? 0), p95: Math.round(latencies[Math.floor(latencies.length * 0.95)] ?? 0),
    auditRowsAdded: auditAfter - auditBefore, countsDrift: drift, editsChecked: edited.size, editsMissingFromSearch: unsynced,
    checkedIndexInStep: checkedRows === verdicts, serverPeakMb: Math.round(peak / 1_048_576),
  };
  db.close();
  console.log(JSON.stringify(result, null, 2));
  const profiles = values['cpu-prof'];
  // The server's profile over the measured seconds only (start-up and the checks above left out).
  if (profiles) for (const f of readdirSync(profiles).filter((name) => name.endsWith('.cpuprofile'))) {
    summarise(JSON.parse(readFileSync(join(profiles, f), 'utf8')) as Profile, 40, window);
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
