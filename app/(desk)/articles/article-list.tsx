'use client';
// The articles list, given its rows as data. Rendered as server components, each row
// travelled twice (as an element tree for the browser and as HTML), and its per-row cost
// held the list page to a third of the login page's rate; as data, the rows cross once.
import Link from 'next/link';
import { ProgressBar } from '@/app/_components/progress-bar';
import { ArticleActions } from './article-actions';

/** What a row shows, its text already written by the server (dates in UTC, as elsewhere). */
export interface ArticleRowView {
  id: string;
  title: string;
  /** "World news · 2026-11-30 · imported by Alex Admin, 30 Nov 2026, 12:43 UTC · archived …" */
  line: string;
  total: number;
  live: number;
  checked: number;
  open: number;
  confirmed: number;
  singleSource: number;
  disputed: number;
  overdue: number;
  archived: boolean;
}

export function ArticleList({ label, rows, canArchive, canDelete }: { label: string; rows: ArticleRowView[]; canArchive: boolean; canDelete: boolean }) {
  return (
    <ul className="space-y-3" aria-label={label}>
      {rows.map((a) => (
        <li key={a.id} className="rounded border border-gray-200 bg-white p-4">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
            <h2 className="min-w-0 flex-1 font-serif text-xl font-semibold">
              <Link href={`/articles/${a.id}`} className="break-words hover:underline">{a.title}</Link>
            </h2>
            {(canArchive || canDelete) && <ArticleActions id={a.id} title={a.title} claims={a.total} archived={a.archived} canArchive={canArchive} canDelete={canDelete} />}
          </div>
          <p className="mb-2 text-sm text-gray-700">{a.line}</p>
          <ProgressBar checked={a.checked} total={a.live} />
          <p className="mt-1 text-sm text-gray-700">
            {a.live === 0 ? 'No claims to check.' : a.open === 0 ? 'Every claim has a verdict.' : `${a.open} still open`}
            {a.live > 0 && ` · ${a.confirmed} confirmed · ${a.singleSource} single source · ${a.disputed} disputed`}
            {a.overdue > 0 && <span className="ml-1 font-semibold text-red-800">· {a.overdue} overdue</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}
