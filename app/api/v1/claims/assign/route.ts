// Assigning (or unassigning) several claims at once, all or nothing.
import { readJson, route } from '@/lib/auth/route';
import { bulkAssign } from '@/lib/claims/update-claim';

export const POST = route('claims.assign', async ({ actor, req }) => {
  const input = await readJson(req);
  return bulkAssign(actor, input as never);
});
