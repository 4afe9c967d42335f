// Check-worthiness score in [0, 1]: logistic regression over word n-grams and hand features,
// trained by scripts/train-checkworthiness.ts on ClaimBuster's sentences (CT24 train, CC BY 4.0),
// calibrated and thresholded on CT24 dev. A few features of news copy that debates lack are
// weighted by hand in the trainer. Each score comes with the words of why it is high.
import shippedModel from './checkworthiness-model.json';
import { readSentence, type CheckworthinessFeatures } from './checkworthiness-features';
import { modelGrams, type CheckworthinessModel } from './checkworthiness-model';
import { lowerPerChar } from './words';
import type { ScoreReason } from './score-reasons';

const model = shippedModel as unknown as CheckworthinessModel;
const grams = new Map(Object.entries(model.grams));
const hand = Object.entries(model.hand) as [keyof CheckworthinessFeatures, number][];

/** A sentence scoring at or above this is check-worthy (chosen on CT24 dev, on the calibrated scale). */
export const CHECKWORTHY_THRESHOLD = model.threshold;

// What a feature says to an editor when it raised the score. Features without words here
// (length, past tense) count in the score but are no reason anyone would give.
const REASONS: Partial<Record<keyof CheckworthinessFeatures, ScoreReason>> = {
  figures: 'a figure', quantity: 'a quantity', money: 'a sum of money', percent: 'a percentage', dates: 'a date',
  compare: 'a comparison', record: 'a superlative', toll: 'a toll of harm', names: 'a named actor', cue: 'reported speech',
  figureAndCue: 'an attributed figure', tollAndCue: 'an attributed toll', eventOnDate: 'a dated event', cause: 'a cause',
};
const REASON_FLOOR = 0.3; // a feature must add this much to the logit to be named

// News sentences carry more figures, names and dates than any debate sentence the model learnt
// from, so their sums run past anything it was calibrated on and would all read 1.00. Above
// SURE (a score of 0.88) each further unit of evidence counts less and less: the order of
// scores and the threshold stay as trained, and the top of the scale still tells claims apart.
const SURE = 2;
const temper = (z: number) => (z <= SURE ? z : SURE + Math.log1p(z - SURE));

export interface Checkworthiness {
  score: number;
  features: CheckworthinessFeatures;
  /** Why the score is high, strongest first ("a figure", "a date"); empty below the threshold. */
  reasons: string[];
}

/** The score of one sentence, its features and the reasons for a high score. `low`: the sentence lower-cased. */
export function assessCheckworthiness(sentence: string, low = lowerPerChar(sentence) ?? sentence.toLowerCase()): Checkworthiness {
  const { features, words, names } = readSentence(sentence, low);
  let z = model.bias;
  for (const g of new Set(modelGrams(words, model.trigrams, model.nameClass ? names : undefined))) z += grams.get(g) ?? 0;
  const parts: [string, number][] = [];
  for (const [name, weight] of hand) {
    const part = weight * features[name];
    z += part;
    const reason = REASONS[name];
    if (reason && part >= REASON_FLOOR) parts.push([reason, part]);
  }
  const score = 1 / (1 + Math.exp(-temper(z)));
  const reasons = score >= CHECKWORTHY_THRESHOLD ? parts.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([r]) => r) : [];
  return { score, features, reasons };
}

/** Probability-like check-worthiness of one sentence. */
export function scoreCheckworthiness(sentence: string): number {
  return assessCheckworthiness(sentence).score;
}
