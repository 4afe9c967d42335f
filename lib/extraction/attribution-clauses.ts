// Reporting clauses in one sentence: "X said", "said X", "according to X", "X reported, citing
// Y", "X quoted Y as saying", speaker labels and signed quotations, best first.
import type { Span } from './types';
import type { Token } from './attribution-phrases';
import * as wordLists from './attribution-words';
import * as rules from './attribution-rules';
import * as lexicon from './attribution-lexicon';
import * as phrases from './attribution-phrases';
import * as chars from './words';
import { sourceKind } from './attribution-resolve';
// read once: tsx turns each use of an imported name into a getter call
const { CUES, DETERMINERS, ING_CUES, INTENT_CUES, PROGRESSIVE, WEAK_CUES } = wordLists;
const { openingOutlet, opensObject, passiveAgent, possessorCue, recipientOutlet, relativeSource, strongSubject } = rules;
const { STANCE, STANCE_ING } = lexicon;
const { endsInPossessive } = chars;
const { isCap, isQuote, leftNP, quotedMask, rightApposition, rightNP, span, subjectNP, tokenize } = phrases;

const INVERTED = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'told', 'warned', 'continued', 'explained',
  'noted', 'argued', 'insisted', 'replied', 'recalled', 'conceded', 'acknowledged', 'declared', 'countered', 'responded',
  'stated', 'tweeted', 'announced', 'admitted', 'stressed', 'cautioned', 'wondered', 'complained', 'observed', 'predicted']);

const SELF = new Set(['i', 'you', 'we']);
const INTERROGATIVE_AUX = new Set(['do', 'does', 'did', "don't", 'don’t', "doesn't", 'doesn’t', "didn't", 'didn’t']);
const isQuestion = (tokens: Token[]) => {
  let k = tokens.length - 1;
  while (k > 0 && isQuote(tokens[k]!.text)) k--;
  return tokens[k]?.text === '?';
};
const HYPHENATED_MODIFIER = /^\p{Ll}+-\p{Ll}+$/u;

// Which of the cue lists a word is in, looked up once per word instead of once per list.
const IN_CUES = 1, IN_ING_CUES = 2, IN_STANCE_ING = 4, IN_INTENT_CUES = 8, IN_STANCE = 16, IN_WEAK_CUES = 32, IN_INVERTED = 64;
let listsOf: Map<string, number> | undefined;
function inLists(word: string): number {
  if (!listsOf) {
    const m = new Map<string, number>();
    const add = (words: Iterable<string>, flag: number) => { for (const w of words) m.set(w, (m.get(w) ?? 0) | flag); };
    add(CUES, IN_CUES); add(ING_CUES, IN_ING_CUES); add(STANCE_ING, IN_STANCE_ING); add(INTENT_CUES, IN_INTENT_CUES);
    add(STANCE, IN_STANCE); add(WEAK_CUES, IN_WEAK_CUES); add(INVERTED, IN_INVERTED);
    listsOf = m;
  }
  return listsOf.get(word) ?? 0;
}

const BOUND = new Set(['he', 'she', 'they', 'it']);

/**
 * "Wicker said he expects…", "About 4 in 10 say they want…", "the ministry announced it would…":
 * a pronoun that opens the complement of a reporting verb names that verb's own subject, and
 * what it "expects" is part of what the subject reports. The report is the outer verb's: its
 * source stands when found; when it is not, the pronoun is no source of its own either (carried
 * back to an earlier sentence it would pass over the subject of this one).
 * (A relative "that" after a noun is no complement: "a race that it says will reward him".)
 */
function dropBoundPronouns(tokens: Token[], found: Candidate[]): void {
  for (let k = found.length - 1; k >= 0; k--) {
    const c = found[k]!;
    const at = tokens.findIndex((t) => t.start === c.np[0]);
    if (at < 1 || tokens[at]!.end !== c.np[1] || !BOUND.has(tokens[at]!.lower)) continue;
    let g = at - 1;
    if (tokens[g]!.lower === 'that') g--;
    const governor = tokens[g];
    if (governor?.word && inLists(governor.lower) !== 0) found.splice(k, 1);
  }
}

export interface Candidate { np: Span; cue: Span; rank: number; via?: Span; name?: Span; antecedent?: Span }

