// Reporting clauses whose source is not a plain noun phrase before the cue: relative pronouns
// ("…, who said"), passives with an agent ("was criticised by X") and nominal cues with a
// possessor ("X's statement", "his remarks").
import type { Span } from './types';
import * as wordLists from './attribution-words';
import * as lexicon from './attribution-lexicon';

const GLUE = new Set(['of', 'the', 'and', 'for']);
import type { LeftNP, Token } from './attribution-phrases';
import * as phrases from './attribution-phrases';
// read once: tsx turns each use of an imported name into a getter call
const { ADVERBIALS, COLLECTIVE, DETERMINERS, PRONOUNS } = wordLists;
const { ROLE_NOUNS } = lexicon;
const { isAdverb, isCap, span } = phrases;

export interface RuleHit { np: Span; cue: Span; antecedent?: Span }

const RELATIVE = new Set(['who', 'which']);

/** "Ann Berg, who said", "listeners who said", "many of whom say": the relative pronoun stands for the source. */
export function relativeSource(tokens: Token[], i: number, quoted: boolean[]): RuleHit | null {
  let r = i - 1;
  while (r > 0 && (ADVERBIALS.has(tokens[r]!.lower) || isAdverb(tokens[r]!))) r--;
  const t = tokens[r];
  if (!t || quoted[r]) return null;
  let from = r;
  if (t.lower === 'whom' && tokens[r - 1]?.lower === 'of' && tokens[r - 2]?.word) from = r - 2;
  else if (!RELATIVE.has(t.lower)) return null;
  const antecedent = antecedentBefore(tokens, tokens[from - 1]?.text === ',' ? from - 1 : from);
  return { np: span(tokens, from, r + 1), cue: span(tokens, i, i + 1), antecedent };
}

/** What a relative pronoun at token k stands for: the capitalised name just before it ("Ann Berg"), else the noun before it. */
function antecedentBefore(tokens: Token[], k: number): Span | undefined {
  let from = k;
  while (from > 0 && k - from < 6) {
    const t = tokens[from - 1]!;
    if (t.word && isCap(t)) from--;
    else if (from < k && GLUE.has(t.lower) && tokens[from - 2] && isCap(tokens[from - 2]!)) from--;
    else break;
  }
  if (from < k) return span(tokens, from, k);
  const head = tokens[k - 1];
  if (!head?.word) return undefined;
  return DETERMINERS.has(tokens[k - 2]?.lower ?? '') ? span(tokens, k - 2, k) : span(tokens, k - 1, k);
}

/** A subject that can hold a stance: a name, a pronoun, or a role noun ("critics", "the company"). */
export function strongSubject(tokens: Token[], np: LeftNP): boolean {
  const head = tokens[np.to - 1]!;
  if (np.to - np.from === 1 && PRONOUNS.has(head.lower)) return true;
  if (ROLE_NOUNS.has(head.lower) || COLLECTIVE.has(head.lower)) return true;
  for (let k = np.from; k < np.to; k++) {
    const t = tokens[k]!;
    if (t.word && isCap(t) && !(k === 0 && DETERMINERS.has(t.lower))) return true;
  }
  return false;
}

const OBJECT_STARTS = new Set(['that', 'to', 'for', 'on', 'of', 'about', 'as', 'with', 'against', 'him', 'her', 'them', 'us',
  'me', 'what', 'how', 'why', 'whether', 'if', 'no', 'any', 'all', 'each', 'every', 'such', 'plans', 'calls', ',', ':', '"', '“']);

/** Whether the word after a stance verb can begin its object: "rejected the offer", "admires Putin",
 * "hopes that"; not "worries have", "plan is" (there the word is a noun). */
export function opensObject(next: Token | undefined): boolean {
  if (!next) return false;
  return OBJECT_STARTS.has(next.lower) || DETERMINERS.has(next.lower) || PRONOUNS.has(next.lower) || isCap(next) || /^[\d$€£]/.test(next.text);
}

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** "was criticised by the union", "has been endorsed by Ann Berg": a stance verb in the passive names its source after "by". */
export function passiveAgent(tokens: Token[], i: number, agent: (from: number) => { from: number; to: number } | null): RuleHit | null {
  if (!BE.has(tokens[i - 1]?.lower ?? '') || tokens[i + 1]?.lower !== 'by') return null;
  const np = agent(i + 2);
  if (!np || !(isCap(tokens[np.from]!) || DETERMINERS.has(tokens[np.from]!.lower))) return null;
  return { np: span(tokens, np.from, np.to), cue: span(tokens, i - 1, i + 1) };
}

