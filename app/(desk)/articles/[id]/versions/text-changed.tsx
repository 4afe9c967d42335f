'use client';
// A panel section: the claim's words changed since it was checked (old and new as a word diff,
// and the re-check), or its passage is gone from the latest version (place it, or dismiss it).
import { isVerdict, STATUS_LABELS } from '@/lib/claims/status';
import { useBoard } from '../board-context';
import type { SectionProps } from '../claim-panel/sections';
import { WordDiff } from './word-diff';

export function VersionSection({ claim, detail }: SectionProps) {
  const { canEdit, canReview, patch, placingId, setPlacingId, showText } = useBoard();
  if (claim.anchor === 'edited' && claim.previousText) {
    const now = detail?.claim.id === claim.id ? detail.claim.quote : null;
    return (
      <section aria-labelledby="text-changed-heading" className="rounded border-2 border-amber-600 bg-amber-50 p-3">
        <h3 id="text-changed-heading" className="font-semibold text-amber-950">
          {claim.needsRecheck ? 'Text changed since it was checked — check it again' : 'Text changed in the latest version'}
        </h3>
        <div className="mt-2">{now ? <WordDiff before={claim.previousText} after={now} /> : <p className="text-sm">Loading the wording…</p>}</div>
        {claim.needsRecheck && (
          <p className="mt-2 text-sm text-amber-950">
            {isVerdict(claim.status) ? `The verdict “${STATUS_LABELS[claim.status]}” was given on the earlier wording.` : `Work on it (${STATUS_LABELS[claim.status]}) started on the earlier wording.`}
            {' '}Setting a status again clears this.
          </p>
        )}
        {claim.needsRecheck && canReview(claim) && isVerdict(claim.status) && (
          <button type="button" className="mt-2 rounded border border-amber-800 bg-white px-2 py-1 text-sm font-medium"
            onClick={() => void patch(claim, { status: claim.status }, `Claim ${claim.number} re-checked: “${STATUS_LABELS[claim.status]}” stands for the new wording.`)}>
            Keep “{STATUS_LABELS[claim.status]}” for the new wording
          </button>
        )}
      </section>
    );
  }
  if (claim.anchor !== 'removed') return null;
  const seen = claim.lastSeenInVersion ?? 1;
  return (
    <section aria-labelledby="removed-heading" className="rounded border-2 border-gray-600 bg-gray-50 p-3">
      <h3 id="removed-heading" className="font-semibold">Not in the text since version {seen + 1}</h3>
      <p className="mt-1 text-sm">
        Its passage (quoted below as it read in version {seen}) is gone, or could not be told apart from another, so it was not attached anywhere by guess.
        Its status, evidence, comments and history are kept.
      </p>
      {canEdit && (placingId === claim.id
        ? <p className="mt-2 text-sm font-medium" role="status">Now select the passage that states this claim in the article text, then choose “Place claim {claim.number} here”. <button type="button" className="underline" onClick={() => setPlacingId(null)}>Stop placing</button></p>
        : <button type="button" className="mt-2 rounded border border-gray-700 bg-white px-2 py-1 text-sm font-medium" onClick={() => { setPlacingId(claim.id); showText(); }}>Place it by selecting text</button>)}
    </section>
  );
}
