// Desk state worth looking at: the sample article's version 2 imported over a checked claim,
// so the board shows a summary, a re-check, an edited claim and a removed one.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles } from '@/db/schema';
import { getArticle } from '@/lib/articles/queries';
import { updateClaim } from '@/lib/claims/update-claim';
import { extract } from '@/lib/extraction';
import { findUserByEmail } from '@/lib/users/manage-users';
import { carryOverVersion } from '@/lib/versions/carry-over';
import { reviseSample } from '@/lib/versions/test-revision';
import { DEMO_ACCOUNTS } from './seed';

const actorOf = (email: string) => {
  const u = findUserByEmail(email)!;
  return { id: u.id, name: u.name, email: u.email, role: u.role };
};

export async function seedSampleRevision(articleId: string): Promise<{ editedId: string; removedId: string }> {
  const editor = actorOf(DEMO_ACCOUNTS[0].email);
  const reviewer = actorOf(DEMO_ACCOUNTS[1].email);
  const article = getArticle({ id: articleId });
  const figure = article.claims.find((c) => c.quote.includes('1,582 civilians in Ukraine'))!;
  const children = article.claims.find((c) => c.quote.includes('At least 78 children'))!;
  updateClaim(editor, figure.id, { version: figure.version, assigneeId: reviewer.id, status: 'confirmed' });
  updateClaim(editor, children.id, { version: children.version, assigneeId: reviewer.id, status: 'single_source' });
  const body = getDb().select({ body: articles.body }).from(articles).where(eq(articles.id, articleId)).get()!.body;
  const next = reviseSample(body);
  const imported = { title: null, dek: null, byline: null, publication: null, publishedAt: null, sourceUrl: null, body: next, format: 'text' as const, fileName: null, originalHtml: null };
  carryOverVersion(editor, articleId, imported, extract(next));
  return { editedId: figure.id, removedId: children.id };
}
