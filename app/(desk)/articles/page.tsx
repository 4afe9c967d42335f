import type { Metadata } from 'next';
import Link from 'next/link';
import { ProgressBar } from '@/app/_components/progress-bar';
import { listArticles } from '@/lib/articles/queries';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/page';

export const metadata: Metadata = { title: 'Articles' };

export default async function ArticlesPage() {
  const actor = await requirePageActor('articles.read', '/articles');
  const list = listArticles({ actor });
  const canImport = can(actor, 'articles.import');
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <h1 className="font-serif text-3xl font-bold">Articles</h1>
        {canImport && (
          <Link href="/articles/new" className="ml-auto rounded bg-gray-900 px-4 py-2 font-medium text-white hover:bg-gray-700">
            Import an article
          </Link>
        )}
      </div>
      {list.length === 0 ? (
        <div className="rounded border border-dashed border-gray-400 bg-white p-8 text-center">
          <h2 className="text-lg font-semibold">No articles yet</h2>
          <p className="mt-2 text-gray-700">
            {canImport
              ? 'Import an article by pasting its text, uploading a file or giving its web address. Claimdesk will find the claims to check.'
              : 'When an editor imports an article, it appears here.'}
          </p>
        </div>
      ) : (
        <ul className="space-y-3">
          {list.map((a) => {
            const live = a.total - a.counts.dismissed;
            const open = a.counts.unchecked + a.counts.in_progress;
            return (
              <li key={a.id} className="rounded border border-gray-200 bg-white p-4">
                <h2 className="font-serif text-xl font-semibold">
                  <Link href={`/articles/${a.id}`} className="hover:underline">{a.title}</Link>
                </h2>
                <p className="mb-2 text-sm text-gray-600">
                  {[a.publication, a.publishedAt].filter(Boolean).join(' · ')}
                  {a.publication || a.publishedAt ? ' · ' : ''}imported by {a.importedBy},{' '}
                  {a.createdAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC
                </p>
                <ProgressBar checked={a.checked - a.counts.dismissed} total={live} />
                <p className="mt-1 text-sm text-gray-700">
                  {open === 0 ? 'Every claim has a verdict.' : `${open} still open`}
                  {' · '}{a.counts.confirmed} confirmed · {a.counts.single_source} single source · {a.counts.disputed} disputed
                  {a.overdue > 0 && <span className="ml-1 font-semibold text-red-800">· {a.overdue} overdue</span>}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
