// Which earlier source a pronoun or a bare role noun points back to: "he" and "the spokesman"
// to the last person, "it" and "the ministry" to the last organisation ("they" to either).
import type { Attribution } from './types';

export type SourceKind = 'person' | 'org';

const TITLE = /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|maj|capt|sgt|prof|rev|mayor|senator|president|minister|governor|judge|sir|lady|lord|pope|king|queen|prince|princess|chancellor|secretary|ambassador|general)\.?\s/i;
const ORG_WORD = /\b(?:ministry|centre|center|agency|council|committee|department|office|party|campaign|company|inc|corp|bank|university|institute|commission|service|court|times|post|news|journal|group|association|union|coalition|foundation|bureau|administration|government|police|forces?|army|navy|command|communications|network|press|board|authority|organi[sz]ation|club|league|fund|senate|congress|parliament|assembly|federation|republic|kremlin|pentagon|white house|agencies|companies|report|study|survey|poll|statement)\b/i;
const PERSON_ROLE = /\b(?:spokes(?:man|woman|person)|official|minister|mayor|president|governor|senator|candidate|aide|general|judge|lawyer|attorney|chairman|chairwoman|director|executive|chief|leader|adviser|advisor|ombudsman|ombudswoman|prosecutor|commander|economist|analyst|expert)$/i;
const NAME = /^\p{Lu}[\p{Ll}'’.-]+$/u;

/** A person ("Viktor Gulevich", "Mayor Ihor Terekhov", "the spokeswoman") or an organisation ("TASS", "the ministry"). */
export function sourceKind(source: string): SourceKind | null {
  if (TITLE.test(source) || PERSON_ROLE.test(source)) return 'person';
  if (ORG_WORD.test(source) || /^\p{Lu}{2,}$/u.test(source)) return 'org';
  const words = source.split(/\s+/);
  return words.length <= 4 && words.every((w) => NAME.test(w)) ? 'person' : null;
}

const PERSON_ANAPHOR = /^the (?:official|source|spokes(?:man|woman|person)|minister|mayor|president|governor|senator|candidate|aide|general|judge|lawyer|chairman|chairwoman|director|executive|chief|ombudsman|ombudswoman|prosecutor|commander)$/i;
const ORG_ANAPHOR = /^the (?:ministry|agency|center|centre|company|statement|report|group|department|office|council|campaign|firm|government|administration|committee|union|organi[sz]ation|bank|court|board|party|newspaper|paper|network|study)$/i;
const OWNER: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/** The kind a mention asks for, or null when it is not a pronoun or a role noun that points back. */
export function mentionKind(mention: string): SourceKind | 'any' | null {
  const lower = OWNER[mention.toLowerCase()] ?? mention.toLowerCase();
  if (lower === 'he' || lower === 'she' || PERSON_ANAPHOR.test(mention)) return 'person';
  if (lower === 'it' || ORG_ANAPHOR.test(mention)) return 'org';
  if (lower === 'they') return 'any';
  return null;
}

/** The last named sources of each kind, updated as sentences are read. */
export class SourceMemory {
  private last: Attribution | null = null;
  private byKind: Record<SourceKind, Attribution | null> = { person: null, org: null };

  remember(a: Attribution): void {
    this.last = a;
    const kind = sourceKind(a.source);
    if (kind) this.byKind[kind] = a;
  }

  /** The source a mention of this kind points back to. */
  recall(kind: SourceKind | 'any'): Attribution | null {
    if (kind === 'any') return this.byKind.org ?? this.last;
    return this.byKind[kind] ?? this.last;
  }
}