// Nouns that carry what someone said: "Ann Berg's statement", "his remarks", "the mayor's claim".
const NOUN_CUES = new Set(['statement', 'statements', 'remarks', 'comments', 'testimony', 'assertion', 'assertions',
  'announcement', 'claim', 'claims', 'warning', 'warnings', 'accusation', 'accusations', 'allegation', 'allegations',
  'denial', 'admission', 'prediction', 'tweet', 'tweets', 'endorsement', 'criticism', 'insistence', 'suggestion']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its']);

/** "Ann Berg's statement that…", "his claim that…": the possessor is the source of the noun cue. */
export function possessorCue(tokens: Token[], i: number, quoted: boolean[]): RuleHit | null {
  const t = tokens[i]!;
  // only with its content: "his claim that…", "her statement: “…”", not "noted his comments"
  const next = tokens[i + 1]?.text ?? '';
  if (!NOUN_CUES.has(t.lower) || quoted[i] || !(next === 'that' || next === ':' || next === '“' || next === '"')) return null;
  let k = i - 1;
  if (tokens[k] && !isCap(tokens[k]!) && !POSSESSIVE.has(tokens[k]!.lower) && !/['’]s?$/.test(tokens[k]!.text)) k--; // one adjective: "his latest remarks"
  const p = tokens[k];
  if (!p || quoted[k]) return null;
  if (POSSESSIVE.has(p.lower)) return { np: span(tokens, k, k + 1), cue: span(tokens, i, i + 1) };
  if (!/['’]s?$/.test(p.text) || p.text.length < 3) return null;
  let from = k;
  while (from > 0 && k - from < 5 && tokens[from - 1]!.word && (isCap(tokens[from - 1]!) || (DETERMINERS.has(tokens[from - 1]!.lower) && from - 1 === k - 1))) from--;
  if (!isCap(tokens[from]!) && !(DETERMINERS.has(tokens[from]!.lower) && ROLE_NOUNS.has(p.lower.replace(/['’]s?$/, '')))) return null;
  return { np: span(tokens, from, k + 1), cue: span(tokens, i, i + 1) };
}

// News outlets a source speaks to: "told AFP", "told the Financial Times", "speaking to Reuters".
const OUTLET_WORD = /^(?:news|times|post|journal|radio|television|tv|agency|press|telegraph|guardian|tribune|herald|gazette|channel|broadcaster|broadcasting|newspaper|magazine|daily|wire|reuters|afp|ap|tass|ria|interfax|xinhua|bloomberg|bbc|cnn|npr|cbs|nbc|abc|msnbc|politico|axios|ukrinform|novosti|kommersant|izvestia|anadolu|yonhap|kyodo|efe|ansa|dpa)$/i;
const OUTLET_LEAD = new Set(['the', 'state', 'local', 'public', 'news', 'agency', 'television', 'radio', 'broadcaster', 'newspaper', 'channel', 'daily']);
const RECIPIENT_CUES = new Set(['told', 'tell', 'tells']);

/** The news outlet named from token k ("AFP", "the BBC", "state news agency RIA Novosti"), or null. */
export function outletAt(tokens: Token[], k: number): Span | null {
  let to = k;
  while (to < tokens.length && to - k < 7 && tokens[to]!.word && (isCap(tokens[to]!) || OUTLET_LEAD.has(tokens[to]!.lower))) to++;
  while (to > k && !isCap(tokens[to - 1]!) && !OUTLET_WORD.test(tokens[to - 1]!.lower)) to--;
  if (to === k || !tokens.slice(k, to).some((t) => OUTLET_WORD.test(t.lower))) return null;
  return span(tokens, k, to);
}

/** The outlet a reporting cue names as its recipient: "the source told AFP" → AFP; not "told reporters". */
export function recipientOutlet(tokens: Token[], i: number): Span | null {
  return RECIPIENT_CUES.has(tokens[i]!.lower) ? outletAt(tokens, i + 1) : null;
}

/** "Speaking to Reuters, he said…", "In an interview with the BBC, she said…": the outlet of an opening phrase. */
export function openingOutlet(tokens: Token[]): Span | null {
  const w = tokens.slice(0, 4).map((t) => t.lower);
  if ((w[0] === 'speaking' || w[0] === 'talking') && (w[1] === 'to' || w[1] === 'with')) return outletAt(tokens, 2);
  if (w[0] === 'in' && (w[1] === 'an' || w[1] === 'a') && w[2] === 'interview' && w[3] === 'with') return outletAt(tokens, 4);
  return null;
}
