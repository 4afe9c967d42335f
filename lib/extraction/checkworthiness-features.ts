// What check-worthiness scoring reads in a sentence: the marks of a checkable statement (figures,
// dates, named actors, reporting verbs, casualties, records) and of text a desk never checks
// (questions, headings, opinion, the newsroom's boilerplate). Every list here is written by hand.
import { CUES } from './attribution-words';
import { lowerPerChar, scanTokens, tokenShape } from './words';

// The words are what /[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*[\p{L}\p{N}%]|[\p{L}\p{N}]|[$%?!"“”]/gu matches.
const WORD = tokenShape({ starts: '', inside: "'’.,$-", ends: '%', single: '$%?!"“”' });
const NUMBER = /^[$]?\d[\d,.]*%?$/;
const YEAR = /^(19|20)\d\d$/;
const COMPARATIVE = /[a-z]{3,}er$/;
const FINAL = /[.!?"”’)]$/;
const QUESTION = /\?["”’)]*$/;

// Figures written as words; "one" is left out because it is mostly a pronoun ("one of them").
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions',
  'billion', 'billions', 'trillion', 'dozen', 'dozens', 'scores'];
const QUANTITY = ['half', 'twice', 'double', 'doubled', 'tripled', 'halved', 'majority', 'minority', 'average',
  'rate', 'per', 'cent', 'percent', 'quarter', 'third', 'total', 'several'];
// "may" is a date only next to a figure ("May 4", "4 May"); elsewhere it is a modal.
const DATE = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'yesterday', 'today', 'tonight', 'year', 'years', 'month', 'months', 'week', 'weeks', 'since', 'ago', 'last', 'earlier',
  'decade', 'decades', 'century', 'history'];
const COMPARE = ['more', 'less', 'fewer', 'than', 'most', 'least', 'increase', 'increased', 'decrease', 'decreased',
  'rose', 'risen', 'fell', 'fallen', 'grew', 'dropped', 'jumped', 'surged', 'soared', 'plunged', 'cut', 'raised',
  'only', 'every', 'never'];
const RECORD = ['record', 'largest', 'biggest', 'highest', 'lowest', 'smallest', 'worst', 'deadliest', 'longest',
  'fastest', 'oldest', 'youngest', 'strongest', 'hottest', 'coldest', 'wettest', 'driest', 'richest', 'poorest',
  'first', 'unprecedented', 'ever'];
// Harm and its toll: what a war, disaster or crime report is checked for first.
const TOLL = ['killed', 'dead', 'died', 'death', 'deaths', 'injured', 'wounded', 'casualties', 'victims', 'evacuated',
  'fled', 'refugees', 'displaced', 'destroyed', 'damaged', 'missing', 'arrested', 'detained', 'captured', 'shelled',
  'bombed', 'struck', 'hospitalised', 'hospitalized', 'sentenced', 'convicted', 'seized'];
// Things that happened or were done, in the past tense: with a date they make a datable event.
const ACTION = ['signed', 'approved', 'passed', 'voted', 'launched', 'opened', 'closed', 'resigned', 'elected',
  'appointed', 'banned', 'imposed', 'announced', 'met', 'visited', 'began', 'ended', 'won', 'lost', 'took', 'hit'];
// Past tenses that do not end in -ed: what someone did is a matter of record. Forms that are
// mostly auxiliaries or reporting ("was", "had", "said") are left out.
const IRREGULAR_PAST = ['cut', 'made', 'brought', 'built', 'spent', 'gave', 'given', 'sent', 'sold', 'paid', 'grew',
  'grown', 'left', 'led', 'ran', 'wrote', 'written', 'kept', 'held', 'became', 'went', 'gone', 'got', 'taken', 'won',
  'lost', 'took', 'hit', 'met', 'began', 'begun', 'rose', 'fell', 'shut', 'broke', 'broken', 'chose', 'chosen'];
// -ed words that are mostly adjectives or nouns, not something done.
const NOT_PAST = new Set(['hundred', 'united', 'related', 'based', 'concerned', 'interested', 'supposed', 'limited',
  'detailed', 'advanced', 'experienced', 'so-called', 'need', 'red', 'bed', 'shed', 'speed', 'seed', 'feed', 'deed',
  'breed', 'greed', 'indeed', 'naked', 'wicked', 'sacred', 'beloved', 'aged', 'blessed', 'tired', 'scared']);
