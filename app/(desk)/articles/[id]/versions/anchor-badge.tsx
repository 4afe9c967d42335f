// In a claims row: the claim's words changed since it was checked, or it is no longer in the text.
import type { BoardClaim } from '../board-types';

export function AnchorBadge({ claim }: { claim: Pick<BoardClaim, 'anchor' | 'needsRecheck'> }) {
  if (claim.needsRecheck) return <span className="rounded border border-amber-700 bg-amber-50 px-1 text-xs font-semibold text-amber-900">Text changed — re-check</span>;
  if (claim.anchor === 'edited') return <span className="rounded border border-amber-700 bg-white px-1 text-xs text-amber-900">Text changed</span>;
  if (claim.anchor === 'removed') return <span className="rounded border border-gray-600 bg-gray-100 px-1 text-xs font-semibold text-gray-900">Not in the text</span>;
  return null;
}
