// What the check-worthiness model sees in a sentence: word uni- and bigrams plus the marks of
// a checkable statement (figures, money, dates, named actors, reporting verbs, comparisons).
import { CUES } from './attribution-words';
import { lowerPerChar, scanTokens, tokenShape } from './words';

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
  const starts: number[] = [];
  scanTokens(sentence, 0, sentence.length, WORD, (a, b) => { words.push(sentence.slice(a, b)); starts.push(a); });
  // slices of the sentence lower-cased once cost far less than lower-casing each word
  const low = lowerPerChar(sentence);
  const lower = words.map((w, i) => {
    const c = w.charCodeAt(0);
    const maybeNumber = c === 36 || (c >= 48 && c <= 57);
    if (maybeNumber && NUMBER.test(w)) return w.includes('%') ? '<pct>' : w.startsWith('$') ? '<money>' : YEAR.test(w) ? '<year>' : '<num>';
    return low === null ? w.toLowerCase() : low.slice(starts[i]!, starts[i]! + w.length);
  });
  return { words, lower };
}

// Which of the word lists each word is in, so a word is looked up once rather than in each list.
const IN_DATE = 1, IN_QUANTITY = 2, IN_COMPARE = 4, IN_OPINION = 8, IN_CUES = 16;
let listsOf: Map<string, number> | undefined;
function wordLists(): Map<string, number> {
  const m = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number) => { for (const w of words) m.set(w, (m.get(w) ?? 0) | flag); };
  add(DATE, IN_DATE); add(QUANTITY, IN_QUANTITY); add(COMPARE, IN_COMPARE); add(OPINION, IN_OPINION); add(CUES, IN_CUES);
  return m;
}
// c !== c.toLowerCase() for the code unit at i, read from the char code when it is ASCII
function changesWhenLowered(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : w[i] !== w[i]!.toLowerCase();
}

/** The hand-made features; key order is fixed, so scores sum in the same order everywhere. */
export function handFeatures(sentence: string, words: string[], lower: string[]): Record<string, number> {
  let numbers = 0, quantity = 0, dates = 0, compare = 0, opinion = 0, cues = 0, names = 0, money = 0, pct = 0;
  const lists = (listsOf ??= wordLists());
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const l = lower[i]!;
    const inLists = lists.get(l) ?? 0;
    if (l === '<num>' || l === '<year>') numbers++;
    if (l === '<money>' || l === '$' || l === 'dollars') money++;
    if (l === '<pct>' || l === 'percent' || l === '%') pct++;
    if (l === '<year>' || inLists & IN_DATE) dates++;
    if (inLists & IN_QUANTITY) quantity++;
    if (inLists & IN_COMPARE || (lower[i + 1] === 'than' && COMPARATIVE.test(l))) compare++;
    if (inLists & IN_OPINION) opinion++;
    if (inLists & IN_CUES || (l === 'according' && lower[i + 1] === 'to')) cues++;
    if (i > 0 && changesWhenLowered(w, 0) && w.length > 1 && !changesWhenLowered(w, 1)) names++;
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
