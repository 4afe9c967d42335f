import type { Metadata } from 'next';
import { Pager } from '@/app/_components/pager';
import { firstValues, type RawSearchParams } from '@/app/_lib/search-params';
import { requirePageActor } from '@/lib/auth/page';
import { listAssignableUsers } from '@/lib/claims/queries';
import { isAppError } from '@/lib/errors';
import { SCAN_BUDGET, searchArchive } from '@/lib/search/queries';
import { SearchFilters } from './search-filters';
import { SearchResults } from './search-results';

export const metadata: Metadata = { title: 'Search' };

const KEYS = ['q', 'type', 'status', 'reviewer', 'from', 'to', 'cursor'] as const;

function run(actor: Parameters<typeof searchArchive>[0]['actor'], params: Record<string, string | undefined>) {
  if (!params.q?.trim()) return { page: null, error: null };
  try {
    return { page: searchArchive({ actor, ...params }), error: null };
  } catch (error) {
    if (isAppError(error) && (error.code === 'invalid' || error.code === 'bad_request')) return { page: null, error: error.message };
    throw error;
  }
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await requirePageActor('articles.read', '/search');
  const raw = firstValues(await searchParams);
  const params = Object.fromEntries(KEYS.map((k) => [k, raw[k]?.trim() || undefined])) as Record<(typeof KEYS)[number], string | undefined>;
  const { page, error } = run(actor, params);
  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">Search the archive</h1>
      <p className="mb-4 text-gray-700">Claims, articles and evidence, newest first. Figures match however they are written (“1,582” finds “1582”); put a phrase in quotes.</p>
      <SearchFilters values={params} people={listAssignableUsers()} />
      {error && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{error}</p>}
      {page && page.items.length === 0 && !page.partial && (
        <div className="rounded border border-dashed border-gray-400 bg-white p-6 text-center">
          <h2 className="text-lg font-semibold">Nothing found for “{params.q}”</h2>
          <p className="mt-1 text-gray-700">Every word must appear. Try fewer words, another spelling of the name, or clear the filters.</p>
        </div>
      )}
      {page?.partial && (
        <p role="status" className="mb-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {page.items.length === 0 ? 'None' : `${page.items.length}`} of the newest {SCAN_BUDGET.toLocaleString('en')} matches {page.items.length === 1 ? 'fits' : 'fit'} these filters.
          {' '}Use “Look further back” below for older matches, or narrow the words.
        </p>
      )}
      {page && (page.items.length > 0 || page.partial) && (
        <>
          <h2 className="sr-only">Results</h2>
          <SearchResults query={params.q!} results={page.items.map(({ id, type, articleTitle, status, url, title, titleHighlights, snippet, highlights }) =>
            ({ id, type, articleTitle, status, url, title, titleHighlights, snippet, highlights }))} />
          <Pager path="/search" params={params} nextCursor={page.nextCursor} noun={page.partial ? 'results (look further back)' : 'results'} />
        </>
      )}
    </>
  );
}
