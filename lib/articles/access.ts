// The one place that says which articles a person may read. Every list, the search, the
// article API, "checked before?", @mentions and the live streams ask it, so a future rule (a
// desk that sees only its own section, an embargoed article) is written here once and holds
// everywhere: in SQL for lists (readableArticles) and for one article (canReadArticle).
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
