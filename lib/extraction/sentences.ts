// Sentence boundaries for pasted news copy. Off-the-shelf splitters cut "Maj.-Gen." and
// "U.S. Government" apart or split inside quotes that a reporting clause wraps; this one
// scans for end punctuation and decides each candidate from the words on either side.
import type { Span } from './types';

const ENDERS = new Set(['.', '!', '?', '…']);
const BULLETS = new Set(['•', '⁃', '‣', '◦', '▪', '●', '·']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '}', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '{', '«']);

// Titles that stand before a name: a period after one never ends a sentence ("Gen. Igor").
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'maj', 'col', 'lt', 'capt', 'cpt', 'sgt', 'cpl',
  'adm', 'cmdr', 'brig', 'gov', 'sen', 'rep', 'reps', 'rev', 'fr', 'st', 'mt', 'ft', 'hon', 'pres',
  'supt', 'insp', 'det', 'atty', 'mme', 'mlle', 'gens', 'sens',
]);
// Abbreviations that stand before a number ("p. 55", "No. 3", "Sept. 11").
const BEFORE_NUMBER = new Set([
  'p', 'pp', 'no', 'nos', 'nr', 'vol', 'vols', 'fig', 'figs', 'art', 'sec', 'ch', 'para', 'op', 'ed',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'ca',
]);
// After an initialism that can also end a sentence ("U.S."), only these words start a new one;
// any other capitalised word continues the name ("U.S. Government").
const SENTENCE_STARTERS = new Set([
  'i', 'it', 'he', 'she', 'we', 'they', 'you', 'this', 'that', 'these', 'those', 'the', 'a', 'an',
  'how', 'what', 'when', 'where', 'why', 'who', 'which', 'but', 'and', 'so', 'yet', 'or', 'there',
  'his', 'her', 'its', 'our', 'their', 'my', 'your', 'if', 'as', 'after', 'before', 'meanwhile',
  'however', 'in', 'on', 'at', 'for', 'since', 'while', 'although', 'though', 'still', 'then',
  'now', 'today', 'yesterday', 'also', 'some', 'many', 'most', 'all', 'no', 'not',
]);
const TIME_PREPOSITIONS = new Set(['at', 'by', 'before', 'after', 'until', 'till', 'from', 'around', 'about', 'since']);

const SPACE = /\s/;
const isSpace = (c: string | undefined) => c !== undefined && (c === ' ' || c === '\n' || ((c < ' ' || c > '~') && SPACE.test(c)));
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
const isDigit = (c: string) => c >= '0' && c <= '9';

// "Calif. officials", "Ariz. lawmakers": a short capitalised word with a period that the text itself
// follows with a lower-case word is an abbreviation there, wherever else it stands.
const LEARNABLE = /(?:^|[\s(])(\p{Lu}\p{Ll}{1,4})\.\s+\p{Ll}/gu;

/** The abbreviations text[start, end) teaches: capitalised tokens followed by a period and then lower case. */
function learnAbbreviations(text: string, start: number, end: number): Set<string> {
  const found = new Set<string>();
  const slice = text.slice(start, end);
  if (slice.length > 200_000) return found; // bounded work: learning is a help, not a need
  for (const m of slice.matchAll(LEARNABLE)) found.add(m[1]!.toLowerCase());
  return found;
}

/** Sentence spans inside `text[start, end)`, trimmed of surrounding whitespace. */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  const learned = learnAbbreviations(text, start, end);
  for (const para of splitOn(text, start, end, BLANK_LINE)) {
    for (const piece of splitBeforeBullets(text, para[0], para[1])) {
      for (const item of splitListItems(text, piece[0], piece[1])) scan(text, item[0], item[1], out, learned);
    }
  }
  return out;
}

const BLANK_LINE = /\n[ \t\r\f\v]*\n/g;

function splitOn(text: string, start: number, end: number, re: RegExp): Span[] {
  const spans: Span[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    spans.push([start + from, start + m.index]);
    from = m.index + m[0].length;
  }
  spans.push([start + from, end]);
  return spans;
}

