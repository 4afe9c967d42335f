// Re-anchoring: where each claim of the previous version stands in the new one. Pure: two
// bodies and the anchors in, one placement per anchor out. The rule throughout is that a
// verdict must never end up beside a sentence nobody checked, so whenever the evidence is
// not clear the answer is "removed — place by hand", never a guess.
import { relocate } from '@/lib/claims/anchor';
import { splitSentences } from '@/lib/extraction/sentences';
import { diffBodies, edgesKept, keptShare, keptWhole, mapEnd, mapStart, type BodyDiff } from './body-diff';
import { TextIndex } from './text-index';
import { contentWords, sameWords, similarity, wordsOf } from './words';

export interface CarriedAnchor {
  id: string;
  /** Offsets into the previous body, with the exact text and a little context either side. */
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  /**
   * `context` for a span that only locates something else (an attribution's name): it may
   * lie inside a claim's passage, so it takes no part in telling claims apart.
   */
  kind?: 'claim' | 'context';
}

export type PlacementOutcome = 'unchanged' | 'edited' | 'removed' | 'ambiguous';

/**
 * Why: `kept` (the diff left the passage as it was), `respaced` (same words, only spacing,
 * quote style or punctuation changed), `moved` (the exact text, found once, elsewhere),
 * `reworded` (the passage is there with some words changed), `gone` (no trace of it),
 * `weak` (what stands in its place is too different), `several` (its text is in more than
 * one place and its own place changed).
 */
export type PlacementReason = 'kept' | 'respaced' | 'moved' | 'reworded' | 'gone' | 'weak' | 'several';

export interface Placed {
  id: string;
  outcome: 'unchanged' | 'edited';
  reason: PlacementReason;
  start: number;
  end: number;
  quote: string;
}

export interface NotPlaced {
  id: string;
  outcome: 'removed' | 'ambiguous';
  reason: PlacementReason;
  start: null;
  end: null;
  quote: null;
}

export type Placement = Placed | NotPlaced;

export const isPlaced = (p: Placement): p is Placed => p.outcome === 'unchanged' || p.outcome === 'edited';

/**
 * An edited passage must keep at least half of its content words (as a multiset), and the
 * diff itself must have kept at least half of its characters in place: a sentence that only
 * shares vocabulary with the one that stood there is another statement.
 */
export const EDITED_MIN_SIMILARITY = 0.5;
export const EDITED_MIN_KEPT = 0.5;
/**
 * A short claim (a date, a figure with its noun, a name) has too few words for similarity to
 * mean much: it counts as edited when the text on both sides of it was kept word for word
 * (this much of it) and what now stands between is about as short.
 */
const SHORT_CLAIM_WORDS = 3;
const SHORT_CLAIM_EDGE = 12;
/** A unique quote shorter than this must also keep some of its context to count as moved. */
const SHORT_QUOTE_CHARS = 24;
const SHORT_QUOTE_CONTEXT = 8;


function trimmed(body: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s]!)) s++;
  while (e > s && /\s/.test(body[e - 1]!)) e--;
  return [s, e];
}

function contextKept(body: string, at: number, a: CarriedAnchor): number {
  const before = body.slice(Math.max(0, at - a.prefix.length), at);
  const after = body.slice(at + a.quote.length, at + a.quote.length + a.suffix.length);
  let n = 0;
  while (n < before.length && n < a.prefix.length && before[before.length - 1 - n] === a.prefix[a.prefix.length - 1 - n]) n++;
  let m = 0;
  while (m < after.length && m < a.suffix.length && after[m] === a.suffix[m]) m++;
  return n + m;
}

const gone = (id: string, outcome: 'removed' | 'ambiguous', reason: PlacementReason): Placement => ({
  id, outcome, reason, start: null, end: null, quote: null,
});

const PARAGRAPH_BREAK = /\n[ \t]*\n/;

interface Texts {
  oldBody: string;
  newBody: string;
  oldIndex: TextIndex;
  newIndex: TextIndex;
  diff: BodyDiff;
}

