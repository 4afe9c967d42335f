// Shown above the board when this article was imported before (same source URL or the
// same text): a link to the earlier copy, so nobody checks the same article twice.
import Link from 'next/link';
import type { EarlierCopy } from '@/lib/articles/queries';
import { formatDateTime } from '@/lib/dates';

export function EarlierCopies({ copies }: { copies: EarlierCopy[] }) {
  if (copies.length === 0) return null;
  return (
    <div role="note" aria-label="Imported before" className="mb-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">This article was imported before.</p>
      <ul className="mt-1 list-disc pl-5">
        {copies.map((c) => (
          <li key={c.id}>
            <Link href={`/articles/${c.id}`} className="underline">‘{c.title}’</Link>, imported by {c.importedBy} on {formatDateTime(c.createdAt)} ({c.reason}).
          </li>
        ))}
      </ul>
      <p className="mt-1">Check the claims there, or delete this copy from the Articles list.</p>
    </div>
  );
}
