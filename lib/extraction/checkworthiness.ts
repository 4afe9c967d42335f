// Check-worthiness score in [0, 1]: a linear model over hand-made features with weights set by
// hand, from what a news desk checks first (figures, tolls, dated events, attributed statements)
// and what it never checks (questions, headings, opinion, "did not respond to a request for
// comment"). No weight, threshold or word list here is fitted to any data set; CT24 only measures
// it (npm run eval:extraction). lib/extraction/checkworthiness.test.ts pins the behaviour.
import { checkworthinessFeatures, type CheckworthinessFeatures } from './checkworthiness-features';

/** The middle of the scale: a sentence is check-worthy when its signs for outweigh those against. */
export const CHECKWORTHY_THRESHOLD = 0.5;

// A plain sentence with nothing to check leans against (score ~0.23): it takes a figure, a
// record, or a named actor with a date or a deed to reach the threshold. The lean is mild on
// purpose: on deadline a claim the desk did not need to check costs a click, a missed one costs more.
const BIAS = -1.2;

// Each feature is in [0, 1]; counted features reach 1 at their cap (figures at 2, names at 4).
export const WEIGHTS: Readonly<Record<keyof CheckworthinessFeatures, number>> = {
  // For: what can be checked against a record.
  figures: 2, // the strongest single sign: one figure adds 1, two or more add 2
  quantity: 0.6, // "half", "twice", "majority": a figure without digits
  money: 0.5, // on top of figures: budgets and damages are checked first
  percent: 0.5,
  dates: 0.8,
  compare: 0.6, // "rose", "more than": a change or comparison can be measured
  record: 1, // "largest", "first", "record": superlatives are often wrong, and checked first
  toll: 1, // any of killed, injured, evacuated, destroyed…: a casualty or damage report
  action: 0.3, // signed, approved, met: weak alone, see eventOnDate
  done: 0.6, // a past tense or a perfect ("voted", "has closed"): what someone did is on the record
  names: 1.2, // named people, places, bodies: someone can be asked
  cue: 0.4, // small alone: "he said" carries no fact of its own
  long: 0.3, // over 25 words: long sentences carry several statements
  figureAndCue: 0.6, // an attributed figure is the desk's main work
  tollAndCue: 0.5, // and so is an attributed casualty report, figure or not
  eventOnDate: 0.5, // "struck on Friday": a dated event can be checked against the record
  // Against: what is no statement of fact.
  short: -1, // under 6 words
  noEnd: -0.8, // no final stop: headlines, list items, fragments
  heading: -1.2, // and a few words at most: a section heading or a label
  question: -3, // a question asserts nothing
  firstPerson: -0.6, // the speaker on themselves with no figure and nothing done: intentions and feelings
  opinion: -1, // think, believe, hope, want
  firstPersonOpinion: -1, // "I think", "we hope": an opinion, not a claim
  modal: -0.6, // should, could, might: speculation or advice
  evaluative: -0.8, // great, terrible, important: a judgement
  address: -0.8, // you, thank you, please, let's: speech to an audience
  boilerplate: -5, // "did not immediately respond to a request for comment": about the reporting
  credit: -4, // photo credits and bylines
  caption: -2, // "A view shows", "is seen": describes the picture
};
const terms = Object.entries(WEIGHTS) as [keyof CheckworthinessFeatures, number][];

/** Probability-like check-worthiness of one sentence. */
export function scoreCheckworthiness(sentence: string): number {
  return scoreFeatures(checkworthinessFeatures(sentence));
}

/** The score of a sentence's features: for a caller that reads some of the features too. */
export function scoreFeatures(f: CheckworthinessFeatures): number {
  let z = BIAS;
  for (const [name, weight] of terms) z += weight * f[name];
  return 1 / (1 + Math.exp(-z));
}
