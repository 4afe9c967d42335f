// What a standards editor reads first: the claims that could hurt the story. Every claim falls
// in one group, and exports list the groups in this order (number order within a group).
import { isVerdict, verdictWarning } from '@/lib/claims/status';
import type { ExportClaim } from './types';

export const CONCERNS = ['disputed', 'against_evidence', 'single_source', 'overdue', 'open', 'confirmed', 'dismissed'] as const;
export type Concern = (typeof CONCERNS)[number];

export const CONCERN_TITLES: Record<Concern, string> = {
  disputed: 'Disputed',
  against_evidence: 'Verdict not backed by the evidence',
  single_source: 'Single source',
  overdue: 'Overdue',
  open: 'Still open',
  confirmed: 'Confirmed',
  dismissed: 'Not a claim',
};

/** "Confirmed, but no source is attached.": the warning a verdict carries, or null. */
export function claimWarning(claim: ExportClaim): string | null {
  return verdictWarning(claim.status, claim.evidence);
}

export function isOverdue(claim: ExportClaim, now: Date): boolean {
  return !isVerdict(claim.status) && claim.status !== 'dismissed' && claim.dueAt !== null && claim.dueAt.getTime() < now.getTime();
}

export function concernOf(claim: ExportClaim, now: Date): Concern {
  if (claim.status === 'disputed') return 'disputed';
  if (claim.status === 'dismissed') return 'dismissed';
  if (isVerdict(claim.status) && claimWarning(claim)) return 'against_evidence';
  if (claim.status === 'single_source') return 'single_source';
  if (isOverdue(claim, now)) return 'overdue';
  if (claim.status === 'confirmed') return 'confirmed';
  return 'open';
}

/** Disputed and weakly sourced first, then overdue and open, then confirmed; by number within each. */
export function byConcern(claims: readonly ExportClaim[], now: Date): ExportClaim[] {
  const rank = (c: ExportClaim) => CONCERNS.indexOf(concernOf(c, now));
  return [...claims].sort((a, b) => rank(a) - rank(b) || a.number - b.number);
}

export function groupByConcern(claims: readonly ExportClaim[], now: Date): Map<Concern, ExportClaim[]> {
  const groups = new Map<Concern, ExportClaim[]>(CONCERNS.map((c) => [c, []]));
  for (const claim of byConcern(claims, now)) groups.get(concernOf(claim, now))!.push(claim);
  return groups;
}

/**
 * Where a claim is, in a reader's terms: "paragraph 4" (the headline is paragraph 1).
 * Paragraphs are the body's blank-line separated blocks, as everywhere in Claimdesk.
 */
export function paragraphLocator(body: string): (offset: number) => number {
  const starts = [0];
  for (const m of body.matchAll(/\n[ \t]*\n\s*/g)) starts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
