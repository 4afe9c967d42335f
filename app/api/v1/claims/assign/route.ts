// Assigning (or unassigning) several claims at once, all or nothing.
import { readJson, route } from '@/lib/auth/route';
import { claimJson, withClaimJsonOnConflict } from '@/lib/claims/claim-json';
import { bulkAssign } from '@/lib/claims/update-claim';

export const POST = route('claims.assign', async ({ actor, req }) => {
  const input = await readJson(req);
  const { claims } = await withClaimJsonOnConflict(() => bulkAssign(actor, input as never));
  return { claims: claims.map(claimJson) };
});
