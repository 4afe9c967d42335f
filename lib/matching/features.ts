// What a claim is about, for telling whether two claims state the same thing: its figures
// (1,582 = 1582; 2.5 million = 2,500,000; 34% ≠ 34), the people and bodies named in it,
// and its content words. Pure functions; the same reading for the new claim and the old.

export interface ClaimFeatures {
  /** Canonical figures ("1582", "2500000", "34%"), each with a weight: a year counts less than a toll. */
  figures: Map<string, number>;
  /** Name words, lower-cased without accents: "ihor", "terekhov", "kharkiv". */
  actors: Set<string>;
  /** Content words, lightly stemmed ("civilians" → "civilian", "killed" → "kill"). */
  words: Set<string>;
  /** The words as the unstemmed index has them, for the FTS shortlist. */
  tokens: Set<string>;
}

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };
const FIGURE = /(?<![\p{L}\p{N}])[$€£¥]?\s?(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(?:\.(\d+))?(?:\s?(%|per ?cent\b))?(?:\s?(thousand|million|billion|trillion|bn|mn|tn|[kmb])(?![\p{L}]))?/giu;
const YEAR = /^(19|20)\d{2}$/;

/** Every figure in the text, as canonical strings with weights. */
export function figuresIn(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(FIGURE)) {
    const whole = m[1]!.replace(/[,\u00a0\u202f ]/g, '');
    const fraction = m[2] ?? '';
    const percent = Boolean(m[3]);
    const scale = m[4] ? SCALE[m[4].toLowerCase()] ?? 1 : 1;
    let value = Number(`${whole}${fraction ? `.${fraction}` : ''}`) * scale;
    if (!Number.isFinite(value)) continue;
    value = Math.round(value * 1e6) / 1e6;
    const key = `${value}${percent ? '%' : ''}`;
    const weight = !percent && scale === 1 && !fraction && YEAR.test(whole) ? 0.3 : 1;
    out.set(key, Math.max(out.get(key) ?? 0, weight));
  }
  return out;
}

const STOPWORDS = new Set(
  ('a an and are as at be been being but by can could did do does for from had has have he her his i if in into is it its ' +
    'may might more most much must no nor not of on or our out over said says say she should since so some such than that the their ' +
    'them then there these they this those through to told under until up upon was we were what when where which while who whom why will ' +
    'with would you also about after again against all am any because before between both during each few further here how just least ' +
    'nearly now only other own same too very per cent percent according reported year years day days week weeks month months people').split(' '),
);
const CAPITALISED_NOT_NAMES = new Set(
  ('the a an in on at of for and but or if as by to from with after before during since this that these those it its he she they we i ' +
    'his her their our there here when where while what which who how why according officials official mr mrs ms dr ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    // Titles say what someone is, not who: "President Volodymyr Zelenskyy" is named by the last two words.
    'president prime minister governor mayor chancellor secretary spokesman spokeswoman spokesperson deputy head chief ' +
    'senator general gen maj colonel lieutenant commander regional').split(' '),
);

// Most copy is plain ASCII: skip Unicode decomposition when there is nothing to fold.
const fold = (s: string) => (/[^\x00-\x7f]/.test(s) ? s.normalize('NFKD').replace(/\p{M}/gu, '') : s).toLowerCase();

/** A light English stemmer: enough that "civilians/civilian" and "killed/kills/killing" meet. */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es') && /(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** Name words: capitalised words that are not a sentence's first word (unless another follows), nor calendar words. */
export function actorsIn(text: string, attribution?: string | null): Set<string> {
  const out = new Set<string>();
  const words = [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  words.forEach((m, i) => {
    const word = m[0];
    if (!/^\p{Lu}/u.test(word)) return;
    const before = text.slice(0, m.index).trimEnd();
    const startsSentence = before === '' || /[.!?:"“”]$/.test(before);
    const nextCapital = /^\p{Lu}/u.test(words[i + 1]?.[0] ?? '') && text.slice(m.index + word.length, words[i + 1]?.index).trim() === '';
    if (startsSentence && !nextCapital) return;
    for (const part of fold(word).replace(/['’]s$/, '').split(/[-'’]/)) {
      if (part.length >= 2 && !CAPITALISED_NOT_NAMES.has(part)) out.add(part);
    }
  });
  if (attribution) {
    for (const part of fold(attribution).split(/[^\p{L}]+/u)) {
      if (part.length >= 2 && !STOPWORDS.has(part) && !CAPITALISED_NOT_NAMES.has(part)) out.add(part);
    }
  }
  return out;
}

/** Tokens as the index's unicode61 tokenizer sees them: lower-case, no accents, split on anything else. */
export function indexTokens(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function claimFeatures(text: string, attribution?: string | null): ClaimFeatures {
  const tokens = new Set<string>();
  const words = new Set<string>();
  for (const t of indexTokens(text)) {
    if (t.length < 3 || STOPWORDS.has(t) || /^\d/.test(t)) continue;
    tokens.add(t);
    words.add(stem(t));
  }
  return { figures: figuresIn(text), actors: actorsIn(text, attribution), words, tokens };
}
