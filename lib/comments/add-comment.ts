// Comments on a claim: anyone who can read the article may discuss any claim in it.
// A comment does not change the claim, so it leaves the version alone — a note from a
// colleague should never make someone's verdict bounce as a conflict.
import { z } from 'zod';
import { getDb } from '@/db';
import { comments, type Comment } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { findClaim } from '@/lib/claims/claim-guard';
import type { PersonRef } from '@/lib/claims/queries';
import { invalid } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { cleanFields } from '@/lib/text/clean-text';

export const MAX_COMMENT_CHARS = 5_000;

export const commentInput = z.object({
  body: z
    .string({ message: 'Write a comment.' })
    .trim()
    .min(1, 'Write a comment.')
    .max(MAX_COMMENT_CHARS, `Use at most ${MAX_COMMENT_CHARS.toLocaleString('en')} characters for a comment.`),
});
export type CommentInput = z.input<typeof commentInput>;

export function addComment(actor: Actor, claimId: string, input: CommentInput): Comment & { author: PersonRef } {
  const parsed = commentInput.safeParse(cleanFields(input));
  if (!parsed.success) throw invalid(parsed.error.issues);
  return getDb().transaction((tx) => {
    const claim = findClaim(tx, claimId);
    requirePermission(actor, 'comments.create');
    const row: Comment = { id: newId(), claimId, authorId: actor.id, body: parsed.data.body, createdAt: new Date() };
    tx.insert(comments).values(row).run();
    recordEvent(tx, {
      actorId: actor.id, articleId: claim.articleId, entityType: 'claim', entityId: claimId, action: 'comment.added',
      before: null,
      after: { comment: { id: row.id, body: row.body } },
    });
    return { ...row, author: { id: actor.id, name: actor.name } };
  });
}
