import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/page';
import { ImportForm } from './import-form';

export const metadata: Metadata = { title: 'Import an article' };

export default async function NewArticlePage() {
  await requirePageActor('articles.import', '/articles/new');
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Import an article</h1>
      <p className="mb-6 text-gray-700">Paste the text, upload a file or give a web address. Claimdesk splits it into claims you can assign and check.</p>
      <ImportForm />
    </>
  );
}
