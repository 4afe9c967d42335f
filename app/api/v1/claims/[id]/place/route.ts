// Placing a removed claim by hand at a passage of the latest text.
import { readJson, route } from '@/lib/auth/route';
import { claimJson, withClaimJsonOnConflict } from '@/lib/claims/claim-json';
import { placeClaim } from '@/lib/versions/place-claim';

export const POST = route<{ id: string }>('claims.edit', async ({ actor, req, params }) => {
  const body = await readJson(req);
  const claim = await withClaimJsonOnConflict(() => placeClaim(actor, params.id, body as never));
  return { claim: claimJson(claim) };
});
