import type { Metadata } from 'next';
import Link from 'next/link';
import { LiveRefresh } from '@/app/_components/live/live-refresh';
import { Pager } from '@/app/_components/pager';
import { firstValues, type RawSearchParams } from '@/app/_lib/search-params';
import { requirePageActor } from '@/lib/auth/page';
import { getMyClaims, getQueueSummary } from '@/lib/claims/queries';
import { formatDateTime } from '@/lib/dates';
import { isAppError } from '@/lib/errors';
import { ClaimQueue } from './claim-queue';

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
  // The same instant as the list below, so its overdue count and the list's overdue marks agree.
  const summary = getQueueSummary({ actor, now });
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
        <ClaimQueue rows={page.items.map((c) => ({
          id: c.id, href: `/articles/${c.articleId}?claim=${c.id}`, status: c.status, needsRecheck: c.needsRecheck,
          removedNote: c.anchor === 'removed' ? `Not in the text since version ${c.seenInVersion + 1}` : null,
          overdue: c.overdue, due: c.dueAt ? `Due ${formatDateTime(c.dueAt)}` : 'No deadline', articleTitle: c.articleTitle, statement: c.statement,
        }))} />
      )}
      <Pager path="/my-claims" params={{ cursor }} nextCursor={page.nextCursor} noun="claims" />
    </>
  );
}
