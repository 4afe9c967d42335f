// Every change to the claim, newest first, as sentences (lib/history writes them on the server).
import type { SectionProps } from './sections';

export function HistorySection({ detail }: SectionProps) {
  if (!detail) return null;
  return (
    <details open={detail.history.length <= 6}>
      <summary className="cursor-pointer font-semibold">History ({detail.history.length})</summary>
      {detail.history.length === 0 ? <p className="mt-1 text-sm text-gray-700">No changes since the article was imported.</p> : (
        <ol className="mt-2 space-y-1 text-sm" aria-label="Changes to this claim, newest first">
          {detail.history.map((h) => <li key={h.id}>{h.text}</li>)}
        </ol>
      )}
    </details>
  );
}
