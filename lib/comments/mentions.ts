// @mentions: references to accounts, checked once here. A person who cannot read the
// article cannot be mentioned on it, and nobody is offered who could not be.
import { asc, eq, inArray, like, or } from 'drizzle-orm';
import { getDb } from '@/db';
import { commentMentions, users, type Role } from '@/db/schema';
import { canReadArticle } from '@/lib/articles/access';
import type { Reader } from '@/lib/claims/queries';
import { AppError } from '@/lib/errors';

export const MAX_MENTIONS = 20;

export interface MentionedPerson {
  id: string;
  name: string;
}

/** Throws a field error naming anyone who cannot be mentioned on this article. */
export function requireMentionable(tx: Reader, articleId: string, ids: readonly string[]): MentionedPerson[] {
  if (ids.length === 0) return [];
  const found = tx.select({ id: users.id, name: users.name, role: users.role, disabledAt: users.disabledAt }).from(users).where(inArray(users.id, [...ids])).all();
  const missing = ids.filter((id) => !found.some((u) => u.id === id));
  const refused = found.filter((u) => !canReadArticle(u, articleId));
  if (missing.length || refused.length) {
    const message = refused.length
      ? `${refused.map((u) => u.name).join(', ')} cannot read this article, so cannot be mentioned on it.`
      : 'A mentioned account does not exist.';
    throw new AppError('invalid', message, { fields: { mentions: [message] } });
  }
  return ids.map((id) => found.find((u) => u.id === id)!).map(({ id, name }) => ({ id, name }));
}

/** People the comment box may suggest after "@": active, able to read the article, matching the typed start. */
export function mentionCandidates(articleId: string, query = '', limit = 8): (MentionedPerson & { role: Role })[] {
  const q = query.trim().toLowerCase().replace(/[%_\\]/g, '');
  const rows = getDb()
    .select({ id: users.id, name: users.name, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(q ? or(like(users.name, `${q}%`), like(users.name, `% ${q}%`), like(users.email, `${q}%`)) : undefined)
    .orderBy(asc(users.name))
    .limit(200)
    .all();
  return rows.filter((u) => canReadArticle(u, articleId)).slice(0, limit).map(({ id, name, role }) => ({ id, name, role }));
}

export function mentionsOf(db: Reader, commentIds: string[]): Map<string, MentionedPerson[]> {
  const byComment = new Map<string, MentionedPerson[]>();
  if (commentIds.length === 0) return byComment;
  const rows = db
    .select({ commentId: commentMentions.commentId, id: users.id, name: users.name })
    .from(commentMentions)
    .innerJoin(users, eq(users.id, commentMentions.userId))
    .where(inArray(commentMentions.commentId, commentIds))
    .all();
  for (const r of rows) byComment.set(r.commentId, [...(byComment.get(r.commentId) ?? []), { id: r.id, name: r.name }]);
  return byComment;
}