// "killed • Russian forces plan…": a bullet after a space starts a new statement.
function splitBeforeBullets(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  for (let i = start + 1; i < end; i++) {
    // every bullet is at or above U+00B7, so plain ASCII is passed over by its char code
    if (text.charCodeAt(i) >= 0xb7 && BULLETS.has(text[i]!) && isSpace(text[i - 1]) && text.slice(from, i).trim() !== '') {
      spans.push([from, i]);
      from = i;
    }
  }
  spans.push([from, end]);
  return spans;
}

const MARKER = /^[ \t]*(?:[•⁃‣◦▪●·][ \t]*)?(?:(\d{1,3})|([a-z]))(\.\)|\)|\.)(?=\s)/;

// "1) first 2) second" and "a. first b. second": an inline list that starts with a marker
// continues with the next number or letter in the same style, with or without punctuation.
function splitListItems(text: string, start: number, end: number): Span[] {
  const m = MARKER.exec(text.slice(start, end));
  if (!m) return [[start, end]];
  const spans: Span[] = [];
  let from = start;
  let n = m[1] !== undefined ? Number(m[1]) : m[2]!.charCodeAt(0);
  for (;;) {
    n += 1;
    const label = m[1] !== undefined ? String(n) : String.fromCharCode(n);
    const needle = ' ' + label + m[3];
    const at = text.slice(from, end).indexOf(needle);
    if (at < 0 || !isSpace(text[from + at + needle.length])) break;
    spans.push([from, from + at + 1]);
    from = from + at + 1;
  }
  spans.push([from, end]);
  return spans;
}

interface Quote { open: number; close: number; embedded: boolean }

// A quotation that a reporting clause wraps ("…Ukraine!" its Air Force Command said) is one
// sentence with that clause, even when the quoted words hold several sentences.
function findQuotes(text: string, start: number, end: number): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x201c && code !== 0x201d && code !== 34) continue; // not “ ” "
    const c = text[i];
    if (c === '“' || (c === '"' && open < 0)) open = i;
    else if ((c === '”' || c === '"') && open >= 0) {
      let k = i + 1;
      while (k < end && isSpace(text[k])) k++;
      const next = text[k] ?? '';
      const embedded = text[i - 1] === ',' || next === ',' || (next !== '' && isLower(next));
      quotes.push({ open, close: i, embedded });
      open = -1;
    }
  }
  return quotes;
}

function wordBefore(text: string, i: number, floor: number): { word: string; at: number } {
  let a = i;
  while (a > floor && !isSpace(text[a - 1])) a--;
  let word = text.slice(a, i);
  while (word.length > 0 && (OPENERS.has(word[0]!) || word[0] === '$' || BULLETS.has(word[0]!))) word = word.slice(1);
  return { word, at: a };
}

function scan(text: string, start: number, end: number, out: Span[], learned: Set<string>): void {
  const quotes = findQuotes(text, start, end);
  let sentStart = start;
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b > a) out.push([a, b]);
  };
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) { i++; continue; } // not . ! ? …
    let j = i;
    while (j < end && ENDERS.has(text[j]!)) j++;
    while (j + 1 < end && text[j] === ' ' && text[j + 1] === '.' && text.slice(i, j).includes('.')) j += 2;
    let k = j;
    while (k < end && CLOSERS.has(text[k]!)) k++;
    if (k < end && !isSpace(text[k])) {
      // "…the plant.Workers said…": a sentence glued to the next, but not "example.com", "U.S.", "3.5"
      if (j === i + 1 && text[i] !== '…' && gluedSentence(text, sentStart, i, k, end, learned)) {
        out.push(...trimmed(text, sentStart, k));
        sentStart = k;
      }
      i = k > j ? k : j;
      continue;
    }
    const boundary = decide(text, sentStart, i, j, k, end, quotes, learned);
    if (boundary >= 0) {
      push(sentStart, boundary);
      sentStart = boundary;
    }
    i = Math.max(k, i + 1);
  }
  push(sentStart, end);
}

function trimmed(text: string, a: number, b: number): Span[] {
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  return b > a ? [[a, b]] : [];
}

