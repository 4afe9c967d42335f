// Archive an article (off the desk's list, still searchable) or restore it.
import { z } from 'zod';
import { setArticleArchived } from '@/lib/articles/archive-article';
import { readJson, route } from '@/lib/auth/route';
import { invalid } from '@/lib/errors';

const body = z.object({ archived: z.boolean({ message: 'Send archived: true or false.' }) });

export const POST = route<{ id: string }>('articles.archive', async ({ actor, req, params }) => {
  const parsed = body.safeParse(await readJson(req));
  if (!parsed.success) throw invalid(parsed.error.issues);
  const result = setArticleArchived(actor, params.id, parsed.data.archived);
  return { article: { id: result.id, title: result.title, archivedAt: result.archivedAt?.toISOString() ?? null } };
});
