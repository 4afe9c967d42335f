// Times extract() against wink-nlp's and compromise's sentence splitting alone, same run.
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

function median(fn: () => unknown, runs: number): number {
  for (let i = 0; i < Math.min(20, runs); i++) fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

for (const [name, text, runs] of [['sample article', sample, 200], ['~20k-word article', big, 20]] as const) {
  const words = text.split(/\s+/).filter(Boolean).length;
  const full = median(() => extract(text), runs);
  const ours = median(() => splitSentences(text), runs);
  const w = median(() => wink.readDoc(text).sentences().out(), runs);
  const c = median(() => nlp(text).sentences().out('array'), Math.max(5, runs / 4));
  console.log(`${name} (${words} words, ${text.length} chars), median of ${runs} runs:`);
  console.log(`  extract() full pipeline       ${full.toFixed(2)} ms`);
  console.log(`  splitSentences() alone        ${ours.toFixed(2)} ms`);
  console.log(`  wink-nlp sentences            ${w.toFixed(2)} ms   (full pipeline is ${(full / w).toFixed(2)}x wink-nlp)`);
  console.log(`  compromise sentences          ${c.toFixed(2)} ms   (full pipeline is ${(full / c).toFixed(2)}x compromise)`);
}
