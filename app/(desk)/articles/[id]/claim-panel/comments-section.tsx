'use client';
// Discussion on a claim: anyone on the desk may comment on any claim, and @mention a colleague
// (comment-box.tsx), who is told.
import { api } from '@/app/_lib/api-client';
import { ShownText } from '@/app/_components/shown-text';
import { useBoard } from '../board-context';
import { CommentBox, CommentText } from '../comment-box';
import type { SectionProps } from './sections';

export function CommentsSection({ claim, detail }: SectionProps) {
  const { act, store, articleId, refreshDetail } = useBoard();
  return (
    <section aria-labelledby="comments-heading">
      <h3 id="comments-heading" className="font-semibold">Comments{claim.commentCount ? ` (${claim.commentCount})` : ''}</h3>
      {detail?.comments.length ? (
        <ul className="space-y-1 text-sm">
          {detail.comments.map((c) => (
            <li key={c.id}><span className="font-medium"><ShownText text={c.author.name} /></span>: <CommentText body={c.body} mentions={c.mentions} />
              <span className="text-xs text-gray-700"> · {new Date(c.createdAt).toLocaleString('en-GB')}</span></li>
          ))}
        </ul>
      ) : <p className="text-sm text-gray-700">{detail ? 'No comments yet.' : 'Loading…'}</p>}
      <CommentBox articleId={articleId} claimId={claim.id} onPost={async (body, mentions) => {
        const res = await act(() => api(`/api/v1/claims/${claim.id}/comments`, { body: { body, mentions } }),
          () => (mentions.length ? `Comment posted; ${mentions.length === 1 ? 'the person' : `${mentions.length} people`} mentioned will be told.` : 'Comment posted.'));
        if (!res) return false;
        const now = store.get(claim.id);
        if (now) store.upsert({ ...now, commentCount: now.commentCount + 1 });
        refreshDetail();
        return true;
      }} />
    </section>
  );
}
