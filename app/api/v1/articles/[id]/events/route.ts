// Live changes to one article's claims as server-sent events, and who else has it open.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles } from '@/db/schema';
import { canReadArticle } from '@/lib/articles/access';
import { route } from '@/lib/auth/route';
import { AppError } from '@/lib/errors';
import { streamFor } from '@/lib/events/route-stream';

export const dynamic = 'force-dynamic';

export const GET = route<{ id: string }>('articles.read', ({ actor, req, params }) => {
  const article = getDb().select({ id: articles.id }).from(articles).where(eq(articles.id, params.id)).get();
  if (!article || !canReadArticle(actor, article.id)) throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
  return streamFor(actor, req, article.id);
});
