// One article with its claims, evidence and assignees; editors can fix metadata or delete it.
import { getArticleJson } from '@/lib/articles/article-json';
import { deleteArticle, updateArticleMeta } from '@/lib/articles/create-article';
import { readJson, route } from '@/lib/auth/route';

export const GET = route<{ id: string }>('articles.read', ({ params }) => getArticleJson({ id: params.id }));

export const PATCH = route<{ id: string }>('articles.import', async ({ actor, req, params }) => {
  updateArticleMeta(actor, params.id, (await readJson(req)) as never);
  return getArticleJson({ id: params.id });
});

export const DELETE = route<{ id: string }>('articles.delete', ({ actor, params }) => {
  deleteArticle(actor, params.id);
  return new Response(null, { status: 204 });
});