/** A period with no space after it ends a sentence when a word (not an abbreviation) stands before it and a capitalised word (not a domain part) after it. */
function gluedSentence(text: string, sentStart: number, i: number, k: number, end: number, learned: Set<string>): boolean {
  const { word: prev } = wordBefore(text, i, sentStart);
  const lower = prev.toLowerCase();
  if (!/^(?:\p{L}{2,}|\d{2,})$/u.test(prev) || /^\p{Lu}+$/u.test(prev) || TITLES.has(lower) || BEFORE_NUMBER.has(lower) || learned.has(lower)) return false;
  const next = /^[\p{L}]+/u.exec(text.slice(k, Math.min(end, k + 40)))?.[0] ?? '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(next)) return false;
  const after = text[k + next.length] ?? ' ';
  return !/[./@:]/.test(after) || isSpace(text[k + next.length + 1]);
}

/** Where the sentence ends for the punctuation cluster text[i, j) (closers up to k), or -1. */
function decide(text: string, sentStart: number, i: number, j: number, k: number, end: number, quotes: Quote[], learned: Set<string>): number {
  let n = k;
  while (n < end && isSpace(text[n])) n++;
  if (n >= end) return k;
  let f = n;
  while (f < end && OPENERS.has(text[f]!)) f++;
  const first = text[f] ?? '';
  if (isLower(first)) return -1;
  const startsNew = isUpper(first) || isDigit(first) || BULLETS.has(first) || OPENERS.has(text[n]!);
  if (!startsNew) return -1;
  if (quotes.some((q) => q.embedded && q.open < i && q.close >= k)) return -1;

  const cluster = text.slice(i, j);
  const dots = cluster.split('.').length - 1;
  if (cluster.includes('…') || dots >= 2) {
    if (text[i - 1] === '[') return -1;
    const glued = !isSpace(text[i - 1]);
    if (cluster.includes(' ')) {
      if (glued && dots === 4) return i + 1; // "compounds. . . . The": period, then an ellipsis opening the next
      if (!glued && dots === 3) return -1;
    }
    return isUpper(first) ? k : -1;
  }
  if (cluster !== '.') return k;

  const { word: prev, at } = wordBefore(text, i, sentStart);
  // "Maj.-Gen." is judged by its last part.
  const lower = (/[-–]/.test(prev) ? prev.split(/[-–]/).pop()! : prev).toLowerCase();
  const soFar = text.slice(sentStart, i).replace(/[\s•⁃‣◦▪●·(]/g, '');
  if (/^(\d{1,3}|[a-zA-Z]|[ivxIVX]+)$/.test(soFar)) return -1; // a list marker, not a sentence
  if (TITLES.has(lower) || TITLES.has(lower.replace(/^.*\./, ''))) return -1;
  // an abbreviation the text taught (see learnAbbreviations), unless a sentence plainly starts after it
  if (learned.has(lower) && !SENTENCE_STARTERS.has(/^[\p{L}']+/u.exec(text.slice(f, f + 30))?.[0].toLowerCase() ?? '')) return -1;
  if (isDigit(first)) {
    const short = prev.length <= 2 || /[^\p{L}\p{N}]/u.test(prev.replace(/[.,]/g, ''));
    return BEFORE_NUMBER.has(lower) || (short && !/^\d+$/.test(prev)) ? -1 : k;
  }
  if (/^\p{Lu}$/u.test(prev)) {
    // An initial after a capitalised word ("Jonas E. Smith") continues the name; "you and I." ends.
    const before = wordBefore(text, Math.max(at - 1, sentStart), sentStart).word;
    if (at - 1 <= sentStart || before === '' || isUpper(before[0]!)) return -1;
    return k;
  }
  if (/^(\p{L}\.)+\p{L}$/u.test(prev)) {
    if (lower === 'e.g' || lower === 'i.e' || lower === 'cf') return -1;
    if (lower === 'a.m' || lower === 'p.m') {
      const words = text.slice(sentStart, i).trim().split(/\s+/);
      const fragment = words.length <= 4 && TIME_PREPOSITIONS.has(words[0]!.toLowerCase());
      return fragment ? -1 : k;
    }
    const next = /^[\p{L}']+/u.exec(text.slice(f, f + 30))?.[0].toLowerCase() ?? '';
    return SENTENCE_STARTERS.has(next) ? k : -1;
  }
  return k;
}
