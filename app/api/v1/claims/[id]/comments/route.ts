// Comments on a claim: anyone on the desk who can read the article.
import { readJson, route } from '@/lib/auth/route';
import { addComment } from '@/lib/comments/add-comment';

export const POST = route<{ id: string }>('comments.create', async ({ actor, req, params }) => {
  const comment = addComment(actor, params.id, (await readJson(req)) as never);
  return Response.json({ comment }, { status: 201 });
});
