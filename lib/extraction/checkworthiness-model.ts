// The shape of the trained check-worthiness model (checkworthiness-model.json, written by
// scripts/train-checkworthiness.ts) and the n-grams it reads, shared by training and scoring.

export interface CheckworthinessModel {
  /** A sentence at or above this calibrated score is check-worthy (chosen on CT24 dev). */
  threshold: number;
  trigrams: boolean;
  /** Bigrams read a name as "<name>" ("<name> voted"), so that they carry over to names not in training. */
  nameClass: boolean;
  bias: number;
  /** Weights of the hand features (checkworthiness-features.ts), calibrated. */
  hand: Record<string, number>;
  /** Weights of word n-grams ("<s> we", "<num> percent"), calibrated; pruned near zero. */
  grams: Record<string, number>;
}

/** The word uni-, bi- (and tri-)grams of a sentence's model words, with "<s>" before the first. */
export function modelGrams(words: string[], trigrams: boolean, names?: boolean[]): string[] {
  const out: string[] = [];
  let a = '<s>', b = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const v = names?.[i] ? '<name>' : w;
    out.push(w, a + ' ' + v);
    if (trigrams && b) out.push(b + ' ' + a + ' ' + v);
    b = a;
    a = v;
  }
  return out;
}
