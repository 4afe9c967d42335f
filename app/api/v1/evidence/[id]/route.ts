// One piece of evidence: correct it (with the claim version you saw), or remove it.
import { readJson, route } from '@/lib/auth/route';
import { claimJson, evidenceJson, withClaimJsonOnConflict } from '@/lib/claims/claim-json';
import { getClaim } from '@/lib/claims/queries';
import { removeEvidence } from '@/lib/evidence/add-evidence';
import { updateEvidence } from '@/lib/evidence/update-evidence';

export const PATCH = route<{ id: string }>(null, async ({ actor, req, params }) => {
  const input = await readJson(req);
  const updated = await withClaimJsonOnConflict(() => updateEvidence(actor, params.id, input as never));
  const claim = getClaim({ id: updated.claimId });
  const full = claim.evidence.find((e) => e.id === updated.id)!;
  return { evidence: evidenceJson(full), claim: claimJson(claim) };
});

export const DELETE = route<{ id: string }>(null, ({ actor, params }) => {
  removeEvidence(actor, params.id);
  return new Response(null, { status: 204 });
});
