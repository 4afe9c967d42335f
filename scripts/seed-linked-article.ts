// A short story with the reporter's links inside its claims, for the screenshots of the panel's
// "Linked in the article" list. Imported as an HTML upload is, so the links are the importer's.
import { createArticle } from '@/lib/articles/create-article';
import { getArticle } from '@/lib/articles/queries';
import { extract } from '@/lib/extraction';
import { importFile } from '@/lib/import/file';
import { findUserByEmail } from '@/lib/users/manage-users';
import { DEMO_ACCOUNTS } from './seed';

const PAGE = `<!doctype html><html><head><title>Port traffic falls by a third</title></head><body><article>
<h1>Port traffic falls by a third</h1>
<p>Container traffic at the port fell 34% in March compared with a year earlier, according to
<a href="https://www.port-authority.example/statistics/2026-03">the port authority's monthly figures</a> and
<a href="https://customs.example/trade/march">customs data</a>.</p>
<p>The decline is the steepest since 2009, <a href="https://news.example/2026/04/ports">analysts told Reuters</a>.</p>
</article></body></html>`;

export async function seedLinkedArticle(): Promise<{ articleId: string; claimId: string }> {
  const editor = findUserByEmail(DEMO_ACCOUNTS[0].email)!;
  const imported = await importFile({ fileName: 'port-traffic.html', mimeType: 'text/html', bytes: Buffer.from(PAGE) });
  const actor = { id: editor.id, name: editor.name, email: editor.email, role: editor.role };
  const articleId = createArticle(actor, imported, extract(imported.body));
  const claim = getArticle({ id: articleId }).claims.find((c) => c.quote.includes('34%'));
  if (!claim) throw new Error('The linked story offered no claim with its figure.');
  return { articleId, claimId: claim.id };
}
