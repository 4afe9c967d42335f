// Merging duplicate claims into one (editors): spans, evidence and comments move over; the
// reviewer, due time and most advanced status are kept, and the answer says what was kept.
import { readJson, route } from '@/lib/auth/route';
import { claimJson, withClaimJsonOnConflict } from '@/lib/claims/claim-json';
import { mergeClaims } from '@/lib/claims/merge-claims';

export const POST = route('claims.edit', async ({ actor, req }) => {
  const input = await readJson(req);
  const { claim, mergedIds, kept, message } = await withClaimJsonOnConflict(() => mergeClaims(actor, input as never));
  return { claim: claimJson(claim), mergedIds, kept: { ...kept, dueAt: kept.dueAt?.toISOString() ?? null }, message };
});
