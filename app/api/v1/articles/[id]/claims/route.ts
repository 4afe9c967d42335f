// A claim added by hand from a span the editor selected.
import { readJson, route } from '@/lib/auth/route';
import { addClaim } from '@/lib/claims/add-claim';
import { claimJson } from '@/lib/claims/claim-json';
import { getClaim } from '@/lib/claims/queries';

export const POST = route<{ id: string }>('claims.edit', async ({ actor, req, params }) => {
  const created = addClaim(actor, params.id, (await readJson(req)) as never) as unknown;
  const id = typeof created === 'string' ? created : (created as { id: string }).id;
  return Response.json({ claim: claimJson(getClaim({ id })) }, { status: 201 });
});
