// Attaching evidence to a claim (its reviewer, or an editor).
import { readJson, route } from '@/lib/auth/route';
import { claimJson } from '@/lib/claims/claim-json';
import { getClaim } from '@/lib/claims/queries';
import { addEvidence } from '@/lib/evidence/add-evidence';

export const POST = route<{ id: string }>(null, async ({ actor, req, params }) => {
  const evidence = addEvidence(actor, params.id, (await readJson(req)) as never);
  return Response.json({ evidence, claim: claimJson(getClaim({ id: params.id })) }, { status: 201 });
});
