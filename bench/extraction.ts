// Times extract() against wink-nlp's and compromise's sentence splitting alone, same run,
// after a warm-up of a third of the runs.
//   npx tsx bench/extraction.ts
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extract, splitSentences } from '../lib/extraction';

const shared = path.resolve(process.cwd(), '../shared');
const sample = readFileSync(path.join(shared, 'fixtures/articles/belarus-border-2022-03-12.txt'), 'utf8');
const polnear = path.join(shared, 'data/attribution/polnear-dev/text');
let big = sample;
for (const f of readdirSync(polnear).sort()) {
  if (big.split(/\s+/).length >= 20_000) break;
  big += '\n\n' + readFileSync(path.join(polnear, f), 'utf8');
}
const wink = winkNLP(model);

// Interleaved: each round runs every contender once, so a load spike on this shared machine
// hits all of them alike and the ratios stay fair even when the absolute times move.
function medians(fns: Record<string, () => unknown>, runs: number, warmup: number): Record<string, number> {
  const names = Object.keys(fns);
  for (let i = 0; i < warmup; i++) for (const n of names) fns[n]!();
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < runs; i++) {
    for (const n of names) {
      const t = performance.now();
      fns[n]!();
      times[n]!.push(performance.now() - t);
    }
  }
  return Object.fromEntries(names.map((n) => {
    const xs = times[n]!.sort((a, b) => a - b);
    return [n, xs[Math.floor(xs.length / 2)]!];
  }));
}

for (const [name, text, runs] of [['sample article', sample, 300], ['~20k-word article', big, 30]] as const) {
  const words = text.split(/\s+/).filter(Boolean).length;
  const m = medians({
    full: () => extract(text),
    ours: () => splitSentences(text),
    wink: () => wink.readDoc(text).sentences().out(),
  }, runs, Math.max(10, runs / 3));
  const c = medians({ compromise: () => nlp(text).sentences().out('array') }, Math.max(5, runs / 4), 3).compromise!;
  const { full, ours, wink: w } = m as { full: number; ours: number; wink: number };
  console.log(`${name} (${words} words, ${text.length} chars), median of ${runs} interleaved runs:`);
  console.log(`  extract() full pipeline       ${full.toFixed(2)} ms`);
  console.log(`  splitSentences() alone        ${ours.toFixed(2)} ms`);
  console.log(`  wink-nlp sentences            ${w.toFixed(2)} ms   (full pipeline is ${(full / w).toFixed(2)}x wink-nlp)`);
  console.log(`  compromise sentences          ${c.toFixed(2)} ms   (full pipeline is ${(full / c).toFixed(2)}x compromise)`);
}
