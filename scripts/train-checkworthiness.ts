// Trains the check-worthiness logistic regression on CT24 train only, picks the threshold on
// dev, and writes lib/extraction/checkworthiness-model.json. Deterministic: seeded shuffle.
//   npx tsx scripts/train-checkworthiness.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sentenceFeatures } from '../lib/extraction/checkworthiness-features';
import { parseCt24, type LabelledSentence } from '../lib/extraction/ct24';

const data = path.resolve(process.cwd(), '../shared/data/check-worthiness');
const out = path.resolve(process.cwd(), 'lib/extraction/checkworthiness-model.json');
const EPOCHS = 12, RATE = 0.05, L2 = 2e-5, MIN_COUNT = 3;

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const readCt24 = (file: string) => parseCt24(readFileSync(file, 'utf8'), file);
const train = readCt24(path.join(data, 'CT24_checkworthy_english_train.tsv'));
const dev = readCt24(path.join(data, 'CT24_checkworthy_english_dev.tsv'));
const started = Date.now();

const counts = new Map<string, number>();
const featurized = train.map((r) => {
  const f = sentenceFeatures(r.text);
  const grams = [...new Set(f.grams)];
  for (const g of grams) counts.set(g, (counts.get(g) ?? 0) + 1);
  return { grams, hand: f.hand, y: r.yes ? 1 : 0 };
});
const vocab = new Map<string, number>();
for (const [g, c] of counts) if (c >= MIN_COUNT) vocab.set(g, vocab.size);
const handNames = Object.keys(featurized[0]!.hand);
const w = new Float64Array(vocab.size), g2 = new Float64Array(vocab.size).fill(1e-8);
const hw = new Float64Array(handNames.length), hg2 = new Float64Array(handNames.length).fill(1e-8);
let bias = 0, bg2 = 1e-8;
const positives = featurized.filter((r) => r.y).length;
const posWeight = (featurized.length - positives) / positives; // balance the Yes class

const rand = mulberry32(20240501);
const order = featurized.map((_, i) => i);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
  for (const idx of order) {
    const r = featurized[idx]!;
    const ids = r.grams.map((g) => vocab.get(g)).filter((v): v is number => v !== undefined);
    let z = bias;
    for (const id of ids) z += w[id]!;
    handNames.forEach((h, k) => (z += hw[k]! * r.hand[h]!));
    const p = 1 / (1 + Math.exp(-z));
    const grad = (p - r.y) * (r.y ? posWeight : 1);
    // AdaGrad keeps rare n-grams from being swamped by frequent ones
    for (const id of ids) { const gr = grad + L2 * w[id]!; g2[id]! += gr * gr; w[id]! -= (RATE * gr) / Math.sqrt(g2[id]!); }
    handNames.forEach((h, k) => { const gr = grad * r.hand[h]!; hg2[k]! += gr * gr; hw[k]! -= (RATE * gr) / Math.sqrt(hg2[k]!); });
    bg2 += grad * grad; bias -= (RATE * grad) / Math.sqrt(bg2);
  }
}

const grams: Record<string, number> = {};
for (const [g, id] of vocab) if (Math.abs(w[id]!) >= 0.02) grams[g] = Math.round(w[id]! * 1000) / 1000;
const hand: Record<string, number> = {};
handNames.forEach((h, k) => (hand[h] = Math.round(hw[k]! * 1000) / 1000));
const model = { threshold: 0.5, bias: Math.round(bias * 1000) / 1000, hand, grams };

function score(text: string): number {
  const f = sentenceFeatures(text);
  let z = model.bias;
  for (const g of new Set(f.grams)) z += grams[g] ?? 0;
  for (const [k, v] of Object.entries(f.hand)) z += (hand[k] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

export function bestThreshold(rows: LabelledSentence[], scoreOf: (t: string) => number): { threshold: number; f1: number } {
  const scored = rows.map((r) => ({ s: scoreOf(r.text), y: r.yes }));
  let best = { threshold: 0.5, f1: 0 };
  for (let t = 0.05; t < 0.96; t += 0.01) {
    let tp = 0, fp = 0, fn = 0;
    for (const r of scored) { if (r.s >= t && r.y) tp++; else if (r.s >= t) fp++; else if (r.y) fn++; }
    const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    if (f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, f1 };
  }
  return best;
}

const chosen = bestThreshold(dev, score);
model.threshold = chosen.threshold;
writeFileSync(out, JSON.stringify(model) + '\n');
console.log(`vocab ${vocab.size}, kept ${Object.keys(grams).length} n-grams; dev F1 ${chosen.f1.toFixed(3)} at threshold ${chosen.threshold}; ${((Date.now() - started) / 1000).toFixed(1)} s; wrote ${out}`);
