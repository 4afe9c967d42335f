// Splitting one claim in two at a body offset inside it (editors).
import { readJson, route } from '@/lib/auth/route';
import { withClaimJsonOnConflict } from '@/lib/claims/claim-json';
import { splitClaim } from '@/lib/claims/split-claim';

export const POST = route<{ id: string }>('claims.edit', async ({ actor, req, params }) => {
  const body = await readJson(req);
  const result = await withClaimJsonOnConflict(() => splitClaim(actor, { claimId: params.id, version: body.version, at: body.at } as never));
  return Response.json(result, { status: 201 });
});