// "-est" words that are not superlatives.
const NOT_SUPERLATIVE = new Set(['interest', 'request', 'protest', 'contest', 'suggest', 'forest', 'honest', 'modest',
  'earnest', 'harvest', 'invest', 'arrest', 'digest', 'manifest', 'conquest', 'inquest', 'behest', 'priest', 'guest',
  'quest', 'chest', 'west', 'rest', 'test', 'best', 'nest', 'vest', 'pest', 'zest', 'unrest', 'attest', 'detest']);
// A cause or a consequence: "because of the drought", "led to", "blamed the storm". Causal claims
// are checked as often as figures and are easy to get wrong.
const CAUSE = ['because', 'caused', 'causes', 'causing', 'blame', 'blamed', 'blames', 'resulted', 'triggered', 'fuelled',
  'fueled', 'responsible', 'consequence', 'thanks'];
const FIRST_PERSON = ['i', 'we', 'me', 'us', 'my', 'our', "i'm", 'i’m', "we're", 'we’re', "i've", 'i’ve', "we've", 'we’ve',
  "i'd", 'i’d', "we'd", 'we’d', "i'll", 'i’ll', "we'll", 'we’ll'];
const OPINION = ['think', 'believe', 'feel', 'hope', 'want', 'wish', 'love', 'hate'];
const MODAL = ['should', 'must', 'could', 'might', 'would', 'ought'];
const EVALUATIVE = ['great', 'good', 'wonderful', 'terrible', 'bad', 'amazing', 'beautiful', 'horrible', 'awful',
  'incredible', 'fantastic', 'tremendous', 'shameful', 'disgraceful', 'important', 'pity', 'sad'];
const ADDRESS = ['you', 'your', 'thank', 'thanks', 'please', "let's", 'let’s'];

// Sentences about the reporting, not about the world: nobody checks that a ministry did not call back.
const BOILERPLATE = new RegExp([
  "\\b(?:did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|have not) (?:immediately )?(?:respond|reply|return)",
  'could not (?:immediately )?be reached', 'declined to (?:comment|elaborate|be named)', 'no immediate (?:comment|response)',
  'not immediately (?:available|clear|known|possible)', 'requests? for comment', 'comment was not',
  '(?:could not|unable to|cannot) (?:independently )?(?:verify|confirm)', 'contributed reporting',
  '^(?:reporting|writing|editing|additional reporting) by\\b', '(?:story|article) (?:has been|was) updated',
].join('|'));
const CREDIT = /^\(?(?:photo |image |video )?(?:credit|source|photo|picture)s?:|^by [a-z]+ [a-z]+$|\bgetty images\b|\/(?:reuters|ap|afp)\)?$/;
// What photo captions say about the picture itself.
const CAPTION = /^(?:an? )?(?:general |aerial )?view (?:shows|of)\b|\b(?:is|are) (?:seen|pictured)\b|\blooks? on\b|\bposes? (?:for|with)\b|\(l-r\)|\bfile photo\b/;

/** A sentence about the reporting rather than the news: "did not immediately respond to a request for comment". */
export const aboutTheReporting = (sentence: string): boolean => BOILERPLATE.test(sentence.trim().toLowerCase());

export interface CheckworthinessFeatures {
  figures: number; quantity: number; money: number; percent: number; dates: number; compare: number; record: number;
  toll: number; action: number; done: number; names: number; cue: number; long: number; cause: number;
  figureAndCue: number; tollAndCue: number; eventOnDate: number;
  short: number; noEnd: number; heading: number; question: number; firstPerson: number; opinion: number;
  firstPersonOpinion: number; modal: number; evaluative: number; address: number;
  boilerplate: number; credit: number; caption: number;
}

const IN_NUMBER = 1, IN_QUANTITY = 2, IN_DATE = 4, IN_COMPARE = 8, IN_RECORD = 16, IN_TOLL = 32, IN_ACTION = 64,
  IN_FIRST = 128, IN_OPINION = 256, IN_MODAL = 512, IN_EVALUATIVE = 1024, IN_ADDRESS = 2048, IN_CUES = 4096,
  IN_PAST = 8192, IN_CAUSE = 16384;
