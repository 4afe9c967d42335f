// Times every export format on a synthetic 1,000-claim article (3 evidence each, history).
// Run: npx tsx bench/exports.ts [claims] [runs]. Prints the median of `runs` after warm-up.
import { execSync } from 'node:child_process';
import os from 'node:os';
import { renderExport } from '@/lib/exports';
import { buildSyntheticArticle, FIXTURE_NOW } from '@/lib/exports/test-fixture';
import { EXPORT_FORMATS } from '@/lib/exports/types';

const claims = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 15);
const WARM_UP = 3;

const article = buildSyntheticArticle(claims, 3);
const options = { now: FIXTURE_NOW, baseUrl: 'https://desk.example.org' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
let nproc = String(os.cpus().length);
try { nproc = execSync('nproc').toString().trim(); } catch { /* os.cpus() count stays */ }
console.log(`${claims} claims, ${article.claims.reduce((n, c) => n + c.evidence.length, 0)} evidence, body ${article.body.length} chars`);
console.log(`node ${process.version}, ${cpu}, nproc ${nproc}; median of ${runs} runs after ${WARM_UP} warm-up\n`);
console.log('format        median ms   min ms   max ms   output');
for (const format of EXPORT_FORMATS) {
  for (let i = 0; i < WARM_UP; i++) renderExport(article, format, options);
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    size = renderExport(article, format, options).body.length;
    times.push(performance.now() - started);
  }
  console.log(
    `${format.padEnd(12)} ${median(times).toFixed(1).padStart(10)} ${Math.min(...times).toFixed(1).padStart(8)} ${Math.max(...times).toFixed(1).padStart(8)}   ${(size / 1024).toFixed(0)} KiB`,
  );
}
