import { redirect } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/page';

/** Whoever imports articles starts at the articles; everyone else at their own queue. */
export default async function Home() {
  const actor = await requirePageActor();
  redirect(can(actor, 'articles.import') ? '/articles' : '/my-claims');
}
