// Taking an article off the desk's list once its work is done, and bringing it back. An
// archived article keeps its claims, stays searchable and feeds "checked before?".
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';

export interface ArchiveResult {
  id: string;
  title: string;
  archivedAt: Date | null;
}

export function setArticleArchived(actor: Actor, id: string, archived: boolean): ArchiveResult {
  return getDb().transaction((tx) => {
    const article = tx.select({ id: articles.id, title: articles.title, archivedAt: articles.archivedAt }).from(articles).where(eq(articles.id, id)).get();
    if (!article) throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
    requirePermission(actor, 'articles.archive');
    if ((article.archivedAt !== null) === archived) return article;
    const archivedAt = archived ? new Date() : null;
    tx.update(articles).set({ archivedAt }).where(eq(articles.id, id)).run();
    recordEvent(tx, {
      actorId: actor.id, articleId: id, entityType: 'article', entityId: id,
      action: archived ? 'article.archived' : 'article.restored',
      before: { archivedAt: article.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
    return { ...article, archivedAt };
  });
}
