// Merging duplicate claims into one (editors): spans, evidence and comments move over.
import { readJson, route } from '@/lib/auth/route';
import { withClaimJsonOnConflict } from '@/lib/claims/claim-json';
import { mergeClaims } from '@/lib/claims/merge-claims';

export const POST = route('claims.edit', async ({ actor, req }) => {
  const input = await readJson(req);
  return withClaimJsonOnConflict(() => mergeClaims(actor, input as never));
});
