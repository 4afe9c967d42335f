'use client';
// "Dana Editor just set this to Disputed": a colleague changed the claim this person has open.
// The panel already shows the new values; whatever this person was typing stays in its field.
import { useBoard } from '../board-context';
import type { SectionProps } from './sections';

export function LiveNoticeSection({ claim }: SectionProps) {
  const { liveNotice, dismissLiveNotice } = useBoard();
  if (liveNotice?.claimId !== claim.id) return null;
  return (
    <div role="status" className="flex items-start gap-2 rounded border border-blue-300 bg-blue-50 px-2 py-1 text-sm text-blue-900">
      <p className="flex-1">{liveNotice.text}</p>
      <button type="button" onClick={dismissLiveNotice} className="rounded px-1 underline">Dismiss</button>
    </div>
  );
}
