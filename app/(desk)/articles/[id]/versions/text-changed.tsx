'use client';
// In the claim panel: the claim's words changed since it was checked, or its passage is gone.
import type { ClaimStatus } from '@/db/schema';
import { isVerdict, STATUS_LABELS } from '@/lib/claims/status';
import { WordDiff } from './word-diff';

export function TextChanged({ previousText, quote, status, needsRecheck, canConfirm, onConfirm }: {
  previousText: string;
  quote: string;
  status: ClaimStatus;
  needsRecheck: boolean;
  canConfirm: boolean;
  onConfirm: () => void;
}) {
  return (
    <section aria-labelledby="text-changed-heading" className="rounded border-2 border-amber-600 bg-amber-50 p-3">
      <h3 id="text-changed-heading" className="font-semibold text-amber-950">
        {needsRecheck ? 'Text changed since it was checked — check it again' : 'Text changed in the latest version'}
      </h3>
      <div className="mt-2"><WordDiff before={previousText} after={quote} /></div>
      {needsRecheck && (
        <p className="mt-2 text-sm text-amber-950">
          {isVerdict(status) ? `The verdict “${STATUS_LABELS[status]}” was given on the earlier wording.` : `Work on it (${STATUS_LABELS[status]}) started on the earlier wording.`}
          {' '}Setting a status again clears this.
        </p>
      )}
      {needsRecheck && canConfirm && isVerdict(status) && (
        <button type="button" className="mt-2 rounded border border-amber-800 bg-white px-2 py-1 text-sm font-medium" onClick={onConfirm}>
          Keep “{STATUS_LABELS[status]}” for the new wording
        </button>
      )}
    </section>
  );
}

export function RemovedNotice({ lastSeenInVersion, canPlace, placing, onPlace }: {
  lastSeenInVersion: number;
  canPlace: boolean;
  placing: boolean;
  onPlace: () => void;
}) {
  return (
    <section aria-labelledby="removed-heading" className="rounded border-2 border-gray-600 bg-gray-50 p-3">
      <h3 id="removed-heading" className="font-semibold">Not in the text since version {lastSeenInVersion + 1}</h3>
      <p className="mt-1 text-sm">
        Its passage (quoted below as it read in version {lastSeenInVersion}) is gone, or could not be told apart from another, so it was not attached anywhere by guess.
        Its status, evidence, comments and history are kept.
      </p>
      {canPlace && (
        placing
          ? <p className="mt-2 text-sm font-medium" role="status">Now select the passage that states this claim in the article text, then choose “Place claim here”.</p>
          : <button type="button" className="mt-2 rounded border border-gray-700 bg-white px-2 py-1 text-sm font-medium" onClick={onPlace}>Place it by selecting text</button>
      )}
    </section>
  );
}
