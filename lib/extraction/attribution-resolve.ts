// Which earlier source a pronoun or a bare role noun points back to: "he" and "the spokesman"
// to the last person, "it" and "the ministry" to the last organisation ("they" to either).
import type { Attribution } from './types';
import * as wordLists from './attribution-words';
// read once: tsx turns each use of an imported name into a getter call
const { isGerund, NOT_NAMES } = wordLists;

export type SourceKind = 'person' | 'org';

const TITLE = /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|maj|capt|sgt|prof|rev|mayor|senator|president|minister|governor|judge|sir|lady|lord|pope|king|queen|prince|princess|chancellor|secretary|ambassador|general)\.?\s/i;
const ORG_WORD = /\b(?:ministry|centre|center|agency|council|committee|department|office|party|campaign|company|inc|corp|bank|university|institute|commission|service|court|times|post|news|journal|group|association|union|coalition|foundation|bureau|administration|government|police|forces?|army|navy|command|communications|network|press|board|authority|organi[sz]ation|club|league|fund|senate|congress|parliament|assembly|federation|republic|kremlin|pentagon|white house|agencies|companies|report|study|survey|poll|statement)\b/i;
const PERSON_ROLE = /\b(?:spokes(?:man|woman|person)|official|minister|mayor|president|governor|senator|candidate|aide|general|judge|lawyer|attorney|chairman|chairwoman|director|executive|chief|leader|adviser|advisor|ombudsman|ombudswoman|prosecutor|commander|economist|analyst|expert)$/i;
const NAME = /^\p{Lu}[\p{Ll}'’.-]+$/u;
// Words that link a complement to its head: in "the Office for the Coordination of Humanitarian
// Affairs" the capitalised words after "of" are not a person's name.
const LINKS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'at', 'to', 'from', '&']);
const isNameWord = (w: string) => NAME.test(w) && !NOT_NAMES.has(w.toLowerCase()) && !ORG_WORD.test(w);

/** A person ("Viktor Gulevich", "Mayor Ihor Terekhov", "the spokeswoman") or an organisation ("TASS", "the ministry"). */
export function sourceKind(source: string): SourceKind | null {
  const words = source.split(/\s+/);
  const n = words.length;
  // a name closes the phrase: "NATO Secretary-General Jens Stoltenberg", "the city's mayor Ihor Polishchuk",
  // "Defense Ministry spokesman Igor Konashenkov" (the ministry is whose spokesman he is)
  if (n >= 2 && isNameWord(words[n - 1]!) && isNameWord(words[n - 2]!) && !ORG_WORD.test(words.slice(-2).join(' ')) && !LINKS.has(words[n - 3]?.toLowerCase() ?? '')) return 'person';
  if (TITLE.test(source) || PERSON_ROLE.test(source)) return 'person';
  if (ORG_WORD.test(source) || /^\p{Lu}{2,}$/u.test(source)) return 'org';
  // one capitalised word that is no name: "Establishing", "March", "Meanwhile"
  if (n === 1 && (NOT_NAMES.has(source.toLowerCase()) || isGerund(source))) return null;
  return n <= 4 && words.every((w) => NAME.test(w)) ? 'person' : null;
}

const PERSON_ANAPHOR = /^the (?:official|source|spokes(?:man|woman|person)|minister|mayor|president|governor|senator|candidate|aide|general|judge|lawyer|chairman|chairwoman|director|executive|chief|ombudsman|ombudswoman|prosecutor|commander)$/i;
const ORG_ANAPHOR = /^the (?:ministry|agency|center|centre|company|statement|report|group|department|office|council|campaign|firm|government|administration|committee|union|organi[sz]ation|bank|court|board|party|newspaper|paper|network|study)$/i;
const OWNER = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);

/** The kind a mention asks for, or null when it is not a pronoun or a role noun that points back. */
export function mentionKind(mention: string): SourceKind | 'any' | null {
  const lowered = mention.toLowerCase();
  const lower = OWNER.get(lowered) ?? lowered;
  if (lower === 'he' || lower === 'she' || PERSON_ANAPHOR.test(mention)) return 'person';
  if (lower === 'it' || ORG_ANAPHOR.test(mention)) return 'org';
  if (lower === 'they') return 'any';
  return null;
}

