// What importing a new version does to an article's claims, worked out without touching
// the database: re-anchor every claim and its other spans, decide each claim's new state,
// and pick the new sentences extraction offers that no carried claim covers. The
// transaction in carry-over.ts writes exactly this plan.
import type { ClaimAnchor, ClaimStatus, CarryOverIds, ClaimPlace } from '@/db/schema';
import { anchorSpan, type AnchoredSpan } from '@/lib/claims/anchor';
import { isVerdict } from '@/lib/claims/status';
import type { ExtractedClaim, Span } from '@/lib/extraction/types';
import { diffBodies } from './body-diff';
import { isPlaced, reanchor, type CarriedAnchor, type Placement } from './reanchor';

export interface SpanState extends AnchoredSpan {
  id: string;
}

export interface ClaimState extends AnchoredSpan {
  id: string;
  statement: string;
  status: ClaimStatus;
  anchor: ClaimAnchor;
  previousQuote: string | null;
  needsRecheck: boolean;
  seenInVersion: number;
  version: number;
  attributionStart: number | null;
  attributionEnd: number | null;
  spans: SpanState[];
}

export type ClaimOutcome = 'unchanged' | 'edited' | 'removed';

export interface ClaimChangePlan {
  id: string;
  outcome: ClaimOutcome;
  /** True for a claim that was listed as removed and whose text is back in this version. */
  restored: boolean;
  /** Columns to write; empty for a claim that stays removed as it was. */
  set: Partial<Pick<ClaimState, 'start' | 'end' | 'quote' | 'prefix' | 'suffix' | 'statement' | 'anchor' | 'previousQuote' | 'needsRecheck' | 'seenInVersion' | 'version' | 'attributionStart' | 'attributionEnd'>>;
  before: ClaimState;
  placement: Placement;
  movedSpans: (SpanState & { from: AnchoredSpan })[];
  droppedSpans: SpanState[];
  linkedSpans: AnchoredSpan[];
}

export interface CarryOverPlan {
  claims: ClaimChangePlan[];
  newClaims: { extracted: ExtractedClaim; main: AnchoredSpan; repeats: AnchoredSpan[] }[];
  carryOver: CarryOverIds;
  /** Where each claim stood in the version being replaced, for reading and comparing it later. */
  previousPlaces: ClaimPlace[];
}

export interface PlanInput {
  /** The latest version's number and text, and the texts of older versions removed claims were last seen in. */
  currentVersion: number;
  bodies: ReadonlyMap<number, string>;
  newBody: string;
  newVersion: number;
  claims: readonly ClaimState[];
  extracted: readonly ExtractedClaim[];
}

/** Work on a claim that a change of wording puts in question: a verdict, or a check under way. */
export function hadWork(status: ClaimStatus): boolean {
  return isVerdict(status) || status === 'in_progress';
}

const spanKey = (claimId: string, kind: 'main' | 'attribution' | string) => `${claimId}\u0000${kind}`;

function anchorsOf(claim: ClaimState, body: string): CarriedAnchor[] {
  const anchors: CarriedAnchor[] = [{ id: spanKey(claim.id, 'main'), start: claim.start, end: claim.end, quote: claim.quote, prefix: claim.prefix, suffix: claim.suffix }];
  for (const s of claim.spans) anchors.push({ id: spanKey(claim.id, s.id), start: s.start, end: s.end, quote: s.quote, prefix: s.prefix, suffix: s.suffix });
  const { attributionStart: a, attributionEnd: b } = claim;
  if (a !== null && b !== null && b > a && b <= body.length) anchors.push({ id: spanKey(claim.id, 'attribution'), ...anchorSpan(body, a, b), kind: 'context' });
  return anchors;
}

/** Intersection over union of two spans: 1 for the same passage, 0 for no overlap. */
function samePassage(a: Span, b: Span): number {
  const inter = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  if (inter <= 0) return 0;
  return inter / (Math.max(a[1], b[1]) - Math.min(a[0], b[0]));
}

function planClaim(claim: ClaimState, placed: Map<string, Placement>, newBody: string, versions: { current: number; next: number }, removedBefore: boolean): ClaimChangePlan {
  const newVersion = versions.next;
  const main = placed.get(spanKey(claim.id, 'main'))!;
  const base: Omit<ClaimChangePlan, 'outcome' | 'restored' | 'set'> = { id: claim.id, before: claim, placement: main, movedSpans: [], droppedSpans: [], linkedSpans: [] };
  if (!isPlaced(main)) {
    // Gone from the text: keep everything, offsets included, as they were in the last version it was in.
    const set = removedBefore ? {} : { anchor: 'removed' as const, previousQuote: null, seenInVersion: versions.current, version: claim.version + 1 };
    return { ...base, outcome: 'removed', restored: false, set };
  }
  const span = anchorSpan(newBody, main.start, main.end);
  const edited = main.outcome === 'edited';
  // A claim still awaiting its re-check keeps the wording it was checked on as "before".
  const awaiting = claim.anchor === 'edited' && claim.needsRecheck && claim.previousQuote !== null;
  const needsRecheck = claim.needsRecheck || (edited && hadWork(claim.status));
  const anchor = edited || (awaiting && needsRecheck) ? 'edited' : 'current';
  const previousQuote = anchor === 'edited' ? (awaiting ? claim.previousQuote : claim.quote) : null;
  const set: ClaimChangePlan['set'] = { ...span, anchor, previousQuote, needsRecheck, seenInVersion: newVersion };
  // A statement never rewritten by the desk is the quote itself, and follows it.
  if (claim.statement === claim.quote) set.statement = span.quote;
  // A changed text or a claim coming back is news to anyone holding the claim open.
  if (edited || removedBefore) set.version = claim.version + 1;
  const attribution = placed.get(spanKey(claim.id, 'attribution'));
  if (attribution && isPlaced(attribution) && attribution.outcome === 'unchanged') {
    set.attributionStart = attribution.start;
    set.attributionEnd = attribution.end;
  } else if (claim.attributionStart !== null) {
    set.attributionStart = null;
    set.attributionEnd = null;
  }
  for (const s of claim.spans) {
    const p = placed.get(spanKey(claim.id, s.id))!;
    if (isPlaced(p)) base.movedSpans.push({ id: s.id, ...anchorSpan(newBody, p.start, p.end), from: s });
    else base.droppedSpans.push(s);
  }
  return { ...base, outcome: edited ? 'edited' : 'unchanged', restored: removedBefore, set };
}

