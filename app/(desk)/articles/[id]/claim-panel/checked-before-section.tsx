'use client';
// "Checked before?" as a panel section: the self-contained component (../checked-before.tsx)
// wired to the board's claims store, so a reused verdict shows at once everywhere.
import { useBoard } from '../board-context';
import { fromClaimJson, type ClaimJson } from '../board-types';
import { CheckedBefore } from '../checked-before';
import type { SectionProps } from './sections';

export function CheckedBeforeSection({ claim }: SectionProps) {
  const { canReview, store, refreshDetail } = useBoard();
  return (
    <CheckedBefore claimId={claim.id} version={claim.version} canReview={canReview(claim)}
      onReused={(fresh) => {
        store.upsert(fromClaimJson(fresh as ClaimJson));
        refreshDetail();
      }} />
  );
}
