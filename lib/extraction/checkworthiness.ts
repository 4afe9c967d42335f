// Check-worthiness score in [0, 1] from a small logistic regression shipped as JSON
// (trained by scripts/train-checkworthiness.ts; no network, well under a millisecond a sentence).
import model from './checkworthiness-model.json';
import { sentenceFeatures } from './checkworthiness-features';

export interface CheckworthinessModel {
  threshold: number;
  bias: number;
  hand: Record<string, number>;
  grams: Record<string, number>;
}

const shipped = model as unknown as CheckworthinessModel;
const grams = new Map(Object.entries(shipped.grams));

export const CHECKWORTHY_THRESHOLD = shipped.threshold;

/** Raw linear score; exported for training and evaluation, which pass their own weights. */
export function linearScore(sentence: string, m: { bias: number; hand: Record<string, number> }, weights: Map<string, number>): number {
  const f = sentenceFeatures(sentence);
  let z = m.bias;
  const seen = new Set<string>();
  for (const g of f.grams) {
    if (seen.has(g)) continue;
    seen.add(g);
    z += weights.get(g) ?? 0;
  }
  for (const k in f.hand) z += (m.hand[k] ?? 0) * f.hand[k]!;
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Probability-like check-worthiness of one sentence. */
export function scoreCheckworthiness(sentence: string): number {
  return sigmoid(linearScore(sentence, shipped, grams));
}
