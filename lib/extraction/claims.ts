// Which sentences are offered to the desk as claims, and what kind each is.
import { assessCheckworthiness, CHECKWORTHY_THRESHOLD } from './checkworthiness';
import type { CheckworthinessFeatures } from './checkworthiness-features';
import { lowerPerChar } from './words';
import type { Attribution, Block, BlockKind, ClaimKind, ExtractedClaim, Sentence, Span } from './types';
import type { ScoreReason } from './score-reasons';

const CLAIM_BLOCKS = new Set<BlockKind>(['headline', 'dek', 'paragraph', 'caption']);
const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|half|twice)\b/i;
const STATISTIC = /\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion|thousand)|[$€£]\s?\d|\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b(?!\s*(?:GMT|a\.m\.|p\.m\.))/i;
const FORECAST = /\b(?:will|would|could|might|may|plans? to|planned to|intends? to|expected to|forecasts?|predicts?|likely to|going to|aims? to|set to)\b/i;
const EVENT = /\b(?:\w+ed|killed|hit|fled|took|began|made|won|lost|met|sent|shot|struck|left|came|went|held|told|said)\b/;

export function claimKind(sentence: string): ClaimKind {
  const years = sentence.replace(/\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/g, '');
  if (STATISTIC.test(years)) return 'statistic';
  if (/[“"][^”"]{20,}[”"]/.test(sentence) || /^[“"]/.test(sentence)) return 'quote';
  if (FORECAST.test(sentence)) return 'forecast';
  if (EVENT.test(sentence)) return 'event';
  return 'other';
}

const DAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|january|february|march|april|june|july|august|september|october|november|december|(?:last|next|this) (?:week|month|year|spring|summer|autumn|fall|winter))\b/i;

/**
 * An attributed sentence a desk can check: it gives a figure, a day or date, or names an actor
 * (a capitalised word after the first, outside the source's own words) — "Ministers will meet
 * union leaders on Friday, a government spokesperson said."
 */
function checkable(text: string, start: number, end: number, attribution: Attribution): boolean {
  const sentence = text.slice(start, end);
  if (FIGURE.test(sentence) || DAY.test(sentence)) return true;
  const skip = attribution.sourceSpan ?? attribution.mentionSpan;
  let atStart = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) { atStart = false; continue; }
    const wordStart = i === start || text.charCodeAt(i - 1) === 32;
    if (!wordStart || atStart || (skip && i >= skip[0] && i < skip[1])) continue;
    if (c >= 65 && c <= 90 && text.charCodeAt(i + 1) >= 97 && !(c === 73 && text.charCodeAt(i + 1) === 32)) return true;
  }
  return false;
}

// A comparison that can be measured: "more than", "higher than", "twice as many", a change.
const COMPARISON = /\b(?:more|less|fewer|[a-z]{2,}er) than\b|\b(?:twice|three times|half) as\b|\b(?:rose|risen|fell|fallen|grew|grown|dropped|doubled|tripled|halved|increased|decreased|declined|jumped|surged|soared|plunged|slumped)\b/i;

/**
 * A sentence a desk checks whoever says it: a figure, a comparison or superlative, a dated event
 * or a cause ("Layoffs are at a four-decade low", "Climate change is to blame too, scientists
 * think"). Not a question, and not the newsroom talking about its reporting.
 */
export function checkableStatement(f: CheckworthinessFeatures, sentence: string): boolean {
  if (f.question || f.boilerplate || f.credit || f.caption) return false;
  return f.figures > 0 || f.percent > 0 || f.money > 0 || f.record > 0 || f.cause > 0
    || (f.dates > 0 && f.done + f.toll + f.action > 0) || COMPARISON.test(sentence);
}

const SPACE = /\s/;
function atLeastThreeWords(text: string, start: number, end: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end && words < 3; i++) {
    const c = text[i]!;
    const space = c === ' ' || c === '\n' || ((c < ' ' || c > '~') && SPACE.test(c));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words >= 3;
}

/** The claim's own words: a list bullet or dash in front is not part of what was said. */
export function claimSpan(text: string, s: { start: number; end: number }): Span {
  let a = s.start;
  while (a < s.end && /[\s•⁃‣◦▪●·–—-]/.test(text[a]!)) a++;
  return [a, s.end];
}

/** The model's reasons, with the source named when the sentence has one ("a figure, a named source, a date"). */
function withSource(reasons: string[], attribution: Attribution | null): string[] {
  if (!attribution || reasons.length === 0) return reasons;
  const rest = reasons.filter((r) => r !== 'reported speech');
  const named: ScoreReason = 'a named source';
  return [...rest.slice(0, 1), named, ...rest.slice(1)].slice(0, 3);
}

/**
 * A sentence in a headline, dek, paragraph or caption becomes a claim when the model scores it
 * at or above the threshold, when it makes a checkable statement (see checkableStatement), or when it says who said it and gives a figure, a day or an actor
 * (attributed, concrete statements are what a desk checks first even when phrased flatly) and is
 * not about the reporting itself ("the Kremlin did not respond to a request for comment"). A
 * caption is offered once, whatever its score: names, places and dates in captions are checked
 * too. Repeats (headline and dek restating the body, a caption pasted twice) are not offered;
 * their spans ride on the claim they repeat, and a body sentence that a headline restates is
 * offered even if it scores low.
 */
export function selectClaims(
  text: string, blocks: Block[], sentences: Sentence[], attributions: (Attribution | null)[], repeats: Map<number, number>, lower = lowerPerChar(text),
  /** Sentences to consider (all when absent): extract()'s `skip` leaves the others out. */
  wanted?: (i: number) => boolean,
): ExtractedClaim[] {
  const repeatedBy = new Map<number, Span[]>();
  for (const [dup, target] of repeats) {
    const list = repeatedBy.get(target) ?? [];
    list.push(claimSpan(text, sentences[dup]!));
    repeatedBy.set(target, list);
  }
  const claims: ExtractedClaim[] = [];
  sentences.forEach((s, i) => {
    const block = blocks[s.block]!;
    if (!CLAIM_BLOCKS.has(block.kind) || repeats.has(i) || (wanted && !wanted(i))) return;
    const [start, end] = claimSpan(text, s);
    if (!atLeastThreeWords(text, start, end)) return;
    const claimText = text.slice(start, end);
    const { score, features, reasons } = assessCheckworthiness(claimText, lower?.slice(start, end)); // undefined: lower-case it there
    const attribution = attributions[i] ?? null;
    // the boilerplate feature is aboutTheReporting(claimText), already read
    const attributedFact = attribution !== null && checkable(text, start, end, attribution) && features.boilerplate === 0;
    // "Ann Berg added:" introduces what follows; it says nothing of its own
    if (attribution && claimText.trimEnd().endsWith(':') && claimText.split(/\s+/).length <= 12) return;
    const offered = score >= CHECKWORTHY_THRESHOLD || attributedFact || checkableStatement(features, claimText) || block.kind === 'caption' || repeatedBy.has(i);
    if (!offered) return;
    claims.push({
      start, end, text: claimText, kind: claimKind(claimText),
      score: Math.round(score * 1000) / 1000, checkworthy: score >= CHECKWORTHY_THRESHOLD, reasons: withSource(reasons, attribution),
      attribution, duplicates: (repeatedBy.get(i) ?? []).sort((a, b) => a[0] - b[0]), sentence: i,
    });
  });
  return claims;
}
