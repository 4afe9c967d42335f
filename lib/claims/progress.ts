// "12 of 41 claims checked": the one count the board, the articles list and every export show,
// so a desk never sees 34 on screen and 35 in the report. A span dismissed as "not a claim" is
// not a claim to check, so it counts in neither number; a claim is checked once it has a verdict.
import type { ClaimStatus } from '@/db/schema';
import { isVerdict } from './status';

export interface ClaimProgress {
  /** Claims to check: every claim but the spans dismissed as not a claim. */
  of: number;
  /** Claims with a verdict (confirmed, single source or disputed). */
  checked: number;
  /** Unchecked or in progress. */
  open: number;
  dismissed: number;
}

export function claimProgress(statuses: Iterable<ClaimStatus>): ClaimProgress {
  const p: ClaimProgress = { of: 0, checked: 0, open: 0, dismissed: 0 };
  for (const status of statuses) {
    if (status === 'dismissed') p.dismissed += 1;
    else {
      p.of += 1;
      if (isVerdict(status)) p.checked += 1;
      else p.open += 1;
    }
  }
  return p;
}

export function progressText(p: ClaimProgress): string {
  return `${p.checked} of ${p.of} ${p.of === 1 ? 'claim' : 'claims'} checked`;
}
