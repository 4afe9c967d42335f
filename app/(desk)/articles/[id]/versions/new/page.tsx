import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/page';
import { articleHeading } from '@/lib/versions/queries';
import { orNotFound } from '../page-data';
import { NewVersionForm } from './new-version-form';

export const metadata: Metadata = { title: 'Import a new version' };

export default async function NewVersionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageActor('articles.import', `/articles/${id}/versions/new`);
  const article = orNotFound(() => articleHeading({ articleId: id }));
  return (
    <>
      <p className="mb-2 text-sm"><Link href={`/articles/${id}`} className="underline">← Back to the article</Link></p>
      <h1 className="mb-1 font-serif text-3xl font-bold">Import a new version</h1>
      <p className="mb-2 text-gray-700">of “{article.title}”, now at version {article.currentVersion}.</p>
      <p className="mb-6 max-w-3xl text-gray-700">
        Every claim is carried over with its status, evidence, comments and history. Claims whose words changed are flagged,
        and a verdict on them goes back to its reviewer for a re-check. Claims whose passage is gone are kept and listed for you to
        place by hand or dismiss — never attached to another sentence by guess. New sentences are offered as unchecked claims.
      </p>
      <NewVersionForm articleId={id} currentVersion={article.currentVersion} sourceUrl={article.sourceUrl} />
    </>
  );
}
