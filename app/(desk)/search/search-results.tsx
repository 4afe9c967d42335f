'use client';
// The results list, given the results as data: the page then ships them once as JSON
// rather than as a rendered element tree beside the HTML.
import Link from 'next/link';
import { Highlighted } from '@/app/_components/highlighted';
import { StatusBadge } from '@/app/_components/status-badge';
import type { SearchResult } from '@/lib/search/queries';

/** What a row shows: only these fields travel to the browser. */
export type ResultView = Pick<SearchResult, 'id' | 'type' | 'articleTitle' | 'status' | 'url' | 'title' | 'titleHighlights' | 'snippet' | 'highlights'>;

const KIND_LABELS = { claim: 'Claim', article: 'Article', evidence: 'Evidence' } as const;

/** A snippet cut from the title itself adds nothing under the highlighted title. */
const repeatsTitle = (r: ResultView) => r.title.includes(r.snippet.replace(/^…|…$/g, ''));

export function SearchResults({ query, results }: { query: string; results: ResultView[] }) {
  return (
    <ol className="space-y-2" aria-label={`Results for ${query}`}>
      {results.map((r) => (
        <li key={`${r.type}-${r.id}`} className="rounded border border-gray-200 bg-white p-3">
          <p className="flex flex-wrap items-center gap-2 text-sm text-gray-700">
            <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-semibold text-gray-800">{KIND_LABELS[r.type]}</span>
            {r.status && <StatusBadge status={r.status} />}
            {r.type !== 'article' && <span className="min-w-0 break-words">in “{r.articleTitle}”</span>}
          </p>
          <h3 className="mt-1 font-serif text-lg">
            <Link href={r.url} prefetch={false} className="break-words underline-offset-2 hover:underline"><Highlighted text={r.title} ranges={r.titleHighlights} /></Link>
          </h3>
          {r.snippet && !repeatsTitle(r) && (
            <p className="mt-1 break-words text-sm text-gray-800"><Highlighted text={r.snippet} ranges={r.highlights} /></p>
          )}
        </li>
      ))}
    </ol>
  );
}
