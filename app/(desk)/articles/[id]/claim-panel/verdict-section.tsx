'use client';
// The verdict: the status buttons, what the evidence suggests, and a warning when they disagree.
// A reviewer who may not change this claim is told why, and whom to ask.
import type { ClaimStatus } from '@/db/schema';
import { STATUS_DESCRIPTIONS, STATUS_LABELS, warningFromTally } from '@/lib/claims/status';
import { useBoard } from '../board-context';
import type { SectionProps } from './sections';

const ORDER: ClaimStatus[] = ['unchecked', 'in_progress', 'confirmed', 'single_source', 'disputed', 'dismissed'];
const KEYS: Record<ClaimStatus, string> = { unchecked: 'u', in_progress: 'p', confirmed: 'c', single_source: 's', disputed: 'd', dismissed: 'x' };

export function VerdictSection({ claim }: SectionProps) {
  const { canEdit, canReview, setStatus, personName } = useBoard();
  const warning = warningFromTally(claim.status, claim.tally);
  const suggested = claim.suggestedStatus ? STATUS_LABELS[claim.suggestedStatus] : 'no suggestion yet (no supporting or contradicting evidence)';
  if (!canReview(claim)) {
    const who = personName(claim.assigneeId);
    return (
      <section aria-labelledby="verdict-heading" className="space-y-1">
        <h3 id="verdict-heading" className="font-semibold">Verdict: {STATUS_LABELS[claim.status]}</h3>
        <p className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-950" role="note">
          {who
            ? `You can read this claim but not change it: it is assigned to ${who}. Ask them or an editor if it should be yours.`
            : 'You can read this claim but not change it: nobody is assigned to it yet. Ask an editor to assign it to you before you add evidence or set a verdict.'}
        </p>
        <p className="text-sm text-gray-700">Suggested from evidence: {suggested}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="verdict-heading">
      <fieldset>
        <legend id="verdict-heading" className="font-semibold">Status</legend>
        <div className="mt-1 flex flex-wrap gap-1">
          {ORDER.filter((s) => canEdit || (s !== 'dismissed' && claim.status !== 'dismissed') || s === claim.status).map((s) => (
            <button key={s} type="button" aria-pressed={claim.status === s} title={`${STATUS_DESCRIPTIONS[s]} (key ${KEYS[s]})`}
              className={`rounded border px-2 py-1 text-sm ${claim.status === s ? 'border-gray-900 bg-gray-900 text-white' : 'border-gray-400 bg-white hover:bg-gray-100'}`}
              onClick={() => void setStatus(claim, s)}>
              {STATUS_LABELS[s]}
            </button>
          ))}
        </div>
      </fieldset>
      <p className="mt-1 text-sm text-gray-700">Suggested from evidence: {suggested}</p>
      {warning && <p className="mt-1 rounded bg-amber-50 px-2 py-1 text-sm text-amber-950" role="note">⚠ {warning}</p>}
    </section>
  );
}