// Which lists each word is in, so each word is looked up once rather than once per list.
const listsOf = new Map<string, number>();
for (const [words, flag] of [[NUMBER_WORDS, IN_NUMBER], [QUANTITY, IN_QUANTITY], [DATE, IN_DATE], [COMPARE, IN_COMPARE],
  [RECORD, IN_RECORD], [TOLL, IN_TOLL], [ACTION, IN_ACTION], [FIRST_PERSON, IN_FIRST], [OPINION, IN_OPINION],
  [MODAL, IN_MODAL], [EVALUATIVE, IN_EVALUATIVE], [ADDRESS, IN_ADDRESS], [CUES, IN_CUES], [IRREGULAR_PAST, IN_PAST], [CAUSE, IN_CAUSE]] as const) {
  for (const w of words) listsOf.set(w, (listsOf.get(w) ?? 0) | flag);
}

// c !== c.toLowerCase() for the code unit at i, read from the char code when it is ASCII
function changesWhenLowered(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : w[i] !== w[i]!.toLowerCase();
}

const capped = (n: number, cap: number) => Math.min(n, cap) / cap;

/** The sentence's features, each in [0, 1]. `low` is the sentence lower-cased, when the caller has it. */
export function checkworthinessFeatures(sentence: string, low = lowerPerChar(sentence) ?? sentence.toLowerCase()): CheckworthinessFeatures {
  return readSentence(sentence, low).features;
}

/** The words a trained model reads: lower-cased, figures by their shape ("$0", "0%", a year). */
export function modelWord(w: string, l: string): string {
  const c = w.charCodeAt(0);
  if ((c === 36 || (c >= 48 && c <= 57)) && NUMBER.test(w)) return YEAR.test(w) ? '<year>' : c === 36 ? '<money>' : w.endsWith('%') ? '<percent>' : '<num>';
  return l;
}

