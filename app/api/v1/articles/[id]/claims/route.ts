// A claim added by hand from a span the editor selected.
import { readJson, route } from '@/lib/auth/route';
import { addClaim } from '@/lib/claims/add-claim';
import { claimJson } from '@/lib/claims/claim-json';

export const POST = route<{ id: string }>('claims.edit', async ({ actor, req, params }) => {
  // addClaim returns the claim as its transaction wrote it: no second read.
  const claim = addClaim(actor, params.id, (await readJson(req)) as never);
  return Response.json({ claim: claimJson(claim) }, { status: 201 });
});
