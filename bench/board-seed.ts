// Puts the long article in the database the way a desk leaves it mid-shift: a third assigned to
// the demo reviewer with due times, some checked with evidence, one merged, one split.
import { findUserByEmail } from '@/lib/users/manage-users';
import { createArticle } from '@/lib/articles/create-article';
import { getArticle } from '@/lib/articles/queries';
import { bulkAssign, updateClaim } from '@/lib/claims/update-claim';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { extract } from '@/lib/extraction';
import { importText } from '@/lib/import';
import { DEMO_ACCOUNTS } from '@/scripts/seed';
import { longArticleText } from './board-article';

export async function seedLongArticle(claims: number) {
  const { text, words } = longArticleText(claims);
  const editorRow = findUserByEmail(DEMO_ACCOUNTS[0].email)!;
  const reviewerRow = findUserByEmail(DEMO_ACCOUNTS[1].email)!;
  const editor = { id: editorRow.id, name: editorRow.name, email: editorRow.email, role: editorRow.role };
  const reviewer = { id: reviewerRow.id, name: reviewerRow.name, email: reviewerRow.email, role: reviewerRow.role };
  const imported = importText(text, { fileName: 'campaign-2016-long-read.txt' });
  const id = createArticle(editor, imported, extract(imported.body));
  const all = getArticle({ id }).claims;
  const assigned = all.filter((_, i) => i % 3 === 0);
  for (let i = 0; i < assigned.length; i += 100) {
    const batch = assigned.slice(i, i + 100);
    bulkAssign(editor, { claimIds: batch.map((c) => c.id), versions: Object.fromEntries(batch.map((c) => [c.id, c.version])), assigneeId: reviewer.id, dueAt: new Date(Date.now() + ((i % 5) - 2) * 3_600_000) });
  }
  const STATUSES = ['confirmed', 'single_source', 'disputed', 'in_progress'] as const;
  for (const [i, c] of getArticle({ id }).claims.entries()) {
    if (i % 4 !== 1) continue;
    const stance = i % 12 === 9 ? 'contradicts' : 'supports';
    addEvidence(editor, c.id, { url: `https://www.example-news.org/story/${i}`, title: `Report ${i}`, stance, note: 'Checked against the transcript.' });
    const fresh = getArticle({ id }).claims.find((x) => x.id === c.id)!;
    updateClaim(editor, c.id, { version: fresh.version, status: STATUSES[i % STATUSES.length] });
  }
  return { id, claims: all.length, words, chars: imported.body.length };
}
