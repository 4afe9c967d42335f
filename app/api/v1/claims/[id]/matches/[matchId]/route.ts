// What to do with one match: `{ action: 'reuse', version }` copies its verdict and evidence
// onto the claim; `{ action: 'dismiss' }` stops suggesting it; `{ action: 'restore' }` undoes that.
import { z } from 'zod';
import { readJson, route } from '@/lib/auth/route';
import { claimJson, withClaimJsonOnConflict } from '@/lib/claims/claim-json';
import { invalid } from '@/lib/errors';
import { setMatchDismissed } from '@/lib/matching/dismiss-match';
import { reuseVerdict } from '@/lib/matching/reuse-verdict';

const body = z.discriminatedUnion('action', [
  z.object({ action: z.literal('reuse'), version: z.coerce.number().int().min(1) }),
  z.object({ action: z.literal('dismiss') }),
  z.object({ action: z.literal('restore') }),
], { message: 'action is reuse (with the claim version), dismiss or restore.' });

export const POST = route<{ id: string; matchId: string }>('claims.review', async ({ actor, req, params }) => {
  const parsed = body.safeParse(await readJson(req));
  if (!parsed.success) throw invalid(parsed.error.issues);
  const input = parsed.data;
  if (input.action === 'reuse') {
    return withClaimJsonOnConflict(() => {
      const result = reuseVerdict(actor, params.id, params.matchId, { version: input.version });
      return { claim: claimJson(result.claim), copiedEvidence: result.copiedEvidence, from: result.from };
    });
  }
  return setMatchDismissed(actor, params.id, params.matchId, input.action === 'dismiss');
});
