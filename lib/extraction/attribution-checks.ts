// Checks a reporting clause before it names a source: precision first, since no source is better
// than a wrong one. Only people, organisations, documents and media speak; a cue must be a verb
// where it stands ("the attack", "the show", "the executive order" are nouns); a time phrase is
// no part of a source ("Comey in June" → "Comey").
import type { Candidate } from './attribution-clauses';
import { tagsIn, type TaggedWord } from './part-of-speech';
import type { Span } from './types';

// Heads that name no one who can speak: the economy, markets and their measures, weather and
// events, abstractions, and times. Read from the errors on PolNeAR train and on real copy.
const NOT_AGENTS = new Set([
  'economy', 'economies', 'nation', 'market', 'markets', 'stocks', 'stock', 'shares', 'bonds', 'prices', 'price', 'index',
  'dollar', 'euro', 'currency', 'growth', 'inflation', 'unemployment', 'rate', 'rates', 'sales', 'demand', 'supply',
  'weather', 'storm', 'storms', 'fire', 'fires', 'virus', 'pandemic', 'war', 'attack', 'attacks', 'formula', 'idea',
  'fact', 'truth', 'reality', 'history', 'narrative', 'situation', 'problem', 'question', 'answer', 'issue', 'everyone',
  'everybody', 'anyone', 'anybody', 'nobody', 'someone', 'somebody', 'something', 'nothing', 'everything', 'thing', 'things',
  'way', 'ways', 'reason', 'move', 'decision',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years',
  'decade', 'decades', 'hours', 'hour', 'minutes', 'time', 'times', 'moment', 'later', 'earlier', 'now', 'then',
]);
// "The Times", "the Financial Times": a capitalised "Times" is a newspaper, not a time.
const isNotAgent = (text: string, w: TaggedWord) => {
  const word = text.slice(w.start, w.end);
  return NOT_AGENTS.has(word.toLowerCase()) && !(word === 'Times' || word === 'Order');
};
const TIME_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|weekend|spring|summer|autumn|fall|winter|last|this|next|early|late|the|a|an)\.?$|^\d/i;
const SOURCE_HEADS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const CUE_TAGS = new Set(['VERB', 'AUX']);
const ALL_CAPS = /^[\p{Lu}\s.'’-]+$/u;
const NAME_LABEL = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}\.?)?(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** The candidate with its source trimmed of time phrases, or null when it cannot be a source. */
export function checkSource(text: string, c: Candidate, tagged: TaggedWord[]): Candidate | null {
  const cueText = text.slice(c.cue[0], c.cue[1]);
  // "PENCE: …", "Ann Berg: …": a speaker label is a name or a name in capitals, never "Question:"
  if (cueText === ':') {
    const label = text.slice(c.np[0], c.np[1]);
    return (ALL_CAPS.test(label) && label.replace(/\W/g, '').length > 1) || NAME_LABEL.test(label) ? c : null;
  }
  if (/^\p{L}+$/u.test(cueText)) {
    const cue = tagsIn(tagged, c.cue[0], c.cue[1]);
    if (cue.length === 1 && !CUE_TAGS.has(cue[0]!.pos)) return null;
  }
  if (c.antecedent) return c; // "…, who said": the relative pronoun's antecedent is checked by its own rule
  const words = tagsIn(tagged, c.np[0], c.np[1]);
  if (words.length === 0) return c;
  // "Comey in June", "the mayor on Friday": a preposition and then only time words end the source
  let last = words.length;
  for (let k = 1; k < words.length; k++) {
    if (words[k]!.pos !== 'ADP') continue;
    if (words.slice(k + 1).every((w) => TIME_WORD.test(text.slice(w.start, w.end)) || w.pos === 'NUM')) { last = k; break; }
  }
  const head = words[last - 1]!;
  if (!SOURCE_HEADS.has(head.pos) || isNotAgent(text, head)) return null;
  // "U.S." alone is a modifier read as a subject ("U.S. stocks"), not who spoke
  const np: Span = [c.np[0], head.end];
  if (/^(?:the\s)?U\.?S\.?$/i.test(text.slice(np[0], np[1]))) return null;
  const name = c.name && c.name[1] > np[1] ? undefined : c.name;
  return np[1] === c.np[1] ? c : { ...c, np, name };
}
