// Check-worthiness score in [0, 1] from a small logistic regression shipped as JSON
// (trained by scripts/train-checkworthiness.ts; no network, a few microseconds a sentence).
import model from './checkworthiness-model.json';
import { handFeatures, modelWords, sentenceFeatures } from './checkworthiness-features';

export interface CheckworthinessModel {
  threshold: number;
  bias: number;
  hand: Record<string, number>;
  grams: Record<string, number>;
}

const shipped = model as unknown as CheckworthinessModel;

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

// The shipped weights indexed by word: one look-up per word gives its unigram weight and the
// bigrams it opens, so scoring finds bigrams without concatenating strings or a second look-up
// in the big table; each weight has an id so a repeated n-gram counts once.
interface Entry { uni: number; next: Map<string, number> | undefined }
const weightOf: number[] = [];
const vocabulary = new Map<string, Entry>();
const entry = (w: string): Entry => {
  let e = vocabulary.get(w);
  if (!e) vocabulary.set(w, (e = { uni: -1, next: undefined }));
  return e;
};
for (const [gram, weight] of Object.entries(shipped.grams)) {
  const id = weightOf.push(weight) - 1;
  const space = gram.indexOf(' ');
  if (space < 0) { entry(gram).uni = id; continue; }
  const first = entry(gram.slice(0, space));
  if (!first.next) first.next = new Map();
  first.next.set(gram.slice(space + 1), id);
}
const START = vocabulary.get('<s>');
const countedIn = new Uint32Array(weightOf.length);
let sentenceNumber = 0;
let handKeys: [string, number][] | undefined;

/** Same sum, in the same order, as linearScore with the shipped weights. */
function shippedScore(sentence: string): number {
  const { words, lower } = modelWords(sentence);
  if (++sentenceNumber === 0xffffffff) { countedIn.fill(0); sentenceNumber = 1; }
  let z = shipped.bias;
  let prev = START;
  for (const w of lower) {
    const e = vocabulary.get(w);
    const u = e ? e.uni : -1;
    if (u >= 0 && countedIn[u] !== sentenceNumber) { countedIn[u] = sentenceNumber; z += weightOf[u]!; }
    const b = prev?.next?.get(w);
    if (b !== undefined && countedIn[b] !== sentenceNumber) { countedIn[b] = sentenceNumber; z += weightOf[b]!; }
    prev = e;
  }
  const hand = handFeatures(sentence, words, lower);
  if (!handKeys) handKeys = Object.keys(hand).map((k) => [k, shipped.hand[k] ?? 0]);
  for (const [k, weight] of handKeys) z += weight * hand[k]!;
  return z;
}

export const shippedWeights = (): Map<string, number> => new Map(Object.entries(shipped.grams));

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Probability-like check-worthiness of one sentence. */
export function scoreCheckworthiness(sentence: string): number {
  return sigmoid(shippedScore(sentence));
}
