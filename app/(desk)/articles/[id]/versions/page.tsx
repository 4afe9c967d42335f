import type { Metadata } from 'next';
import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/page';
import { articleHeading, listVersions } from '@/lib/versions/queries';
import { CARRY_OVER_GROUPS, GROUP_LABELS } from '@/lib/versions/summary-text';
import { FORMAT_NAMES, orNotFound, whenUtc } from './page-data';

export const metadata: Metadata = { title: 'Versions' };

const button = 'rounded border border-gray-400 bg-white px-3 py-1.5 text-sm hover:bg-gray-100';

export default async function VersionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor('articles.read', `/articles/${id}/versions`);
  const article = orNotFound(() => articleHeading({ articleId: id }));
  const versions = listVersions({ articleId: id });
  const numbers = versions.map((v) => v.number);
  return (
    <>
      <p className="mb-2 text-sm"><Link href={`/articles/${id}`} className="underline">← Back to the article</Link></p>
      <h1 className="mb-1 font-serif text-3xl font-bold">Versions</h1>
      <p className="mb-4 text-gray-700">“{article.title}” has {versions.length} version{versions.length === 1 ? '' : 's'}; the board shows version {article.currentVersion}, the latest.</p>

      <div className="mb-6 flex flex-wrap items-end gap-4">
        {can(actor, 'articles.import') && (
          <Link href={`/articles/${id}/versions/new`} className="rounded bg-gray-900 px-4 py-2 font-medium text-white hover:bg-gray-700">Import a new version</Link>
        )}
        {versions.length > 1 && (
          <form action={`/articles/${id}/compare`} method="get" className="flex flex-wrap items-end gap-2 rounded border border-gray-300 bg-white p-3" aria-label="Compare two versions">
            <label className="text-sm">Compare version{' '}
              <select name="from" defaultValue={numbers[1]} className="rounded border border-gray-400 px-1 py-1">
                {numbers.map((n) => <option key={n} value={n}>{n}</option>)}
              </select>
            </label>
            <label className="text-sm">with version{' '}
              <select name="to" defaultValue={numbers[0]} className="rounded border border-gray-400 px-1 py-1">
                {numbers.map((n) => <option key={n} value={n}>{n}</option>)}
              </select>
            </label>
            <button type="submit" className={button}>Compare</button>
          </form>
        )}
      </div>

      <ol className="space-y-3" aria-label="Versions, newest first">
        {versions.map((v) => (
          <li key={v.number} className="rounded border border-gray-200 bg-white p-4">
            <h2 className="text-lg font-semibold">
              Version {v.number}{v.number === article.currentVersion && <span className="ml-2 rounded bg-gray-100 px-2 py-0.5 text-sm font-normal">latest</span>}
            </h2>
            <p className="text-sm text-gray-700">
              Imported by {v.importedBy.name}, {whenUtc(v.createdAt)}, from {v.fileName ? `the file “${v.fileName}”` : v.sourceUrl ? <a className="underline" href={v.sourceUrl} rel="noopener noreferrer nofollow">{new URL(v.sourceUrl).host}</a> : FORMAT_NAMES[v.format]}.
            </p>
            {v.carryOver ? (
              <ul className="mt-1 flex flex-wrap gap-x-4 text-sm" aria-label={`What importing version ${v.number} did to the claims`}>
                {CARRY_OVER_GROUPS.map((g) => <li key={g}>{GROUP_LABELS[g].filter}: <strong>{v.carryOver![g].length}</strong></li>)}
              </ul>
            ) : <p className="mt-1 text-sm text-gray-600">The text as first imported.</p>}
            <p className="mt-2 flex flex-wrap gap-3 text-sm">
              <Link className="underline" href={`/articles/${id}/versions/${v.number}`}>Read version {v.number}</Link>
              {v.number > 1 && <Link className="underline" href={`/articles/${id}/compare?from=${v.number - 1}&to=${v.number}`}>Compare with version {v.number - 1}</Link>}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
