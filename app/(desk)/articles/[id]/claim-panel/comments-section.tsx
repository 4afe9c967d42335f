'use client';
// Discussion on a claim: anyone on the desk may comment on any claim.
import { api } from '@/app/_lib/api-client';
import { useBoard } from '../board-context';
import type { SectionProps } from './sections';
import { ShownText } from '@/app/_components/shown-text';

export function CommentsSection({ claim, detail }: SectionProps) {
  const { act, store } = useBoard();
  return (
    <section aria-labelledby="comments-heading">
      <h3 id="comments-heading" className="font-semibold">Comments{claim.commentCount ? ` (${claim.commentCount})` : ''}</h3>
      {detail?.comments.length ? (
        <ul className="space-y-1 text-sm">
          {detail.comments.map((c) => (
            <li key={c.id}><span className="font-medium"><ShownText text={c.author.name} /></span>: <span className="whitespace-pre-wrap">{c.body}</span>
              <span className="text-xs text-gray-700"> · {new Date(c.createdAt).toLocaleString('en-GB')}</span></li>
          ))}
        </ul>
      ) : <p className="text-sm text-gray-700">{detail ? 'No comments yet.' : 'Loading…'}</p>}
      <form className="mt-2 flex gap-2" onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const body = String(new FormData(form).get('body') ?? '');
        const res = await act(() => api(`/api/v1/claims/${claim.id}/comments`, { body: { body } }), () => 'Comment posted.');
        if (res) {
          form.reset();
          const now = store.get(claim.id);
          if (now) store.upsert({ ...now, commentCount: now.commentCount + 1 });
        }
      }}>
        <label className="sr-only" htmlFor={`comment-${claim.id}`}>Comment</label>
        <input id={`comment-${claim.id}`} name="body" required maxLength={5000} className="flex-1 rounded border border-gray-400 px-2 py-1 text-sm" placeholder="Write a comment (see claim 6…)" />
        <button type="submit" className="rounded border border-gray-400 bg-white px-2 py-1 text-sm">Post</button>
      </form>
    </section>
  );
}