/** Reporting clauses in one sentence, best first. `lower` is the article lower-cased (see tokenize). */
export function candidates(text: string, start: number, end: number, lower: string | null): Candidate[] {
  const tokens = tokenize(text, start, end, lower);
  const quoted = quotedMask(tokens);
  const hasQuote = tokens.some((t) => isQuote(t.text));
  const found: Candidate[] = [];
  let subject: { from: number; to: number } | null | false | undefined;
  // "PENCE: Well, look…" and "Pence: Flowers won't be at debate": a speaker label
  const first = isQuote(tokens[0]?.text ?? '') ? 1 : 0;
  const label = tokens.findIndex((t) => t.text === ':');
  if (label > first && label <= first + 3 && tokens.slice(first, label).every((t) => t.word && isCap(t))) {
    found.push({ np: span(tokens, first, label), cue: span(tokens, label, label + 1), rank: 2 });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // '…we are.” ― Sonya Herridge': a quotation signed with a dash
    if ((t.text === '―' || t.text === '—') && isQuote(tokens[i - 1]?.text ?? '') && tokens[i + 1] && isCap(tokens[i + 1]!)) {
      const np = rightNP(tokens, i + 1);
      if (np) found.push({ np: span(tokens, np.from, np.to), cue: span(tokens, i, i + 1), rank: 3 });
    }
    if (quoted[i] || !t.word) continue;
    const f = inLists(t.lower);
    const owned = possessorCue(tokens, i, quoted);
    if (owned) { found.push({ ...owned, rank: 7 }); continue; }
    // "the alleged attacks", "a report": after a determiner the word is a noun or adjective
    if (DETERMINERS.has(tokens[i - 1]?.lower ?? '') && t.lower !== 'according') continue;
    // "the candidate’s call came", "early-morning tweets": after a possessive or a hyphenated
    // modifier the word is a noun too
    const before = tokens[i - 1]?.lower ?? '';
    const possessive = endsInPossessive(before);
    if (possessive || (before.includes('-') && HYPHENATED_MODIFIER.test(before) && !quoted[i - 1])) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const np = rightNP(tokens, i + 2);
      if (np) found.push({ np: span(tokens, np.from, np.to), cue: span(tokens, i, i + 2), rank: i === 0 ? 1 : 5 });
      continue;
    }
    if (t.lower === 'citing' || (t.lower === 'quoted' && tokens.slice(i + 2, i + 16).some((x) => x.lower === 'saying'))) {
      const np = rightNP(tokens, i + 1);
      let j = tokens[i - 1]?.text === ',' ? i - 1 : i;
      if (CUES.has(tokens[j - 1]?.lower ?? '')) j--;
      const reporter = leftNP(tokens, j, quoted);
      // what is cited relays the words only when it is a person, an organisation or a document
      // ("citing regional agencies"); "…, it declined, citing legal risks" gives a reason, and the
      // one who cites it is the clause's subject, as for "…, arguing that"
      const cites = np && (t.lower === 'quoted' || sourceKind(tokens.slice(np.from, np.to).map((x) => x.text).join(' ')) !== null);
      if (np && cites) found.push({ np: span(tokens, np.from, np.to), cue: span(tokens, i, i + 1), rank: 0, via: reporter ? span(tokens, reporter.from, reporter.to) : undefined });
      else if (np && tokens[i - 1]?.text === ',') {
        subject ??= subjectNP(tokens, quoted) ?? false;
        if (subject && subject.to < i && !found.some((f) => f.cue[1] <= t.start)) found.push({ np: span(tokens, subject.from, subject.to), cue: span(tokens, i, i + 1), rank: 6 });
      }
      continue;
    }
    const ingStance = (f & IN_ING_CUES) === 0 && ((f & IN_STANCE_ING) !== 0) && PROGRESSIVE.has(tokens[i - 1]?.lower ?? '');
    if (((f & IN_ING_CUES) !== 0) || ingStance) {
      // "Republicans are slamming Kaine": the auxiliary sits between the source and the cue
      if (PROGRESSIVE.has(tokens[i - 1]?.lower ?? '')) {
        const np = leftNP(tokens, i - 1, quoted);
        if (np && !np.name && (!ingStance || strongSubject(tokens, np))) found.push({ np: span(tokens, np.from, np.to), cue: span(tokens, i - 1, i + 1), rank: 4 });
      } else if (tokens[i - 1]?.text === ',' && t.lower !== 'calling' || tokens[i - 1]?.text === ',' && tokens[i + 1]?.lower === 'for') {
        // "Trump has tried to use the ad, accusing her of…": the subject reports; after another
        // cue ("…, Ann Berg said on Monday, adding") the participle is that speaker's, already found
        subject ??= subjectNP(tokens, quoted) ?? false;
        if (subject && subject.to < i && !found.some((f) => f.cue[1] <= t.start)) found.push({ np: span(tokens, subject.from, subject.to), cue: span(tokens, i, i + 1), rank: 6 });
      }
      continue;
    }
    if (((f & IN_INTENT_CUES) !== 0) && tokens[i + 1]?.lower === 'to' && ((f & IN_CUES) === 0 || ((f & IN_WEAK_CUES) !== 0))) {
      const np = leftNP(tokens, i, quoted);
      if (np && (isCap(tokens[np.from]!) || DETERMINERS.has(tokens[np.from]!.lower))) found.push({ np: span(tokens, np.from, np.to), cue: span(tokens, i, i + 1), rank: 4 });
      continue;
    }
    const stanceOnly = (f & IN_CUES) === 0;
    if (stanceOnly && ((f & IN_STANCE) === 0 || isCap(t) || !(opensObject(tokens[i + 1]) || tokens[i + 1]?.lower === 'by'))) continue;
    const prev = tokens[i - 1];
    const passive = passiveAgent(tokens, i, (from) => rightNP(tokens, from));
    if (passive) { found.push({ ...passive, rank: 4 }); continue; }
    const np = leftNP(tokens, i, quoted);
    // "a Donald Trump tweet", "an Ann Berg statement": after "a" and a name the word is a noun
    if (np && (tokens[np.from]!.lower === 'a' || tokens[np.from]!.lower === 'an') && np.to - np.from >= 2 && tokens.slice(np.from + 1, np.to).every((x) => x.word && isCap(x))) continue;
    // "do you really think that…?": a question asks for a stance, it reports none
    if (np && INTERROGATIVE_AUX.has(tokens[np.from - 1]?.lower ?? '') && isQuestion(tokens)) continue;
    if (np) {
      // a stance verb ("rejected", "endorses") reports only for a name, a pronoun or a role noun
      const strong = strongSubject(tokens, np);
      // "Clinton says she opposes the deal": a stance inside what someone else reports is theirs to report
      const nested = stanceOnly && (found.some((f) => f.cue[1] <= tokens[np.from]!.start) || SELF.has(tokens[np.from]!.lower));
      const weak = nested || stanceOnly ? nested || !strong : ((f & IN_WEAK_CUES) !== 0) && !strong && !hasQuote && tokens[i + 1]?.lower !== 'that' && tokens[np.from - 1]?.text !== ',';
      if (!weak) {
        const atStart = np.from === 0 || (tokens[np.from - 1]!.text === ',' && !tokens.slice(0, np.from).some((x) => isQuote(x.text)) && np.from < 12);
        const name = np.name ? span(tokens, np.name[0], np.name[1]) : undefined;
        const c: Candidate = { np: span(tokens, np.from, np.to), cue: span(tokens, i, i + 1), rank: atStart ? 2 : np.bounded ? 3 : 4, name };
        // "the source told TASS": the outlet spoken to relays the source
        const outlet = recipientOutlet(tokens, i);
        if (outlet) c.via = outlet;
        found.push(c);
        continue;
      }
    }
    const relative = np ? null : relativeSource(tokens, i, quoted);
    if (relative) { found.push({ ...relative, rank: 4 }); continue; }
    // inverted: '…," said Mayor Ihor Terekhov.'
    if (prev && (prev.text === ',' || isQuote(prev.text)) && ((f & IN_INVERTED) !== 0)) {
      const right = rightNP(tokens, i + 1);
      if (right && (isCap(tokens[right.from]!) || DETERMINERS.has(tokens[right.from]!.lower))) {
        // '…," said Alan Cole, an economist at the institute.': the apposition describes the source
        const to = rightApposition(tokens, right.to, quoted);
        const name = to > right.to ? span(tokens, right.from, right.to) : undefined;
        found.push({ np: span(tokens, right.from, to), cue: span(tokens, i, i + 1), rank: 3, name });
      }
    }
  }
  dropBoundPronouns(tokens, found);
  found.sort((a, b) => a.rank - b.rank || a.np[0] - b.np[0]);
  // "Konashenkov said, according to TASS": the outlet relays, the speaker stays the source
  const relay = found.find((c) => c.rank === 5);
  if (found[0] && relay && found[0] !== relay && !found[0].via) found[0].via = relay.np;
  // "Speaking to Reuters on the sidelines of a forum, he called…": the outlet the source spoke to
  if (found[0] && !found[0].via) {
    const outlet = openingOutlet(tokens);
    if (outlet) found[0].via = outlet;
  }
  return found;
}

