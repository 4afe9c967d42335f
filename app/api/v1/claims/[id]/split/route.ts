// Splitting one claim in two at a body offset inside it (editors); both parts keep the
// reviewer, due time, status, evidence and comments, and the answer says so.
import { readJson, route } from '@/lib/auth/route';
import { claimJson, withClaimJsonOnConflict } from '@/lib/claims/claim-json';
import { splitClaim } from '@/lib/claims/split-claim';

export const POST = route<{ id: string }>('claims.edit', async ({ actor, req, params }) => {
  const body = await readJson(req);
  const { first, second, message } = await withClaimJsonOnConflict(() => splitClaim(actor, { claimId: params.id, version: body.version, at: body.at } as never));
  return Response.json({ first: claimJson(first), second: claimJson(second), message }, { status: 201 });
});
