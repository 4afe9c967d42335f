import type { Metadata } from 'next';
import Link from 'next/link';
import { LiveRefresh } from '@/app/_components/live/live-refresh';
import { Pager } from '@/app/_components/pager';
import { StatusBadge } from '@/app/_components/status-badge';
import { firstValues, type RawSearchParams } from '@/app/_lib/search-params';
import { requirePageActor } from '@/lib/auth/page';
import { queueSummaryForThisRequest } from '@/app/_lib/queue-summary';
import { getMyClaims } from '@/lib/claims/queries';
import { formatDateTime } from '@/lib/dates';
import { isAppError } from '@/lib/errors';
import { ShownText } from '@/app/_components/shown-text';

export const metadata: Metadata = { title: 'My claims' };
export const dynamic = 'force-dynamic';

function summaryText({ total, open, overdue, rechecks }: { total: number; open: number; overdue: number; rechecks: number }): string {
  if (total === 0) return 'Nothing is assigned to you yet. When an editor assigns you a claim it appears here, earliest deadline first.';
  const n = (x: number) => x.toLocaleString('en');
  const again = rechecks ? ` (${n(rechecks)} to check again: their text changed)` : '';
  return `${n(open)} of ${n(total)} claims assigned to you still need a verdict${again}${overdue ? `; ${n(overdue)} overdue` : ''}. Open claims come first, earliest deadline first.`;
}

export default async function MyClaimsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await requirePageActor(undefined, '/my-claims');
  const { cursor } = firstValues(await searchParams);
  const now = new Date();
  const summary = queueSummaryForThisRequest(actor);
  let page;
  try {
    page = getMyClaims({ actor, now, cursor });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'bad_request') throw error;
    return (
      <>
        <h1 className="mb-1 font-serif text-3xl font-bold">My claims</h1>
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{error.message} <Link className="underline" href="/my-claims">First page</Link></p>
      </>
    );
  }
  return (
    <>
      <LiveRefresh />
      <h1 className="mb-1 font-serif text-3xl font-bold">My claims</h1>
      <p className="mb-6 text-gray-700">{summaryText(summary)}</p>
      {page.items.length > 0 && (
        <ol className="space-y-2" aria-label="Claims assigned to you">
          {page.items.map((c) => (
            <li key={c.id} className={`rounded border bg-white p-3 ${c.overdue ? 'border-red-400' : 'border-gray-200'}`}>
              <Link href={`/articles/${c.articleId}?claim=${c.id}`} className="block">
                <span className="flex flex-wrap items-center gap-2 text-sm">
                  <StatusBadge status={c.status} />
                  {c.needsRecheck && <span className="rounded border border-amber-600 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900">Text changed — check again</span>}
                  {c.anchor === 'removed' && <span className="rounded border border-gray-500 bg-gray-100 px-1.5 py-0.5 text-xs font-semibold text-gray-800">Not in the text since version {c.seenInVersion + 1}</span>}
                  {c.overdue && <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800">Overdue</span>}
                  <span className="text-gray-700">{c.dueAt ? `Due ${formatDateTime(c.dueAt)}` : 'No deadline'}</span>
                  <span className="text-gray-700">· <ShownText text={c.articleTitle} /></span>
                </span>
                <span className="mt-1 block font-serif text-lg underline-offset-2 hover:underline"><ShownText text={c.statement} /></span>
              </Link>
            </li>
          ))}
        </ol>
      )}
      <Pager path="/my-claims" params={{ cursor }} nextCursor={page.nextCursor} noun="claims" />
    </>
  );
}
