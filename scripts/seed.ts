// Demo accounts and the sample article, for a first start and for e2e. Idempotent:
// a second run finds the accounts and the article and adds nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { count } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles } from '@/db/schema';
import { createArticle } from '@/lib/articles/create-article';
import { extract } from '@/lib/extraction';
import { importText } from '@/lib/import';
import { createUser, findUserByEmail } from '@/lib/users/manage-users';

export const DEMO_ACCOUNTS = [
  { email: 'editor@claimdesk.test', name: 'Dana Editor', role: 'editor', password: 'claimdesk-editor' },
  { email: 'reviewer@claimdesk.test', name: 'Riley Reviewer', role: 'reviewer', password: 'claimdesk-reviewer' },
  { email: 'admin@claimdesk.test', name: 'Alex Admin', role: 'admin', password: 'claimdesk-admin' },
] as const;

export async function seedDemoAccounts(): Promise<typeof DEMO_ACCOUNTS[number][]> {
  const created = [];
  for (const account of DEMO_ACCOUNTS) {
    if (findUserByEmail(account.email)) continue;
    await createUser(account);
    created.push(account);
  }
  return created;
}

export function sampleArticlePath(root = process.cwd()): string | null {
  const dir = resolve(root, '../shared/fixtures/articles');
  if (!existsSync(dir)) return null;
  const file = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0];
  return file ? join(dir, file) : null;
}

/** Imports the sample article as the demo editor when the desk has no articles yet. */
export async function seedSampleArticle(root = process.cwd()): Promise<string | null> {
  const db = getDb();
  if ((db.select({ n: count() }).from(articles).get()?.n ?? 0) > 0) return null;
  const path = sampleArticlePath(root);
  const editor = findUserByEmail(DEMO_ACCOUNTS[0].email);
  if (!path || !editor) return null;
  const imported = importText(readFileSync(path, 'utf8'), { fileName: path.split('/').pop() });
  const actor = { id: editor.id, name: editor.name, email: editor.email, role: editor.role };
  return createArticle(actor, imported, extract(imported.body));
}
