'use client';
// Claims no longer in the text, grouped by the version that removed them: open one, place it
// by selecting its new passage, or dismiss it.
import { StatusBadge } from '@/app/_components/status-badge';
import { useBoard } from '../board-context';
import type { BoardClaim } from '../board-types';

const button = 'rounded border border-gray-400 bg-white px-2 py-0.5 hover:bg-gray-100';

export function RemovedClaims({ claims }: { claims: BoardClaim[] }) {
  const { canEdit, select, setPlacingId, placingId, setStatus, showText } = useBoard();
  const waiting = claims.filter((c) => c.anchor === 'removed' && c.status !== 'dismissed');
  if (waiting.length === 0) return null;
  const byVersion = new Map<number, BoardClaim[]>();
  for (const c of waiting) {
    const removedIn = (c.lastSeenInVersion ?? 0) + 1;
    const group = byVersion.get(removedIn);
    if (group) group.push(c);
    else byVersion.set(removedIn, [c]);
  }
  return (
    <section aria-labelledby="removed-claims-heading" className="mb-3 rounded border border-gray-500 bg-white p-3">
      {/* Folded once there are many, so the claims list stays within reach. */}
      <details open={waiting.length <= 3}>
      <summary className="cursor-pointer"><h2 id="removed-claims-heading" className="inline font-semibold">Claims no longer in the text ({waiting.length})</h2></summary>
      <p className="mb-2 text-sm text-gray-700">Their passage is gone from the latest version, so they were not attached anywhere by guess. Place each by selecting the passage that now states it, or dismiss it.</p>
      {[...byVersion].sort(([a], [b]) => b - a).map(([version, list]) => (
        <div key={version}>
          <h3 className="text-sm font-semibold">Removed in version {version}</h3>
          <ul className="mt-1 space-y-2" aria-label={`Removed in version ${version}`}>
            {list.map((c) => (
              <li key={c.id} className="rounded border border-gray-200 p-2 text-sm">
                <button type="button" className="text-left" onClick={() => select(c.id)}>
                  <span className="mr-1 font-semibold">{c.number}.</span><StatusBadge status={c.status} />
                  <span className="mt-1 block font-serif">{c.statement}</span>
                </button>
                {canEdit && (
                  <span className="mt-1 flex flex-wrap gap-2">
                    {placingId === c.id
                      ? <span role="status" className="font-medium">Select its passage in the article text…</span>
                      : <button type="button" className={button} onClick={() => { setPlacingId(c.id); showText(); }}>Place claim {c.number} by selecting text</button>}
                    <button type="button" className={button} onClick={() => void setStatus(c, 'dismissed')}>Dismiss claim {c.number}</button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      </details>
    </section>
  );
}
