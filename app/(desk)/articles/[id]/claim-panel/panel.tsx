'use client';
// One claim in full, beside the list on a wide screen (sticky, scrolling on its own) and as a
// full-screen sheet on a phone. The panel is a stack of sections (sections.tsx); its detail
// (evidence, comments, history) is fetched for the open claim only.
import { useEffect, useState, type RefObject } from 'react';
import { StatusBadge } from '@/app/_components/status-badge';
import { api } from '@/app/_lib/api-client';
import { useBoard } from '../board-context';
import type { BoardClaim, ClaimDetail } from '../board-types';
import { ConflictBox } from './conflict-box';
import { PANEL_SECTIONS } from './sections';

interface Props {
  claim: BoardClaim | null;
  open: boolean;
  isPhone: boolean;
  onClose: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  resetKey: number;
  className: string;
  onSelectClaim: (id: string) => void;
}

/** The open claim's detail; a short pause first, so holding `j` does not fetch every claim passed. */
function useClaimDetail(claim: BoardClaim, refresh: number): ClaimDetail | null {
  const [detail, setDetail] = useState<ClaimDetail | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api<ClaimDetail>(`/api/v1/claims/${claim.id}`).then((d) => live && setDetail(d)).catch(() => live && setDetail(null));
    }, 60);
    return () => { live = false; clearTimeout(timer); };
  }, [claim.id, claim.version, claim.commentCount, refresh]);
  return detail?.claim.id === claim.id ? detail : null;
}

export function ClaimPanel({ claim, open, isPhone, onClose, headingRef, resetKey, className, onSelectClaim }: Props) {
  if (!claim) {
    return (
      <aside aria-label="The open claim" className={`${className} hidden lg:block`}>
        <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-sm text-gray-700">
          Pick a claim in the text or the list to check it. Press <kbd className="font-mono">?</kbd> for keyboard shortcuts.
        </p>
      </aside>
    );
  }
  return <OpenPanel claim={claim} open={open} isPhone={isPhone} onClose={onClose} headingRef={headingRef} resetKey={resetKey} className={className} onSelectClaim={onSelectClaim} />;
}

function OpenPanel({ claim, open, isPhone, onClose, headingRef, resetKey, className }: Props & { claim: BoardClaim }) {
  const board = useBoard();
  const detail = useClaimDetail(claim, board.detailVersion);

  // On a phone the sheet takes the screen: move focus into it, and back to the list when it closes.
  useEffect(() => {
    if (isPhone && open) headingRef.current?.focus();
  }, [isPhone, open, claim.id, headingRef]);

  const sheet = isPhone;
  if (sheet && !open) return null;
  return (
    <section aria-labelledby="claim-heading" role={sheet ? 'dialog' : undefined} aria-modal={sheet || undefined}
      className={sheet ? 'fixed inset-0 z-40 overflow-y-auto bg-white p-4 pb-20' : `${className} rounded border border-gray-300 bg-white p-4`}>
      <div className="sticky -top-4 z-10 -mx-4 -mt-4 mb-3 flex flex-wrap items-center gap-2 border-b border-gray-200 bg-white px-4 py-2">
        {sheet && (
          <button type="button" onClick={onClose} className="rounded border border-gray-400 px-2 py-1 text-sm">← Back to the claims</button>
        )}
        <h2 id="claim-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">Claim {claim.number}</h2>
        <StatusBadge status={claim.status} />
        <span className="ml-auto text-xs text-gray-700">{claim.kind} · check-worthiness {claim.score.toFixed(2)}</span>
      </div>
      <div className="space-y-5">
        {board.conflict?.claimId === claim.id && <ConflictBox conflict={board.conflict} />}
        {PANEL_SECTIONS.filter((s) => !s.visible || s.visible({ claim, board })).map((s) => (
          <s.Component key={`${s.id}-${claim.id}-${resetKey}`} claim={claim} detail={detail} />
        ))}
      </div>
    </section>
  );
}
