import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page';
import { compareTexts, type CompareRow, type PlacedSpan } from '@/lib/versions/compare';
import { articleHeading, claimRefsFor, getVersion, type VersionText } from '@/lib/versions/queries';
import { orNotFound, whenUtc } from '../versions/page-data';
import { VersionParagraphs } from '../versions/version-pieces';

export const metadata: Metadata = { title: 'Compare versions' };

const spansOf = (v: VersionText): PlacedSpan[] =>
  v.places.flatMap((p) => [{ claimId: p.id, start: p.start, end: p.end }, ...p.spans.map(([start, end]) => ({ claimId: p.id, start, end }))]);

const whole = (n: string | undefined, fallback: number) => {
  const v = Number(n);
  return Number.isInteger(v) && v >= 1 ? v : fallback;
};

/** Runs of unchanged rows fold away, so a long article shows its changes first. */
function fold(rows: CompareRow[], showAll: boolean): ({ row: CompareRow; index: number } | { folded: number; from: number })[] {
  if (showAll) return rows.map((row, index) => ({ row, index }));
  const out: ({ row: CompareRow; index: number } | { folded: number; from: number })[] = [];
  rows.forEach((row, index) => {
    const last = out[out.length - 1];
    if (row.changed) out.push({ row, index });
    else if (last && 'folded' in last) last.folded += 1;
    else out.push({ folded: 1, from: index });
  });
  return out;
}

export default async function CompareVersionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string; all?: string }> }) {
  const { id } = await params;
  const query = await searchParams;
  await requirePageActor('articles.read', `/articles/${id}/compare`);
  const article = orNotFound(() => articleHeading({ articleId: id }));
  const latest = article.currentVersion;
  if (latest < 2) {
    return (
      <>
        <p className="mb-2 text-sm"><Link href={`/articles/${id}`} className="underline">← Back to the article</Link></p>
        <h1 className="mb-2 font-serif text-3xl font-bold">Compare versions</h1>
        <p className="rounded border border-dashed border-gray-400 bg-white p-6 text-gray-700">“{article.title}” has only one version. Import a new version from the article’s board to compare the two.</p>
      </>
    );
  }
  const from = Math.min(whole(query.from, latest - 1), latest);
  const to = Math.min(whole(query.to, latest), latest);
  const showAll = query.all === '1';
  const before = orNotFound(() => getVersion({ articleId: id, number: from }));
  const after = orNotFound(() => getVersion({ articleId: id, number: to }));
  const claims = claimRefsFor({ articleId: id });
  const c = compareTexts(before.body, after.body, spansOf(before), spansOf(after));
  const versions = Array.from({ length: latest }, (_, i) => latest - i);
  const link = (params: Record<string, string | number>) => `/articles/${id}/compare?${new URLSearchParams(Object.entries({ from, to, ...(showAll ? { all: 1 } : {}), ...params }).map(([k, v]) => [k, String(v)]))}`;
  const label = (v: VersionText) => `Version ${v.number} · ${v.importedBy.name}, ${whenUtc(v.createdAt)}`;

  return (
    <>
      <nav aria-label="Versions" className="mb-2 flex flex-wrap gap-4 text-sm">
        <Link href={`/articles/${id}`} className="underline">← Back to the article</Link>
        <Link href={`/articles/${id}/versions`} className="underline">All versions</Link>
      </nav>
      <h1 className="font-serif text-3xl font-bold">Compare versions {from} and {to}</h1>
      <p className="mb-3 mt-1 text-gray-700">“{article.title}”</p>

      <form method="get" className="mb-4 flex flex-wrap items-end gap-2 text-sm" aria-label="Choose the versions to compare">
        <label>Older text{' '}
          <select name="from" defaultValue={from} className="rounded border border-gray-400 px-1 py-1">
            {versions.map((n) => <option key={n} value={n}>Version {n}</option>)}
          </select>
        </label>
        <label>Newer text{' '}
          <select name="to" defaultValue={to} className="rounded border border-gray-400 px-1 py-1">
            {versions.map((n) => <option key={n} value={n}>Version {n}</option>)}
          </select>
        </label>
        {showAll && <input type="hidden" name="all" value="1" />}
        <button type="submit" className="rounded border border-gray-400 bg-white px-3 py-1 hover:bg-gray-100">Compare</button>
      </form>

      <section aria-labelledby="compare-summary" className="mb-4 rounded border border-gray-300 bg-white p-3 text-sm">
        <h2 id="compare-summary" className="sr-only">What changed</h2>
        <p className="font-medium">
          {from === to ? 'These are the same version.' : c.places === 0 ? 'The words are the same; only spacing changed.' : `${c.addedWords} words added and ${c.removedWords} removed, in ${c.places} place${c.places === 1 ? '' : 's'}.`}
          {!c.complete && ' Parts of the texts differ too much to compare word by word; they are marked as replaced whole.'}
        </p>
        <p className="mt-1 text-gray-700">
          <del className="version-change">Struck through</del>: only in version {from}. <ins className="version-change">Underlined</ins>: only in version {to}. Tinted, ending in [n]: claim n’s passage, on both sides.
        </p>
        <p className="mt-1">
          {showAll
            ? <Link className="underline" href={link({ all: 0 })}>Show only the paragraphs that changed</Link>
            : <Link className="underline" href={link({ all: 1 })}>Show every paragraph</Link>}
        </p>
      </section>

      <div className="hidden gap-4 px-3 md:grid md:grid-cols-2" aria-hidden="true">
        <p className="text-sm font-semibold">{label(before)}</p>
        <p className="text-sm font-semibold">{label(after)}</p>
      </div>
      <ol className="space-y-2" aria-label={`Paragraphs of version ${from} beside version ${to}`}>
        {fold(c.rows, showAll).map((item) =>
          'folded' in item ? (
            <li key={`f${item.from}`} className="rounded border border-dashed border-gray-300 px-3 py-1 text-sm text-gray-600">
              {item.folded} unchanged paragraph{item.folded === 1 ? '' : 's'} · <Link className="underline" href={link({ all: 1 })}>show every paragraph</Link>
            </li>
          ) : (
            <li key={item.index} className={`grid gap-2 rounded border bg-white p-3 font-serif md:grid-cols-2 md:gap-4 ${item.row.changed ? 'border-gray-400' : 'border-gray-200'}`}>
              <section aria-label={`Version ${from}`} className="min-w-0">
                <p className="mb-1 font-sans text-xs font-semibold text-gray-600 md:sr-only">Version {from}</p>
                {item.row.before.length ? <VersionParagraphs paragraphs={item.row.before} change="deleted" articleId={id} claims={claims} /> : <p className="font-sans text-sm italic text-gray-600">Not in version {from}.</p>}
              </section>
              <section aria-label={`Version ${to}`} className="min-w-0 border-t border-gray-200 pt-2 md:border-l md:border-t-0 md:pl-4 md:pt-0">
                <p className="mb-1 font-sans text-xs font-semibold text-gray-600 md:sr-only">Version {to}</p>
                {item.row.after.length ? <VersionParagraphs paragraphs={item.row.after} change="inserted" articleId={id} claims={claims} /> : <p className="font-sans text-sm italic text-gray-600">Not in version {to}.</p>}
              </section>
            </li>
          ),
        )}
      </ol>
    </>
  );
}
