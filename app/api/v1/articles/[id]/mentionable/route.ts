// People the comment box may suggest after "@" on this article: those who can read it.
import { route } from '@/lib/auth/route';
import { mentionCandidates } from '@/lib/comments/mentions';

export const GET = route<{ id: string }>('comments.create', ({ req, params }) => {
  const q = (new URL(req.url).searchParams.get('q') ?? '').slice(0, 100);
  return { people: mentionCandidates(params.id, q) };
});
