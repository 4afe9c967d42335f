'use client';
// Claims no longer in the text, grouped by the version that removed them: open one, place it
// by selecting its new passage, or dismiss it.
import { StatusBadge } from '@/app/_components/status-badge';
import type { BoardClaim } from '../board-types';

export function RemovedClaims({ claims, numbers, canEdit, onOpen, onPlace, onDismiss }: {
  claims: BoardClaim[];
  numbers: Map<string, number>;
  canEdit: boolean;
  onOpen: (id: string) => void;
  onPlace: (id: string) => void;
  onDismiss: (claim: BoardClaim) => void;
}) {
  const waiting = claims.filter((c) => c.anchor === 'removed' && c.status !== 'dismissed');
  if (waiting.length === 0) return null;
  const byVersion = new Map<number, BoardClaim[]>();
  for (const c of waiting) {
    const removedIn = (c.lastSeenInVersion ?? 0) + 1;
    byVersion.set(removedIn, [...(byVersion.get(removedIn) ?? []), c]);
  }
  return (
    <section aria-labelledby="removed-claims-heading" className="rounded border border-gray-400 bg-white p-3">
      <h2 id="removed-claims-heading" className="font-semibold">Claims no longer in the text ({waiting.length})</h2>
      <p className="mb-2 text-sm text-gray-700">Their passage is gone from the latest version. Place each by selecting the passage that now states it, or dismiss it.</p>
      {[...byVersion].sort(([a], [b]) => b - a).map(([version, list]) => (
        <div key={version}>
          <h3 className="text-sm font-semibold">Removed in version {version}</h3>
          <ul className="mt-1 space-y-2" aria-label={`Removed in version ${version}`}>
            {list.map((c) => (
              <li key={c.id} className="rounded border border-gray-200 p-2 text-sm">
                <button type="button" className="text-left" onClick={() => onOpen(c.id)}>
                  <span className="mr-1 font-semibold">{numbers.get(c.id)}.</span><StatusBadge status={c.status} />
                  <span className="mt-1 block font-serif">{c.statement}</span>
                </button>
                {canEdit && (
                  <span className="mt-1 flex flex-wrap gap-2">
                    <button type="button" className="rounded border border-gray-400 px-2 py-0.5" onClick={() => onPlace(c.id)}>Place claim {numbers.get(c.id)} by selecting text</button>
                    <button type="button" className="rounded border border-gray-400 px-2 py-0.5" onClick={() => onDismiss(c)}>Dismiss claim {numbers.get(c.id)}</button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
