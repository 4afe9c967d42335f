import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/app/_components/status-badge';
import { requirePageActor } from '@/lib/auth/page';
import { getMyClaims } from '@/lib/claims/queries';
import { isVerdict } from '@/lib/claims/status';
import { ShownText } from '@/app/_components/shown-text';

export const metadata: Metadata = { title: 'My claims' };

const when = (d: Date) => d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';

export default async function MyClaimsPage() {
  const actor = await requirePageActor(undefined, '/my-claims');
  const queue = getMyClaims({ actor });
  const open = queue.filter((c) => !isVerdict(c.status) || c.needsRecheck);
  const overdue = open.filter((c) => c.overdue).length;
  const rechecks = queue.filter((c) => c.needsRecheck).length;
  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">My claims</h1>
      <p className="mb-6 text-gray-700">
        {queue.length === 0
          ? 'Nothing is assigned to you yet. When an editor assigns you a claim it appears here, earliest deadline first.'
          : `${open.length} of ${queue.length} claims assigned to you still need a verdict${rechecks ? ` (${rechecks} to check again: their text changed)` : ''}${overdue ? `; ${overdue} overdue` : ''}.`}
      </p>
      {queue.length > 0 && (
        <ol className="space-y-2">
          {queue.map((c) => (
            <li key={c.id} className={`rounded border bg-white p-3 ${c.overdue ? 'border-red-400' : 'border-gray-200'}`}>
              <Link href={`/articles/${c.articleId}?claim=${c.id}`} className="block">
                <span className="flex flex-wrap items-center gap-2 text-sm">
                  <StatusBadge status={c.status} />
                  {c.needsRecheck && <span className="rounded border border-amber-600 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900">Text changed — check again</span>}
                  {c.anchor === 'removed' && <span className="rounded border border-gray-500 bg-gray-100 px-1.5 py-0.5 text-xs font-semibold text-gray-800">Not in the text since version {c.seenInVersion + 1}</span>}
                  {c.overdue && <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800">Overdue</span>}
                  <span className="text-gray-600">{c.dueAt ? `Due ${when(c.dueAt)}` : 'No deadline'}</span>
                  <span className="text-gray-600">· {c.articleTitle}</span>
                </span>
                <span className="mt-1 block font-serif text-lg underline-offset-2 hover:underline"><ShownText text={c.statement} /></span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
