// What the check-worthiness model sees in a sentence: word uni- and bigrams plus the marks of
// a checkable statement (figures, money, dates, named actors, reporting verbs, comparisons).
import { CUES } from './attribution-words';
import { scanTokens, tokenShape } from './words';

// The words are what /[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*[\p{L}\p{N}%]|[\p{L}\p{N}]|[$%?!"“”]/gu matches.
const WORD = tokenShape({ starts: '', inside: "'’.,$-", ends: '%', single: '$%?!"“”' });
const NUMBER = /^[$]?\d[\d,.]*%?$/;
const YEAR = /^(19|20)\d\d$/;
const COMPARATIVE = /[a-z]{3,}er$/;
const FINAL = /[.!?"”’)]$/;
const QUANTITY = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'hundreds', 'thousands', 'millions',
  'billions', 'percent', 'dozens', 'dozen', 'half', 'twice', 'double', 'doubled', 'tripled', 'one', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'per', 'cent', 'majority', 'average', 'rate']);
const DATE = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'yesterday', 'today', 'year', 'years', 'month', 'months', 'week', 'weeks', 'since', 'ago', 'last']);
const COMPARE = new Set(['more', 'less', 'fewer', 'than', 'most', 'least', 'highest', 'lowest', 'largest',
  'biggest', 'smallest', 'increase', 'increased', 'decrease', 'decreased', 'rose', 'fell', 'cut', 'raised',
  'record', 'only', 'every', 'never', 'first', 'over', 'under', 'nearly', 'almost', 'about', 'least']);
const OPINION = new Set(['i', 'we', 'you', 'think', 'believe', 'feel', 'should', 'must', 'going', 'want',
  'hope', 'let', 'let’s', "let's", 'thank', 'great', 'good', 'wonderful', 'terrible', 'bad', 'love']);

export interface SentenceFeatures { grams: string[]; hand: Record<string, number> }

/** The sentence's words as the model sees them: figures folded to <num>, <year>, <pct>, <money>. */
export function modelWords(sentence: string): { words: string[]; lower: string[] } {
  const words: string[] = [];
  scanTokens(sentence, 0, sentence.length, WORD, (a, b) => words.push(sentence.slice(a, b)));
  const lower = words.map((w) => {
    const c = w.charCodeAt(0);
    const maybeNumber = c === 36 || (c >= 48 && c <= 57);
    return maybeNumber && NUMBER.test(w) ? (w.includes('%') ? '<pct>' : w.startsWith('$') ? '<money>' : YEAR.test(w) ? '<year>' : '<num>') : w.toLowerCase();
  });
  return { words, lower };
}

/** The hand-made features; key order is fixed, so scores sum in the same order everywhere. */
export function handFeatures(sentence: string, words: string[], lower: string[]): Record<string, number> {
  let numbers = 0, quantity = 0, dates = 0, compare = 0, opinion = 0, cues = 0, names = 0, money = 0, pct = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const l = lower[i]!;
    if (l === '<num>' || l === '<year>') numbers++;
    if (l === '<money>' || l === '$' || l === 'dollars') money++;
    if (l === '<pct>' || l === 'percent' || l === '%') pct++;
    if (l === '<year>' || DATE.has(l)) dates++;
    if (QUANTITY.has(l)) quantity++;
    if (COMPARE.has(l) || (lower[i + 1] === 'than' && COMPARATIVE.test(l))) compare++;
    if (OPINION.has(l)) opinion++;
    if (CUES.has(l) || (l === 'according' && lower[i + 1] === 'to')) cues++;
    if (i > 0 && w[0] !== w[0]!.toLowerCase() && w.length > 1 && w[1] === w[1]!.toLowerCase()) names++;
  }
  const n = words.length;
  const end = sentence.trimEnd();
  return {
    numbers: Math.min(numbers, 3) / 3, money: money ? 1 : 0, percent: pct ? 1 : 0, dates: Math.min(dates, 2) / 2,
    quantity: Math.min(quantity, 2) / 2, compare: Math.min(compare, 2) / 2, opinion: Math.min(opinion, 3) / 3,
    cue: cues ? 1 : 0, names: Math.min(names, 4) / 4, short: n < 6 ? 1 : 0, long: n > 25 ? 1 : 0,
    question: end.endsWith('?') ? 1 : 0, noEnd: FINAL.test(end) ? 0 : 1,
    figureAndCue: (numbers + money + pct > 0 ? 1 : 0) * (cues ? 1 : 0),
  };
}

/** Features of one sentence as strings; training uses this, scoring walks the same words without building them. */
export function sentenceFeatures(sentence: string): SentenceFeatures {
  const { words, lower } = modelWords(sentence);
  const grams: string[] = [];
  let prev = '<s>';
  for (const w of lower) {
    grams.push(w, prev + ' ' + w);
    prev = w;
  }
  return { grams, hand: handFeatures(sentence, words, lower) };
}
