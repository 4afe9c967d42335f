// One article with its claims (evidence counted, or in full with ?include=evidence) and assignees; editors can fix metadata or delete it.
import { getArticleJson, getArticleJsonText } from '@/lib/articles/article-json';
import { deleteArticle, updateArticleMeta } from '@/lib/articles/create-article';
import { jsonText, readJson, route } from '@/lib/auth/route';
import { invalid } from '@/lib/errors';

const INCLUDES = ['evidence'] as const;

/** `?include=evidence` (comma-separated for more later); anything else is a clear 422. */
function includes(req: Request): string[] {
  const raw = new URL(req.url).searchParams.getAll('include').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const unknown = raw.filter((v) => !(INCLUDES as readonly string[]).includes(v));
  if (unknown.length) throw invalid([{ path: ['include'], message: `Ask for include=${INCLUDES.join(',')}; "${unknown[0]}" is not something an article can include.` }]);
  return raw;
}

export const GET = route<{ id: string }>('articles.read', ({ req, params }) => jsonText(getArticleJsonText({ id: params.id, include: includes(req) })));

export const PATCH = route<{ id: string }>('articles.import', async ({ actor, req, params }) => {
  updateArticleMeta(actor, params.id, (await readJson(req)) as never);
  return getArticleJson({ id: params.id });
});

export const DELETE = route<{ id: string }>('articles.delete', ({ actor, params }) => {
  deleteArticle(actor, params.id);
  return new Response(null, { status: 204 });
});
