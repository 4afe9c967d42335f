// "Checked before?": earlier claims in other articles, with a verdict, that state the same thing.
// → `{ matches: [{ claimId, articleId, articleTitle, statement, status, checkedAt, evidenceCount, score, state }], dismissed, pending }`
import { route } from '@/lib/auth/route';
import { getClaimMatches } from '@/lib/matching/claim-matches';

export const GET = route<{ id: string }>('articles.read', ({ actor, params }) => {
  const { matches, dismissed, pending } = getClaimMatches({ actor, claimId: params.id });
  return { matches: matches.map((m) => ({ ...m, checkedAt: m.checkedAt.toISOString() })), dismissed, pending };
});
