import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/page';
import { readingPieces } from '@/lib/versions/compare';
import { articleHeading, claimRefsFor, getVersion } from '@/lib/versions/queries';
import { orNotFound, whenUtc } from '../page-data';
import { VersionParagraphs } from '../version-pieces';

export const metadata: Metadata = { title: 'Read a version' };

export default async function ReadVersionPage({ params }: { params: Promise<{ id: string; n: string }> }) {
  const { id, n } = await params;
  await requirePageActor('articles.read', `/articles/${id}/versions/${n}`);
  const number = Number(n);
  if (!Number.isInteger(number) || number < 1) notFound();
  const article = orNotFound(() => articleHeading({ articleId: id }));
  const version = orNotFound(() => getVersion({ articleId: id, number }));
  const claims = claimRefsFor({ articleId: id });
  const spans = version.places.flatMap((p) => [{ claimId: p.id, start: p.start, end: p.end }, ...p.spans.map(([start, end]) => ({ claimId: p.id, start, end }))]);
  const text = readingPieces(version.body, spans);
  return (
    <>
      <nav aria-label="Versions" className="mb-2 flex flex-wrap gap-4 text-sm">
        <Link href={`/articles/${id}`} className="underline">← Back to the article</Link>
        <Link href={`/articles/${id}/versions`} className="underline">All versions</Link>
        {number > 1 && <Link href={`/articles/${id}/versions/${number - 1}`} className="underline">Version {number - 1}</Link>}
        {number < article.currentVersion && <Link href={`/articles/${id}/versions/${number + 1}`} className="underline">Version {number + 1}</Link>}
        {number < article.currentVersion && <Link href={`/articles/${id}/compare?from=${number}&to=${article.currentVersion}`} className="underline">Compare with the latest (version {article.currentVersion})</Link>}
      </nav>
      <h1 className="font-serif text-3xl font-bold">{article.title}</h1>
      <p className="mb-4 mt-1 text-gray-700">
        Version {number} of {article.currentVersion}{version.latest ? ' (the latest)' : ''}, imported by {version.importedBy.name}, {whenUtc(version.createdAt)}.
        {!version.latest && ' This is an earlier text: claims are shown where they stood in it, with their status today.'}
      </p>
      <article aria-label={`Text of version ${number}`} className="max-w-3xl rounded border border-gray-200 bg-white p-6 font-serif text-lg leading-relaxed">
        {version.places.length === 0 && <p className="mb-4 rounded bg-amber-50 p-2 font-sans text-sm">No claims stood in this version’s text.</p>}
        <VersionParagraphs paragraphs={text.paragraphs} change={null} articleId={id} claims={claims} />
      </article>
    </>
  );
}