// Descriptions that say only that someone spoke ("the source", "the official"): without an
// earlier source that bears the same word, they point back no further than the sentence before.
const GENERIC = new Set(['source', 'official', 'spokesman', 'spokeswoman', 'spokesperson']);
const REACH = 12; // how many named sources a pronoun or a repeated role looks back over

interface Remembered { a: Attribution; kind: SourceKind | null; named: string; sentence: number }

const FEMALE = /(?:^|[^\p{L}])(?:mrs|ms|miss|madam|lady|queen|princess|duchess|dame|spokeswoman|chairwoman|congresswoman|businesswoman|ombudswoman|councilwoman|policewoman|stateswoman)(?![\p{L}])/u;
const MALE = /(?:^|[^\p{L}])(?:mr|sir|lord|king|prince|duke|spokesman|chairman|congressman|businessman|ombudsman|councilman|policeman|statesman)(?![\p{L}])/u;
const PRONOUN_GENDER: Record<string, 'm' | 'f'> = { he: 'm', his: 'm', him: 'm', she: 'f', her: 'f' };
/** The gender a source's title or role gives, if any: "Spokeswoman Ann Berg", "Mr. Reyes". */
function genderOf(named: string): 'm' | 'f' | null {
  return FEMALE.test(named) ? 'f' : MALE.test(named) ? 'm' : null;
}
/** Whether a lower-cased source span holds the word: "mayor" in "the city's mayor ihor polishchuk". */
function hasWord(named: string, word: string): boolean {
  for (let i = named.indexOf(word); i >= 0; i = named.indexOf(word, i + 1)) {
    if (!/\p{L}/u.test(named[i - 1] ?? ' ') && !/\p{L}/u.test(named[i + word.length] ?? ' ')) return true;
  }
  return false;
}

/** The named sources read so far, newest last, with their kinds. */
export class SourceMemory {
  private seen: Remembered[] = [];
  private byKind: Record<SourceKind, Attribution | null> = { person: null, org: null };

  /** `named` is the source's whole span ("the city's mayor Ihor Polishchuk"); `sentence` its sentence's index. */
  remember(a: Attribution, named: string, sentence: number): void {
    const kind = sourceKind(a.source);
    this.seen.push({ a, kind, named: named.toLowerCase(), sentence });
    if (this.seen.length > REACH) this.seen.shift();
    if (kind) this.byKind[kind] = a;
  }

  /**
   * The source a pronoun of this kind points back to: the last named person for "he", organisation
   * for "it"; "he" passes over a source named as a woman ("Chairwoman Ann Berg"), "she" over a man.
   */
  recall(kind: SourceKind | 'any', pronoun = ''): Attribution | null {
    const last = this.seen[this.seen.length - 1]?.a ?? null;
    if (kind === 'any') return this.byKind.org ?? last;
    const gender = PRONOUN_GENDER[pronoun.toLowerCase()];
    const other = gender === 'm' ? 'f' : gender === 'f' ? 'm' : null;
    if (other) {
      for (let k = this.seen.length - 1; k >= 0; k--) {
        const r = this.seen[k]!;
        if (r.kind === 'person' && genderOf(r.named) !== other) return r.a;
      }
    }
    return this.byKind[kind] ?? last;
  }

  /**
   * The source a definite description in sentence `sentence` points back to: "the mayor" to the last
   * source named as a mayor; "the source" or "the official" to a fitting source of the sentence just
   * before; else null, and the description is a source of its own.
   */
  recallDescription(mention: string, kind: SourceKind, sentence: number): Attribution | null {
    const head = mention.toLowerCase().split(/\s+/).pop()!;
    const forms = [head, head + 's', head.replace(/y$/, 'ies')];
    for (let k = this.seen.length - 1; k >= 0; k--) {
      const r = this.seen[k]!;
      if (forms.some((f) => hasWord(r.named, f)) && (r.kind === null || r.kind === kind || head === 'source')) return r.a;
    }
    if (!GENERIC.has(head) && kind === 'person') return null;
    for (let k = this.seen.length - 1; k >= 0 && this.seen[k]!.sentence === sentence - 1; k--) {
      const r = this.seen[k]!;
      if (head === 'source' || r.kind === kind) return r.a;
    }
    return null;
  }
}