/** Where every claim goes, before extraction's offers are looked at (see placeClaims). */
export interface PlacedClaims {
  newBody: string;
  claims: ClaimChangePlan[];
  /** Every passage a carried claim now covers: its main span and its other spans. */
  covered: { claim: ClaimChangePlan; span: Span; main: boolean }[];
  carryOver: CarryOverIds;
  previousPlaces: ClaimPlace[];
}

export function planCarryOver(input: PlanInput): CarryOverPlan {
  return offerNewSentences(placeClaims(input), input.extracted);
}

/**
 * The first half of the plan: every claim re-anchored and its new state decided. What it
 * covers tells which sentences of the new version extraction needs to read at all.
 */
export function placeClaims(input: Omit<PlanInput, 'extracted'>): PlacedClaims {
  const { currentVersion, bodies, newBody, newVersion } = input;
  const placed = new Map<string, Placement>();
  // Claims in the latest text are placed from it; claims listed as removed, from the text of
  // the version they were last seen in, so a paragraph put back brings its claims back.
  const byVersion = new Map<number, ClaimState[]>();
  for (const c of input.claims) {
    const from = c.anchor === 'removed' ? c.seenInVersion : currentVersion;
    if (!bodies.has(from)) continue;
    const group = byVersion.get(from);
    if (group) group.push(c);
    else byVersion.set(from, [c]);
  }
  for (const [version, group] of byVersion) {
    const body = bodies.get(version)!;
    const diff = diffBodies(body, newBody);
    for (const p of reanchor(body, newBody, group.flatMap((c) => anchorsOf(c, body)), diff)) placed.set(p.id, p);
  }

  const claims: ClaimChangePlan[] = [];
  for (const c of input.claims) {
    if (!placed.has(spanKey(c.id, 'main'))) continue;
    claims.push(planClaim(c, placed, newBody, { current: currentVersion, next: newVersion }, c.anchor === 'removed'));
  }

  // Every passage a carried claim now covers; extraction's offers that touch one are not new.
  const covered: { claim: ClaimChangePlan; span: Span; main: boolean }[] = [];
  for (const plan of claims) {
    if (plan.outcome === 'removed') continue;
    covered.push({ claim: plan, span: [plan.set.start!, plan.set.end!], main: true });
    for (const s of plan.movedSpans) covered.push({ claim: plan, span: [s.start, s.end], main: false });
  }
  const previousPlaces: ClaimPlace[] = input.claims
    .filter((c) => c.anchor !== 'removed')
    .map((c) => ({ id: c.id, start: c.start, end: c.end, spans: c.spans.map((s): [number, number] => [s.start, s.end]), status: c.status }));

  const carryOver: CarryOverIds = { unchanged: [], edited: [], removed: [], added: [] };
  for (const plan of claims) {
    if (plan.outcome === 'removed' && plan.before.anchor === 'removed') continue;
    carryOver[plan.outcome].push(plan.id);
  }
  return { newBody, claims, covered, carryOver, previousPlaces };
}

/** The passages carried claims cover, in text order: what extraction of the new version may skip. */
export function coveredSpans(placed: PlacedClaims): Span[] {
  return placed.covered.map((c) => c.span).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * The second half: extraction's offers that no carried claim covers become new claims, and
 * a repeat of a carried claim links to it. Takes over `placed` (repeats are linked into its
 * claims), so each PlacedClaims is used once.
 */
export function offerNewSentences(placed: PlacedClaims, offers: readonly ExtractedClaim[]): CarryOverPlan {
  const { newBody, claims, carryOver, previousPlaces } = placed;
  const covered = [...placed.covered];
  const overlapping = (span: Span) => covered.filter((c) => c.span[0] < span[1] && span[0] < c.span[1]);

  const newClaims: CarryOverPlan['newClaims'] = [];
  for (const extracted of offers) {
    const spans: Span[] = [[extracted.start, extracted.end], ...extracted.duplicates.filter(([s, e]) => s !== extracted.start || e !== extracted.end)];
    const touching = spans.map((s) => overlapping(s));
    const free = spans.filter((_, i) => touching[i]!.length === 0);
    if (free.length === spans.length) {
      const [main, ...repeats] = spans.map(([s, e]) => anchorSpan(newBody, s, e));
      newClaims.push({ extracted, main: main!, repeats });
      continue;
    }
    // A repeat of a carried claim (a new headline or dek restating it) links to that claim,
    // as repeats do at the first import, but only when extraction saw the same passage.
    const owner = spans.flatMap((s, i) => touching[i]!.filter((c) => c.main && samePassage(s, c.span) >= 0.8))[0];
    if (!owner) continue;
    for (const [s, e] of free) {
      if (owner.claim.linkedSpans.some((l) => l.start === s && l.end === e)) continue;
      owner.claim.linkedSpans.push(anchorSpan(newBody, s, e));
      covered.push({ claim: owner.claim, span: [s, e], main: false });
    }
  }

  return { claims, newClaims, carryOver, previousPlaces };
}
