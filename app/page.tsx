import { redirect } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/page';

/** Reviewers start at their own queue; editors and admins at the articles. */
export default async function Home() {
  const actor = await requirePageActor();
  redirect(actor.role === 'reviewer' ? '/my-claims' : '/articles');
}
