// Reads PolNeAR's brat annotation files (evaluation data only: see ../shared/README.md) and
// scores extraction against them at the level the desk sees, one claim at a time.
import type { Extraction, Span } from './types';

export interface GoldAttribution {
  /** Each role's fragments; a discontinuous span ("T7 Content 10 20;30 40") keeps each piece. */
  source: Span[];
  cue: Span[];
  content: Span[];
}

/** The attributions of one .ann file: each event line joined with the text-bound spans it names. */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, { role: string; frags: Span[] }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const m = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (m) {
      const frags = m[3]!.split(';').map((f) => f.trim().split(' ').map(Number) as Span);
      spans.set(m[1]!, { role: m[2]!, frags });
    } else if (/^E\d+\t/.test(line)) events.push(line.split('\t')[1] ?? '');
  }
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const a: GoldAttribution = { source: [], cue: [], content: [] };
    for (const arg of e.trim().split(/\s+/)) {
      const [role, id] = arg.split(':');
      const t = spans.get(id ?? '');
      if (!t) continue;
      if (role === 'Source') a.source.push(...t.frags);
      else if (role === 'Cue') a.cue.push(...t.frags);
      else if (role?.startsWith('Content')) a.content.push(...t.frags);
    }
    if (a.cue.length || a.content.length) out.push(a);
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Start offsets of the word tokens inside the spans. */
function tokens(text: string, spans: Span[]): Set<number> {
  const out = new Set<number>();
  for (const [a, b] of spans) for (const m of text.slice(a, b).matchAll(WORD)) out.add(a + m.index);
  return out;
}
const shareToken = (x: Set<number>, y: Set<number>) => { for (const t of x) if (y.has(t)) return true; return false; };
const words = (s: string) => (s.toLowerCase().match(WORD) ?? []).join(' ');

/** Whether the words `part` (space-joined) occur as whole words in `whole`. */
const within = (whole: string, part: string) => part !== '' && (' ' + whole + ' ').includes(' ' + part + ' ');

export interface ClaimSourceCounts {
  /** offered claims that name a source */
  withSource: number;
  /** of those, the source is the gold source of an attribution whose content overlaps the claim */
  right: number;
  /** the same, and every word of the named source lies inside that gold source ("Comey", not "Comey in June") */
  rightStrict: number;
  /** offered claims whose text overlaps some gold attribution's content that has a source */
  goldAttributed: number;
  /** of those, the claim names a right source */
  found: number;
}
export const emptyClaimSourceCounts = (): ClaimSourceCounts => ({ withSource: 0, right: 0, rightStrict: 0, goldAttributed: 0, found: 0 });

/**
 * Claim-level source scoring of one article. A claim's source is where it is named in the text
 * (its `sourceSpan`, or the pronoun or role noun of a carried source); a source carried with no
 * mention in the sentence (a quotation that runs on) is compared by its words.
 */
export function addClaimSources(into: ClaimSourceCounts, text: string, extraction: Extraction, gold: GoldAttribution[]): void {
  const sourced = gold.filter((g) => g.source.length > 0).map((g) => ({
    content: tokens(text, g.content), source: tokens(text, g.source), sourceWords: words(g.source.map(([a, b]) => text.slice(a, b)).join(' ')),
  }));
  for (const c of extraction.claims) {
    const claim = tokens(text, [[c.start, c.end]]);
    const candidates = sourced.filter((g) => shareToken(claim, g.content));
    if (candidates.length) into.goldAttributed++;
    const a = c.attribution;
    if (!a) continue;
    into.withSource++;
    const at = a.sourceSpan ?? a.mentionSpan ?? null;
    const named = at ? tokens(text, [at]) : null;
    const ownWords = words(a.source);
    let right = false, strict = false;
    // a carried source ("he", "I" in a quotation) is right when its mention is the gold source or
    // when the name it was carried back to is
    const carried = a.sourceSpan === null;
    for (const g of candidates) {
      const byWords = carried && ownWords !== '' && (within(g.sourceWords, ownWords) || within(ownWords, g.sourceWords));
      if ((named && shareToken(named, g.source)) || byWords) {
        right = true;
        if ((named && [...named].every((t) => g.source.has(t))) || (carried && within(g.sourceWords, ownWords))) strict = true;
      }
    }
    if (right) { into.right++; if (candidates.length) into.found++; }
    if (strict) into.rightStrict++;
  }
}