/** The hand features of a sentence and its model words (see modelWord), read in one pass. */
export function readSentence(sentence: string, low = lowerPerChar(sentence) ?? sentence.toLowerCase()): { features: CheckworthinessFeatures; words: string[]; names: boolean[] } {
  const words: string[] = [];
  const model: string[] = [];
  const named: boolean[] = []; // a capitalised word after the first: a name
  const starts: number[] = [];
  scanTokens(sentence, 0, sentence.length, WORD, (a, b) => { words.push(sentence.slice(a, b)); starts.push(a); });
  // slices of the sentence lower-cased once cost far less than lower-casing each word
  const exact = low.length === sentence.length;
  const hyphens = sentence.includes('-'); // "twenty-one" is looked for only in a sentence with a hyphen
  let figures = 0, quantity = 0, money = 0, pct = 0, dates = 0, compare = 0, record = 0, toll = 0, action = 0;
  let cause = 0, done = 0, names = 0, cues = 0, first = 0, opinion = 0, modal = 0, evaluative = 0, address = 0, previousFigure = false;
  let previous = ''; // the word before, lower-cased
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const c = w.charCodeAt(0);
    if ((c === 36 || (c >= 48 && c <= 57)) && NUMBER.test(w)) {
      model.push(modelWord(w, w));
      named.push(false);
      previous = w;
      if (YEAR.test(w)) { dates++; previousFigure = false; continue; }
      figures++;
      if (c === 36) money++;
      if (w.endsWith('%')) pct++;
      if (words[i + 1]?.toLowerCase() === 'may') dates++; // "4 May"
      previousFigure = true;
      continue;
    }
    const l = exact ? low.slice(starts[i]!, starts[i]! + w.length) : w.toLowerCase();
    model.push(l);
    named.push(i > 0 && changesWhenLowered(w, 0) && w.length > 1 && !changesWhenLowered(w, 1));
    const lists = listsOf.get(l) ?? 0;
    // "twenty-one", and a figure that measures the next word: "four-decade", "10-year", "3-to-1"
    const measure = hyphens && l.includes('-') ? l.split('-') : null;
    if (lists & IN_NUMBER || (measure && (measure.every((part) => (listsOf.get(part) ?? 0) & IN_NUMBER)
      || (listsOf.get(measure[0]!) ?? 0) & IN_NUMBER || /^\d/.test(measure[0]!)))) figures++;
    if (lists & IN_QUANTITY) quantity++;
    if (l === '$' || l === 'dollars' || l === 'euros' || l === 'pounds') money++;
    if (l === '%' || l === 'percent') pct++;
    if (lists & IN_DATE || (l === 'may' && !previousFigure && NUMBER.test(words[i + 1] ?? ''))) dates++;
    if (l === 'may' && !previousFigure && !NUMBER.test(words[i + 1] ?? '')) modal++;
    if (lists & IN_COMPARE || (l.endsWith('er') && words[i + 1]?.toLowerCase() === 'than' && COMPARATIVE.test(l))) compare++;
    if (lists & IN_RECORD) record++;
    // "a four-decade low", "a 20-year high", "an all-time high": a record without a superlative
    else if ((l === 'low' || l === 'high' || l === 'lows' || l === 'highs') && (previous.includes('-') || previous === 'record')) record++;
    // "the largest deficit", "the deadliest": any superlative after "the"
    else if (previous === 'the' && l.length > 5 && l.endsWith('est') && !NOT_SUPERLATIVE.has(l)) record++;
    // what someone did: a past tense or a perfect ("has closed"), not an adjective after "the" or "a"
    if (c >= 97 && c <= 122 && (lists & IN_PAST || (l.length > 4 && l.endsWith('ed') && !NOT_PAST.has(l)))
      && previous !== 'the' && previous !== 'a' && previous !== 'an' && previous !== 'to' && previous !== 'be') done++;
    if (lists & IN_TOLL) toll++;
    // "thanks to", "due to", "led to", "as a result of", "driven by": two words that make a cause
    const next = words[i + 1]?.toLowerCase();
    if ((lists & IN_CAUSE && (l !== 'thanks' || next === 'to') && (l !== 'responsible' || next === 'for'))
      || ((l === 'due' || l === 'led' || l === 'leads' || l === 'lead') && next === 'to') || (l === 'result' && next === 'of')
      || (l === 'driven' && next === 'by')) cause++;
    if (lists & IN_ACTION) action++;
    if (lists & IN_FIRST && w !== 'US') first++;
    if (lists & IN_OPINION) opinion++;
    if (lists & IN_MODAL) modal++;
    if (lists & IN_EVALUATIVE) evaluative++;
    if (lists & IN_ADDRESS) address++;
    if (lists & IN_CUES || (l === 'according' && words[i + 1]?.toLowerCase() === 'to')) cues++;
    if (i > 0 && changesWhenLowered(w, 0) && w.length > 1 && !changesWhenLowered(w, 1)) names++;
    previousFigure = false;
    previous = l;
  }
  const n = words.length;
  const end = sentence.trimEnd();
  const noEnd = FINAL.test(end) ? 0 : 1;
  const trimmed = low.trim();
  const features: CheckworthinessFeatures = {
    figures: capped(figures, 2), quantity: capped(quantity, 2), money: money ? 1 : 0, percent: pct ? 1 : 0,
    dates: capped(dates, 2), compare: capped(compare, 2), record: record ? 1 : 0, toll: toll ? 1 : 0,
    action: action ? 1 : 0, done: done ? 1 : 0, names: capped(names, 4), cue: cues ? 1 : 0, long: n > 25 ? 1 : 0, cause: cause ? 1 : 0,
    figureAndCue: figures + money + pct > 0 && cues > 0 ? 1 : 0, tollAndCue: toll > 0 && cues > 0 ? 1 : 0,
    eventOnDate: dates > 0 && toll + action > 0 ? 1 : 0,
    short: n < 6 ? 1 : 0, noEnd, heading: noEnd && n <= 8 ? 1 : 0, question: QUESTION.test(end) ? 1 : 0,
    // the speaker on what they feel or intend; on what they did, or with a figure, it is a claim
    firstPerson: figures + done > 0 ? 0 : capped(first, 2), opinion: capped(opinion, 2), firstPersonOpinion: first && opinion ? 1 : 0,
    modal: modal ? 1 : 0, evaluative: evaluative ? 1 : 0, address: address ? 1 : 0,
    boilerplate: BOILERPLATE.test(trimmed) ? 1 : 0, credit: CREDIT.test(trimmed) ? 1 : 0, caption: CAPTION.test(trimmed) ? 1 : 0,
  };
  return { features, words: model, names: named };
}
