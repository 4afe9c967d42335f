// CPU per write in-process on a bench database, with the archive's triggers and with them
// dropped (inside a transaction that is rolled back, so the database is left as it was):
// what keeping counts and search in step costs each change.
//   npx tsx --conditions=react-server bench/write-cost.ts --db /tmp/claimdesk-1m.db
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { db: { type: 'string' }, claims: { type: 'string', default: '60' } } });
if (!values.db) throw new Error('--db FILE');
process.env.DATABASE_PATH = values.db;

async function main() {
  const { getSqlite } = await import('@/db');
  const { updateClaim } = await import('@/lib/claims/update-claim');
  const { addEvidence } = await import('@/lib/evidence/add-evidence');
  const { getClaim } = await import('@/lib/claims/queries');
  const info = JSON.parse(readFileSync(`${values.db}.json`, 'utf8')) as { demoEditorId: string };
  const sqlite = getSqlite();
  const editor = sqlite.prepare('select id, name, email, role from users where id = ?').get(info.demoEditorId) as { id: string; name: string; email: string; role: 'editor' };
  const STATUSES = ['in_progress', 'confirmed', 'single_source', 'disputed'] as const;
  const cpu = (work: () => void) => { const c = process.cpuUsage(); work(); const u = process.cpuUsage(c); return (u.user + u.system) / 1000; };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

  function round(offset: number) {
    const ids = sqlite.prepare(`select id from claims where status <> 'dismissed' and rowid % 997 = ? limit ?`).pluck().all(offset, Number(values.claims)) as string[];
    const times = { status: [] as number[], statement: [] as number[], evidence: [] as number[] };
    ids.forEach((id, i) => {
      const c = getClaim({ id });
      times.status.push(cpu(() => updateClaim(editor, id, { version: c.version, status: STATUSES.find((s) => s !== c.status)! })));
      times.statement.push(cpu(() => updateClaim(editor, id, { version: c.version + 1, statement: `Bench statement ${i} ${offset}` })));
      times.evidence.push(cpu(() => addEvidence(editor, id, { url: `https://example.org/bench/${offset}/${i}`, title: `Bench ${i}`, stance: 'supports' })));
    });
    return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  }

  const triggers = sqlite.prepare("select name from sqlite_master where type = 'trigger'").pluck().all() as string[];
  const measure = (withTriggers: boolean, offset: number) => {
    sqlite.exec('savepoint bench');
    try {
      if (!withTriggers) for (const t of triggers) sqlite.exec(`drop trigger ${t}`);
      return round(offset);
    } finally {
      sqlite.exec('rollback to bench');
      sqlite.exec('release bench');
    }
  };
  measure(true, 1);
  const rows = [['with the archive triggers', measure(true, 5)], ['without them', measure(false, 5)], ['with them, again', measure(true, 11)], ['without, again', measure(false, 11)]] as const;
  console.log('| writes | status change CPU ms | statement edit CPU ms | evidence added CPU ms |');
  console.log('|---|---:|---:|---:|');
  for (const [what, t] of rows) console.log(`| ${what} | ${t.status!.toFixed(2)} | ${t.statement!.toFixed(2)} | ${t.evidence!.toFixed(2)} |`);
}

main().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
