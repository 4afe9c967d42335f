// Checks a reporting clause before it names a source: precision first, since no source is better
// than a wrong one. Only people, organisations, documents and media speak; a cue must be a verb
// where it stands ("the attack", "the show", "the executive order" are nouns); a time phrase is
// no part of a source ("Comey in June" → "Comey").
import type { Candidate } from './attribution-clauses';
import { sourceKind } from './attribution-resolve';
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
// A source's head is never a function word; the tagger's ADJ or VERB on a head is mostly a name
// it does not know ("Trump", "Pence"), so those stand.
const NOT_HEADS = new Set(['ADV', 'ADP', 'SCONJ', 'CCONJ', 'PART', 'DET', 'PUNCT', 'AUX', 'INTJ']);
const NAMED_TIME = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|weekend|spring|summer|autumn|fall|winter)\.?$/i;
const CUE_TAGS = new Set(['VERB', 'AUX']);
// Verbs that report only with what was said after them: "added that…", not "added to her lead"
// or "added 200,000 jobs"; "claimed that…", not "claimed a victory"; "called Ann a liar", not
// "a program called Sandy Hook Promise"; manner of speaking ("spoke to voters") says nothing.
const ADD = new Set(['add', 'adds', 'added', 'adding']);
const AFTER_ADD = /^(?:[,.:;!?“"”—–-]|that\b|on\b|in a\b|$)/;
const SPEAK = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking', 'talk', 'talks', 'talked', 'talking']);
const PRIZES = /^(?:(?:a|an|the|his|her|their|its)\s+)?(?:\S+\s+){0,2}(?:victory|victories|win|wins|title|seat|lead|prize|crown|nomination|delegates|votes|majority|gold|medal)\b/i;
const CLAIM = new Set(['claim', 'claims', 'claimed', 'claiming', 'post', 'posts', 'posted', 'posting']);
// "The poll found that…", "the survey found 40% …" report a finding; "found himself in trouble",
// "found a receptive audience", "found ways to…", "can find solace" are deeds or chances.
const FIND = new Set(['find', 'finds', 'found', 'finding']);
const FOUND_THING = /^(?:himself|herself|themselves|itself|ourselves|myself|yourself|yourselves|a|an|ways?|someone|somebody|anyone|anybody|nobody|nothing|it|them|him|her)\b/i;
const MODAL = /(?:^|\s)(?:can|could|will|would|may|might|must|should|couldn[’']t|can[’']t|won[’']t|wouldn[’']t|cannot|to)\s+(?:(?:not|never|also|still|\p{L}+ly)\s+)?$/iu;
// "maintained that…" reports; "maintained a 10-point lead", "maintained an energetic pace" do not
const MAINTAIN = new Set(['maintain', 'maintains', 'maintained', 'maintaining']);
const AFTER_STATEMENT = /^(?:[,.:;!?“"”—–-]|that\b|$)/;
// "responded by easing sanctions", "responded enthusiastically by sending aid": what was done in
// answer is a deed (the -ing word after "by" is no cue: "responded by calling him a liar" reports)
const RESPOND = new Set(['respond', 'responds', 'responded', 'responding']);
const BY_DEED = /^(?:\p{L}+ly\s+)?(?:by\s+(?!(?:calling|saying|telling|writing|tweeting|noting|arguing|accusing|issuing|posting|releasing|asking|insisting|pointing|suggesting|stating|claiming|charging|blasting|slamming)\b)\p{L}+ing\b|as if\b)/iu;
// "campaigned for the plan", "campaigned against the tax" take a side; "campaigned with Ann Berg",
// "campaigned on Friday in Iowa", "campaigned on his wife's behalf" are a candidate's travels
const CAMPAIGN = new Set(['campaign', 'campaigns', 'campaigned', 'campaigning']);
const CAMPAIGN_STANCE = /^(?:for|against|on)\s+(?!(?:(?:his|her|their|its)\s+(?:\S+\s+)?behalf|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the trail|the stump)\b)/i;

/** Whether the cue, read with the words after it, is something other than a report. */
function notAReport(text: string, c: Candidate, cueWord: string): boolean {
  const after = text.slice(c.cue[1], c.cue[1] + 60).trimStart();
  if (ADD.has(cueWord)) return c.np[0] > c.cue[0] ? false : !AFTER_ADD.test(after); // '…," added Ann Berg.' reports
  if (SPEAK.has(cueWord)) return true;
  if (CLAIM.has(cueWord)) return PRIZES.test(after) || /^(?:a|an)\s/i.test(after) && cueWord.startsWith('post');
  if (FIND.has(cueWord)) return FOUND_THING.test(after) || MODAL.test(text.slice(Math.max(0, c.cue[0] - 30), c.cue[0]));
  if (MAINTAIN.has(cueWord)) return c.np[0] > c.cue[0] ? false : !AFTER_STATEMENT.test(after);
  if (RESPOND.has(cueWord)) return BY_DEED.test(after);
  if (CAMPAIGN.has(cueWord)) return !CAMPAIGN_STANCE.test(after);
  if (cueWord === 'known' || cueWord === 'show' || cueWord === 'showed' || cueWord === 'shows') return /^(?:as|up)\b/i.test(after);
  // "fell 34% compared with a year earlier", "this compares with 12%": measuring, not speaking
  // (a person who compares names what they compare: "Berg compared the plan to a tax")
  if (/^compar(?:e|es|ed|ing)$/.test(cueWord)) return /^(?:with|to)\b/i.test(after);
  if (cueWord === 'called' || cueWord === 'calls' || cueWord === 'call') {
    // "a program called Sandy Hook Promise": naming, after a common noun
    const before = text.slice(Math.max(0, c.cue[0] - 30), c.cue[0]).trimEnd().split(/\s+/).pop() ?? '';
    return /^[\p{Lu}“"]/u.test(after) && /^\p{Ll}+$/u.test(before);
  }
  return false;
}

const KICKERS = new Set(['byline', 'breaking', 'update', 'updated', 'updates', 'exclusive', 'watch', 'boom', 'busted', 'wow', 'leaked',
  'revealed', 'exposed', 'confirmed', 'developing', 'alert', 'analysis', 'opinion', 'editorial', 'correction', 'video', 'photos',
  'live', 'fix', 'just', 'latest', 'listen', 'read', 'shock', 'shocking', 'report', 'poll', 'question', 'answer', 'note']);
const OPENS_CLAUSE = new Set(['that', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'it', 'he', 'she', 'they', 'we', 'i']);
const ALL_CAPS = /^[\p{Lu}\s.'’-]+$/u;
const NAME_LABEL = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}\.?)?(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** The candidate with its source trimmed of time phrases, or null when it cannot be a source. */
export function checkSource(text: string, c: Candidate, tagged: TaggedWord[]): Candidate | null {
  const cueText = text.slice(c.cue[0], c.cue[1]);
  // "PENCE: …", "Ann Berg: …": a speaker label is a name or a name in capitals, never "Question:"
  if (cueText === ':') {
    const label = text.slice(c.np[0], c.np[1]);
    // "BREAKING: …", "BYLINE: Ann Berg", "Just Leaked: …": a headline kicker or page label names no
    // speaker (a kicker opens the label: "Maria Live:" is still a name); nor does a tally ("Ann Berg: 1,501.")
    if (KICKERS.has(label.toLowerCase().split(/\s+/)[0]!)) return null;
    if (/^\s*[\d.,%$]+\s*[.!]?\s*$/.test(text.slice(c.cue[1], c.cue[1] + 40).split('\n')[0]!)) return null;
    // (not a title: "The Latest: …", "Breitbart News Daily: …")
    return (ALL_CAPS.test(label) && label.replace(/\W/g, '').length > 1) || (NAME_LABEL.test(label) && sourceKind(label) === 'person' && !/^the\s/i.test(label)) ? c : null;
  }
  const cueWords = cueText.toLowerCase().split(/\s+/);
  if (notAReport(text, c, cueWords[cueWords.length - 1]!)) return null;
  // The tagger misreads the -s form after a noun ("the woman disputes", "the authority plans"),
  // "to" after the cue makes it a verb, and a noun cue with a possessor is a noun by design
  // ("Ann Berg's claim that"): the tag is asked only where it can be trusted.
  const nextWord = /^\s*(\p{L}+)/u.exec(text.slice(c.cue[1], c.cue[1] + 20))?.[1]?.toLowerCase();
  const trustedS = /s$/i.test(cueText) && OPENS_CLAUSE.has(nextWord ?? '');
  if (/^\p{L}+$/u.test(cueText) && !trustedS && nextWord !== 'to' && c.rank !== 7) {
    const cue = tagsIn(tagged, c.cue[0], c.cue[1]);
    if (cue.length === 1 && !CUE_TAGS.has(cue[0]!.pos)) return null;
  }
  // "Ann Berg, a founder of the group, which ran the poll, said Mr. Reyes had won": a noun phrase
  // after the cue that a verb follows is the subject of what was said, not an inverted source
  // ('…," said Ann Berg.', '…," said Ann Berg on Monday')
  if (c.np[0] > c.cue[0]) {
    const next = tagged.find((t) => t.start >= c.np[1]);
    if (next && (next.pos === 'VERB' || next.pos === 'AUX') && /^\s*\p{L}/u.test(text.slice(c.np[1], next.end))) return null;
  }
  // "…, who said": the antecedent must be someone, not "the nearly 120,000 who showed up"
  if (c.antecedent) return /\p{L}/u.test(text.slice(c.antecedent[0], c.antecedent[1])) ? c : null;
  const words = tagsIn(tagged, c.np[0], c.np[1]);
  if (words.length === 0) return c;
  // "The more Democrats learn…, the more…" compares; it names no one
  if (/^the (?:more|less|fewer)\b/i.test(text.slice(c.np[0], c.np[1]))) return null;
  // "Comey in June", "the mayor on Friday": a preposition and then only time words end the source
  let cut = words.length;
  for (let k = 1; k < words.length; k++) {
    if (words[k]!.pos !== 'ADP') continue;
    const rest = words.slice(k + 1).map((w) => text.slice(w.start, w.end));
    if (rest.every((w) => TIME_WORD.test(w)) && rest.some((w) => NAMED_TIME.test(w))) { cut = k; break; }
  }
  let last = cut;
  // "Sen. Bob Corker (R-Tenn.)": a party and state label closes the name; the name holds the head
  const label = /\s\([^()]{1,24}\)$/.exec(text.slice(c.np[0], c.np[1]));
  if (label && cut === words.length) {
    const open = c.np[0] + label.index;
    while (last > 1 && words[last - 1]!.start > open) last--;
  }
  // "Ann Berg’s claim": the possessive mark is no head
  while (last > 1 && /^['’]s?$/.test(text.slice(words[last - 1]!.start, words[last - 1]!.end))) last--;
  const head = words[last - 1]!;
  // "the 46-year-old": an age stands for the person
  const age = head.pos === 'ADJ' && /-old$/i.test(text.slice(head.start, head.end));
  if ((NOT_HEADS.has(head.pos) && !age) || isNotAgent(text, head)) return null;
  // "U.S." alone is a modifier read as a subject ("U.S. stocks"), not who spoke
  const np: Span = cut < words.length ? [c.np[0], words[cut - 1]!.end] : c.np;
  if (/^(?:the\s)?U\.?S\.?$/i.test(text.slice(np[0], np[1]))) return null;
  const name = c.name && c.name[1] > np[1] ? undefined : c.name;
  return np[1] === c.np[1] ? c : { ...c, np, name };
}
