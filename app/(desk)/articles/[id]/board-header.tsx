'use client';
// The top of the board: what the article is, how far the desk has got, and the exports.
import Link from 'next/link';
import { ProgressBar } from '@/app/_components/progress-bar';
import type { ClaimProgress } from '@/lib/claims/progress';
import { ArticleDetailsForm } from './article-details-form';
import type { BoardArticle } from './board-types';

const EXTRA_FORMATS: [string, string][] = [
  ['md', 'Report (Markdown)'], ['csv', 'Claims (CSV)'], ['json', 'Report (JSON)'], ['claimreview', 'ClaimReview (JSON-LD)'], ['annotations', 'W3C annotations'],
];

interface Props {
  article: BoardArticle;
  progress: ClaimProgress;
  canEdit: boolean;
  canExport: boolean;
  onArticleSaved: (article: BoardArticle) => void;
  onHelp: () => void;
  versionNumber: number;
}

export function BoardHeader({ article, progress, canEdit, canExport, onArticleSaved, onHelp, versionNumber }: Props) {
  const exportUrl = (format: string) => `/api/v1/articles/${article.id}/export?format=${format}`;
  return (
    <header className="mb-3 space-y-2">
      <h1 className="font-serif text-2xl font-bold lg:text-3xl">{article.title}</h1>
      {article.dek && <p className="text-gray-700">{article.dek}</p>}
      <p className="text-sm text-gray-700">
        {[article.byline, article.publication, article.publishedAt].filter(Boolean).join(' · ')}
        {article.sourceUrl && <> · <a className="underline" href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">source</a></>}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1"><ProgressBar checked={progress.checked} total={progress.of} /></div>
        {canExport && (
          <nav aria-label="Export" className="flex flex-wrap gap-2 text-sm">
            <a className="rounded border border-gray-400 bg-white px-2 py-1 hover:bg-gray-100" href={exportUrl('html')} download>Download annotated article</a>
            <a className="rounded border border-gray-400 bg-white px-2 py-1 hover:bg-gray-100" href={exportUrl('report')} download>Download report</a>
            <details className="relative">
              <summary className="cursor-pointer rounded border border-gray-400 bg-white px-2 py-1">More formats</summary>
              <ul className="absolute right-0 z-30 mt-1 w-52 rounded border border-gray-300 bg-white p-2 shadow">
                {EXTRA_FORMATS.map(([f, label]) => (
                  <li key={f}><a className="block px-1 py-0.5 underline" href={exportUrl(f)} download>{label}</a></li>
                ))}
              </ul>
            </details>
          </nav>
        )}
        <button type="button" onClick={onHelp} className="hidden rounded border border-gray-400 bg-white px-2 py-1 text-sm hover:bg-gray-100 lg:inline-block">
          Keyboard shortcuts <kbd className="font-mono">?</kbd>
        </button>
      </div>
      <nav aria-label="Versions" className="flex flex-wrap gap-3 text-sm">
        <span>{versionNumber > 1 ? `Version ${versionNumber}, the latest` : 'Version 1'}</span>
        {canEdit && <Link className="underline" href={`/articles/${article.id}/versions/new`}>Import a new version</Link>}
        {versionNumber > 1 && <Link className="underline" href={`/articles/${article.id}/versions`}>All versions</Link>}
      </nav>
      {canEdit && <ArticleDetailsForm article={article} onSaved={onArticleSaved} />}
    </header>
  );
}
