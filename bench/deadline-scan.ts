// The deadline scan (lib/notifications/deadlines.ts) on a bench database: how long one pass
// holds the server's thread when every claim in its window has already been announced, as
// on every minute but the first. Writes the notifications a first pass finds (use a copy).
//   npx tsx --conditions=react-server bench/deadline-scan.ts --db /tmp/claimdesk-1m-NAME.db [--runs 5]
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '5' } } });
if (!values.db) throw new Error('--db FILE');
process.env.DATABASE_PATH = values.db;

async function main() {
  const { scanDeadlines } = await import('@/lib/notifications/deadlines');
  const now = new Date();
  const times: number[] = [];
  for (let i = 0; i <= Number(values.runs); i++) {
    const t = performance.now();
    const { considered, written } = scanDeadlines({ now });
    const ms = performance.now() - t;
    if (i === 0) console.log(`first pass: ${considered} claims considered, ${written} notifications written in ${ms.toFixed(0)} ms`);
    else times.push(ms);
  }
  times.sort((a, b) => a - b);
  console.log(`later passes (nothing new): median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms over ${times.length}`);
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
