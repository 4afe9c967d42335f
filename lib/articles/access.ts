// Who may read an article: the one place to change when the desk gets per-article
// access. Today every active account with a desk role reads every article.
import type { Role } from '@/db/schema';
import { can } from '@/lib/auth/permissions';

export interface Reader {
  role: Role;
  disabledAt?: Date | null;
}

export function canReadArticle(person: Reader, articleId: string): boolean {
  void articleId; // Not yet per article; the parameter is here so callers already say which one.
  return !person.disabledAt && can(person, 'articles.read');
}
