// One claim: read it in full, or change it (status, statement, assignment) with the
// version the user saw; a stale version gets 409 with the current claim.
import { readJson, route } from '@/lib/auth/route';
import { claimDetailJson, claimJson, withClaimJsonOnConflict } from '@/lib/claims/claim-json';
import { getClaim, getClaimHistory } from '@/lib/claims/queries';
import { updateClaim } from '@/lib/claims/update-claim';

export const GET = route<{ id: string }>('articles.read', ({ params }) =>
  claimDetailJson(getClaim({ id: params.id }), getClaimHistory({ claimId: params.id })),
);

export const PATCH = route<{ id: string }>(null, async ({ actor, req, params }) => {
  const input = await readJson(req);
  // updateClaim returns the claim as its own transaction left it: reading it again would double the work.
  const claim = await withClaimJsonOnConflict(() => updateClaim(actor, params.id, input as never));
  return { claim: claimJson(claim) };
});
