'use client';
// The reviewer's queue, given its rows as data: the rows cross to the browser once, as data,
// instead of as an element tree beside the HTML (the articles list and search do the same).
import Link from 'next/link';
import { ShownText } from '@/app/_components/shown-text';
import { StatusBadge } from '@/app/_components/status-badge';
import type { ClaimStatus } from '@/db/schema';

/** What a row shows, its text already written by the server (dates in UTC, as elsewhere). */
export interface QueueRowView {
  id: string;
  href: string;
  status: ClaimStatus;
  needsRecheck: boolean;
  /** "Not in the text since version 3", for a claim its article's latest text no longer holds. */
  removedNote: string | null;
  overdue: boolean;
  /** "Due 8 Dec 2025, 09:13 UTC" or "No deadline" */
  due: string;
  articleTitle: string;
  statement: string;
}

export function ClaimQueue({ rows }: { rows: QueueRowView[] }) {
  return (
    <ol className="space-y-2" aria-label="Claims assigned to you">
      {rows.map((c) => (
        <li key={c.id} className={`rounded border bg-white p-3 ${c.overdue ? 'border-red-400' : 'border-gray-200'}`}>
          <Link href={c.href} className="block">
            <span className="flex flex-wrap items-center gap-2 text-sm">
              <StatusBadge status={c.status} />
              {c.needsRecheck && <span className="rounded border border-amber-600 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900">Text changed — check again</span>}
              {c.removedNote && <span className="rounded border border-gray-500 bg-gray-100 px-1.5 py-0.5 text-xs font-semibold text-gray-800">{c.removedNote}</span>}
              {c.overdue && <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800">Overdue</span>}
              <span className="text-gray-700">{c.due}</span>
              <span className="text-gray-700">· <ShownText text={c.articleTitle} /></span>
            </span>
            <span className="mt-1 block font-serif text-lg underline-offset-2 hover:underline"><ShownText text={c.statement} /></span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
