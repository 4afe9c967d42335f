// The one place that says which articles a person may read: in SQL for the lists, search and
// "checked before?" (readableArticles), and for one article for @mentions and the live
// streams (canReadArticle). Today both are the role's articles.read, which the routes that
// read one article (the board, the article API, versions) check through route(). A rule per
// article (a section's desk, an embargo) must also be added to those single-article reads.
import { sql, type SQL } from 'drizzle-orm';
import { articles, type Role } from '@/db/schema';
import { can, requirePermission, type Actor } from '@/lib/auth/permissions';

/**
 * A condition on `articles` limiting rows to those the actor may read, for queries that
 * join the articles table. Refuses outright when the actor may read none. Today every
 * role with articles.read reads every article, which the condition says in SQL.
 */
export function readableArticles(actor: Pick<Actor, 'role'>): SQL {
  requirePermission(actor, 'articles.read');
  return sql`${articles.id} is not null`;
}

/**
 * Names what readableArticles lets this actor see: two actors with the same key read the same
 * articles, so a read kept for one (db/change-stamp.ts) may be handed to the other. It changes
 * with readableArticles: a rule per desk or per person needs a key per desk or per person.
 */
export function readerKey(actor: Pick<Actor, 'role'>): string {
  return actor.role;
}

export function mayReadArticles(actor: Pick<Actor, 'role'>): boolean {
  return can(actor, 'articles.read');
}

export interface Reader {
  role: Role;
  disabledAt?: Date | null;
}

/** May this person (an actor, or any account, e.g. someone being @mentioned) read this article? */
export function canReadArticle(person: Reader, articleId: string): boolean {
  void articleId; // Not yet per article, as readableArticles; callers already say which one.
  return !person.disabledAt && mayReadArticles(person);
}