function placeOne({ oldBody, newBody, oldIndex, newIndex, diff }: Texts, given: CarriedAnchor): Placement {
  // Find the anchor in the previous body first; stored offsets that no longer hold their
  // text (they should) are recovered from the quote and its context, or the claim is gone.
  let anchor = given;
  if (oldBody.slice(given.start, given.end) !== given.quote) {
    const found = relocate(oldBody, { exact: given.quote, prefix: given.prefix, suffix: given.suffix, start: given.start, end: given.end });
    if (!found) return gone(given.id, 'removed', 'gone');
    anchor = { ...given, ...found };
  }
  const { id, start, end, quote } = anchor;
  // Occurrences of the quote elsewhere, counted alike in both texts: at token starts when the
  // quote itself begins at one (almost always), anywhere when it begins mid-word.
  const tokenStart = oldIndex.isTokenStart(start);
  const occurrences = (index: TextIndex, text: string, cap: number) => index.find(text, cap, tokenStart);

  if (keptWhole(diff.runs, start, end)) {
    const s = mapStart(diff.runs, start, newBody.length);
    // The diff pins the passage, but if its text now stands in more places than before and
    // the words around it changed, the diff may have kept the wrong copy: let the desk choose.
    // The common case (the text is there once) needs one look-up; only a second copy makes
    // the old text worth counting.
    // (Each count includes the passage's own place, found or not: a lost space before it must not hide it.)
    const copies = occurrences(newIndex, quote, 2).some((at) => at !== s);
    const count = (found: number[], own: number) => new Set([...found, own]).size;
    const crowded = copies && count(occurrences(newIndex, quote, 5), s) > count(occurrences(oldIndex, quote, 4), start);
    if (crowded && contextKept(newBody, s, anchor) * 2 < anchor.prefix.length + anchor.suffix.length) {
      return gone(id, 'ambiguous', 'several');
    }
    return { id, outcome: 'unchanged', reason: 'kept', start: s, end: s + quote.length, quote };
  }

  // Follow the passage through the diff: its edges land where the kept text around them
  // went, and changed words inside it are taken in.
  const [s, e] = trimmed(newBody, mapStart(diff.runs, start, newBody.length), mapEnd(diff.runs, end));
  const candidate = e > s ? newBody.slice(s, e) : '';
  const sameParagraph = !PARAGRAPH_BREAK.test(candidate) || PARAGRAPH_BREAK.test(quote);
  if (candidate && sameParagraph) {
    if (sameWords(quote, candidate)) return { id, outcome: 'unchanged', reason: 'respaced', start: s, end: e, quote: candidate };
    const short = contentWords(quote).length < SHORT_CLAIM_WORDS;
    const alike = short
      ? edgesKept(diff.runs, start, end, oldBody.length, SHORT_CLAIM_EDGE) && wordsOf(candidate).length <= 2 * wordsOf(quote).length + 2
      : similarity(quote, candidate) >= EDITED_MIN_SIMILARITY &&
        keptShare(diff.runs, oldBody, start, end) >= EDITED_MIN_KEPT &&
        // A passage that grew by a whole sentence has taken in a neighbour, not a clause.
        splitSentences(candidate).length <= splitSentences(quote).length;
    if (alike) {
      // If the old wording also stands, unchanged, somewhere else, the passage may have moved
      // and this is a rewrite left behind, or the other way round: the desk decides.
      const elsewhere = occurrences(newIndex, quote, 1).length > 0;
      if (elsewhere) return gone(id, 'ambiguous', 'several');
      return { id, outcome: 'edited', reason: 'reworded', start: s, end: e, quote: candidate };
    }
  }

  // The passage's own place changed beyond recognition: look for its exact text elsewhere
  // (a paragraph moved). Only a text that was unique before and is unique now is followed.
  const now = occurrences(newIndex, quote, 2);
  if (now.length === 0) return gone(id, 'removed', candidate && sameParagraph ? 'weak' : 'gone');
  if (now.length > 1 || occurrences(oldIndex, quote, 2).length > 1) return gone(id, 'ambiguous', 'several');
  const at = now[0]!;
  if (quote.length < SHORT_QUOTE_CHARS && contextKept(newBody, at, anchor) < SHORT_QUOTE_CONTEXT) {
    return gone(id, 'ambiguous', 'weak');
  }
  return { id, outcome: 'unchanged', reason: 'moved', start: at, end: at + quote.length, quote };
}

/**
 * Places every anchor of the previous body in the new body. The diff can be passed in when
 * several groups of anchors share the same pair of bodies.
 */
export function reanchor(oldBody: string, newBody: string, anchors: readonly CarriedAnchor[], diff: BodyDiff = diffBodies(oldBody, newBody)): Placement[] {
  const texts = { oldBody, newBody, oldIndex: new TextIndex(oldBody), newIndex: new TextIndex(newBody), diff };
  const placements = anchors.map((a) => placeOne(texts, a));
  return settleCollisions(anchors, placements);
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Two passages that were apart in the previous text cannot both have become the same one:
 * when an edited placement lands on text another claim now holds (and did not share
 * before), the edited one is the guess, and it is handed to the desk instead.
 */
function settleCollisions(anchors: readonly CarriedAnchor[], placements: Placement[]): Placement[] {
  const placed = placements
    .map((p, i) => ({ p, a: anchors[i]! }))
    .filter((x): x is { p: Placed; a: CarriedAnchor } => isPlaced(x.p) && x.a.kind !== 'context')
    .sort((x, y) => x.p.start - y.p.start);
  const doubtful = new Set<string>();
  for (let i = 0; i < placed.length; i++) {
    const x = placed[i]!;
    for (let j = i + 1; j < placed.length && placed[j]!.p.start < x.p.end; j++) {
      const y = placed[j]!;
      if (!overlap(x.p, y.p) || overlap(x.a, y.a)) continue;
      if (x.p.outcome === 'edited') doubtful.add(x.p.id);
      if (y.p.outcome === 'edited') doubtful.add(y.p.id);
    }
  }
  if (doubtful.size === 0) return placements;
  return placements.map((p) => (doubtful.has(p.id) ? gone(p.id, 'ambiguous', 'several') : p));
}
