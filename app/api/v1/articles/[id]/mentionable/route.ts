// People the comment box may suggest after "@" on this article: those who can read it.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles } from '@/db/schema';
import { route } from '@/lib/auth/route';
import { mentionCandidates } from '@/lib/comments/mentions';
import { AppError } from '@/lib/errors';

export const GET = route<{ id: string }>('comments.create', ({ req, params }) => {
  const article = getDb().select({ id: articles.id }).from(articles).where(eq(articles.id, params.id)).get();
  if (!article) throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
  const q = (new URL(req.url).searchParams.get('q') ?? '').slice(0, 100);
  return { people: mentionCandidates(article.id, q) };
});
