// How likely an earlier claim states the same thing as a new one, in [0, 1]. Same figures
// and the same named actors count most, then shared rare words. A claim whose figures
// all differ from the new claim's is never the same claim ("1,582 dead" is not "1,700
// dead"), whatever else they share. Weights and threshold are tuned on the pairs in
// ./pairs.ts (see bench/RESULTS.md#checked-before).
import { stem, type ClaimFeatures } from './features';

export const MATCH_THRESHOLD = 0.5;
const ACTOR_CONFLICT_FACTOR = 0.75;

export interface ScoreParts {
  score: number;
  figures: number;
  actors: number;
  words: number;
  /** Both claims carry figures and share none of the weighty ones. */
  differentFigures: boolean;
}

/** The weight of a word: rarer in the archive counts more. `docFrequency` of an unknown word is 0. */
export type WordWeight = (word: string) => number;

export function idfWeight(docFrequency: (token: string) => number, documents: number): WordWeight {
  return (word) => Math.log(1 + (documents + 1) / (docFrequency(word) + 1));
}

function weightedOverlap(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let all = 0;
  for (const [k, w] of a) {
    all += w;
    if (b.has(k)) shared += Math.min(w, b.get(k)!);
  }
  for (const [k, w] of b) if (!a.has(k)) all += w;
  return all === 0 ? 0 : shared / all;
}

/** Shared names; 0.5 (no evidence either way) when a claim names nobody we could read. */
function actorsOverlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0.5;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  // Against the smaller set: "Terekhov" and "Kharkiv mayor Ihor Terekhov" name the same man.
  return shared / Math.min(a.size, b.size);
}

function wordsOverlap(a: Set<string>, b: Set<string>, weight: WordWeight): number {
  let shared = 0;
  let all = 0;
  for (const w of a) {
    const x = weight(w);
    all += x;
    if (b.has(w)) shared += x;
  }
  for (const w of b) if (!a.has(w)) all += weight(w);
  return all === 0 ? 0 : shared / all;
}

export function matchScore(a: ClaimFeatures, b: ClaimFeatures, weight: WordWeight): ScoreParts {
  const weighty = (m: Map<string, number>) => [...m].filter(([, w]) => w >= 1).map(([k]) => k);
  const aw = weighty(a.figures);
  const bw = weighty(b.figures);
  const differentFigures = aw.length > 0 && bw.length > 0 && !aw.some((f) => b.figures.has(f));
  const figures = weightedOverlap(a.figures, b.figures);
  const actors = actorsOverlap(a.actors, b.actors);
  const words = wordsOverlap(a.words, b.words, (w) => weight(w));
  if (differentFigures) return { score: 0, figures, actors, words, differentFigures };
  const hasFigures = a.figures.size > 0 || b.figures.size > 0;
  let score = hasFigures ? 0.4 * figures + 0.25 * actors + 0.35 * words : 0.35 * actors + 0.65 * words;
  // Both name someone and nobody in common: the same toll from another side, another
  // airline's cancellations. Not ruled out (names are read loosely), but pushed down.
  if (actors === 0) score *= ACTOR_CONFLICT_FACTOR;
  return { score: Math.round(score * 1000) / 1000, figures, actors, words, differentFigures };
}

export { stem };
