// The long article (bench/board-article.ts) in the database the way a desk leaves it mid-shift:
// a third assigned to the demo reviewer with due times, a quarter checked with evidence.
import { createArticle } from '@/lib/articles/create-article';
import { getArticle } from '@/lib/articles/queries';
import { bulkAssign, updateClaim } from '@/lib/claims/update-claim';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { extract } from '@/lib/extraction';
import { importText } from '@/lib/import';
import { findUserByEmail } from '@/lib/users/manage-users';
import { longArticleText } from '@/bench/board-article';
import { DEMO_ACCOUNTS } from './seed';

export async function seedLongArticle(claims: number) {
  const { text, words } = longArticleText(claims);
  const actor = (i: number) => {
    const u = findUserByEmail(DEMO_ACCOUNTS[i]!.email)!;
    return { id: u.id, name: u.name, email: u.email, role: u.role };
  };
  const editor = actor(0);
  const reviewer = actor(1);
  const imported = importText(text, { fileName: 'campaign-2016-long-read.txt' });
  const id = createArticle(editor, imported, extract(imported.body));
  const all = getArticle({ id }).claims;
  const assigned = all.filter((_, i) => i % 3 === 0);
  for (let i = 0; i < assigned.length; i += 100) {
    const batch = assigned.slice(i, i + 100);
    bulkAssign(editor, { claimIds: batch.map((c) => c.id), versions: Object.fromEntries(batch.map((c) => [c.id, c.version])), assigneeId: reviewer.id, dueAt: new Date(Date.now() + ((i % 5) - 2) * 3_600_000) });
  }
  const statuses = ['confirmed', 'single_source', 'disputed', 'in_progress'] as const;
  for (const [i, c] of all.entries()) {
    if (i % 4 !== 1) continue;
    addEvidence(editor, c.id, { url: `https://www.example-news.org/story/${i}`, title: `Report ${i}`, stance: i % 12 === 9 ? 'contradicts' : 'supports', note: 'Checked against the transcript.' });
    const version = getArticle({ id }).claims.find((x) => x.id === c.id)!.version;
    updateClaim(editor, c.id, { version, status: statuses[i % statuses.length] });
  }
  return { id, claims: all.length, words, chars: imported.body.length };
}
