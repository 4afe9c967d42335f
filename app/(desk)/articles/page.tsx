import type { Metadata } from 'next';
import Link from 'next/link';
import { pageHref, Pager } from '@/app/_components/pager';
import { firstValues, type RawSearchParams } from '@/app/_lib/search-params';
import { listArticles, listImporters, type ArticleSummary } from '@/lib/articles/queries';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/page';
import { formatDateTime } from '@/lib/dates';
import { isAppError } from '@/lib/errors';
import { ArchivedNotice } from './article-actions';
import { ArticleFilters } from './article-filters';
import { ArticleList, type ArticleRowView } from './article-list';

export const metadata: Metadata = { title: 'Articles' };

const FILTER_KEYS = ['q', 'sort', 'claims', 'importedBy', 'from', 'to', 'archived', 'cursor'] as const;

function load(actor: Parameters<typeof listArticles>[0]['actor'], params: Record<string, string | undefined>) {
  try {
    return { page: listArticles({ actor, ...params }), error: null };
  } catch (error) {
    if (isAppError(error) && (error.code === 'invalid' || error.code === 'bad_request')) return { page: null, error: error.message };
    throw error;
  }
}

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await requirePageActor('articles.read', '/articles');
  const raw = firstValues(await searchParams);
  const params = Object.fromEntries(FILTER_KEYS.map((k) => [k, raw[k] || undefined])) as Record<(typeof FILTER_KEYS)[number], string | undefined>;
  const { page, error } = load(actor, params);
  const canImport = can(actor, 'articles.import');
  const archivedView = params.archived === 'yes';
  const filtered = Boolean(params.q || params.importedBy || params.from || params.to || (params.claims && params.claims !== 'any'));
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-4">
        <h1 className="font-serif text-3xl font-bold">{archivedView ? 'Archived articles' : 'Articles'}</h1>
        {canImport && (
          <Link href="/articles/new" className="ml-auto rounded bg-gray-900 px-4 py-2 font-medium text-white hover:bg-gray-700">
            Import an article
          </Link>
        )}
      </div>
      <nav aria-label="Which articles" className="mb-3 flex gap-2 text-sm">
        <Link href={pageHref('/articles', { ...params, archived: undefined, cursor: undefined })} aria-current={archivedView ? undefined : 'page'}
          className={`rounded px-2 py-1 ${archivedView ? 'underline hover:bg-gray-100' : 'bg-gray-900 font-semibold text-white'}`}>On the desk</Link>
        <Link href={pageHref('/articles', { ...params, archived: 'yes', cursor: undefined })} aria-current={archivedView ? 'page' : undefined}
          className={`rounded px-2 py-1 ${archivedView ? 'bg-gray-900 font-semibold text-white' : 'underline hover:bg-gray-100'}`}>Archived</Link>
      </nav>
      {/* A desk with no articles at all has nothing to filter: the empty state says what to do instead. */}
      {!(page && page.items.length === 0 && !filtered && !archivedView && !params.cursor) && <ArticleFilters values={params} importers={listImporters()} />}
      {raw.archivedId && raw.archivedTitle && !archivedView && <ArchivedNotice id={raw.archivedId} title={raw.archivedTitle} />}
      {error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {error} <Link className="underline" href="/articles">Show all articles</Link>
        </p>
      ) : page && page.items.length === 0 ? (
        <EmptyList filtered={filtered} archived={archivedView} canImport={canImport} />
      ) : page && (
        <>
          <ArticleList label={archivedView ? 'Archived articles' : 'Articles on the desk'} rows={page.items.map(rowView)}
            canArchive={can(actor, 'articles.archive')} canDelete={can(actor, 'articles.delete')} />
          <Pager path="/articles" params={params} nextCursor={page.nextCursor} noun="articles" />
        </>
      )}
    </>
  );
}

function EmptyList({ filtered, archived, canImport }: { filtered: boolean; archived: boolean; canImport: boolean }) {
  const [title, text] = filtered
    ? ['No article matches', 'Try fewer words or another filter, or clear the filters.']
    : archived
      ? ['Nothing is archived', 'Archive an article once its claims are checked, to keep the desk’s list short. It stays searchable.']
      : ['No articles yet', canImport
        ? 'Import an article by pasting its text, uploading a file or giving its web address. Claimdesk will find the claims to check.'
        : 'When an editor imports an article, it appears here.'];
  return (
    <div className="rounded border border-dashed border-gray-400 bg-white p-8 text-center">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mt-2 text-gray-700">{text}</p>
    </div>
  );
}

function rowView(a: ArticleSummary): ArticleRowView {
  const published = [a.publication, a.publishedAt].filter(Boolean).join(' · ');
  const line = `${published ? `${published} · ` : ''}imported by ${a.importedBy.name}, ${formatDateTime(a.createdAt)}${a.archivedAt ? ` · archived ${formatDateTime(a.archivedAt)}` : ''}`;
  return {
    id: a.id, title: a.title, line, total: a.total, live: a.total - a.counts.dismissed, checked: a.checked - a.counts.dismissed,
    open: a.counts.unchecked + a.counts.in_progress, confirmed: a.counts.confirmed, singleSource: a.counts.single_source,
    disputed: a.counts.disputed, overdue: a.overdue, archived: a.archivedAt !== null,
  };
}
