// Removing a piece of evidence attached by mistake.
import { route } from '@/lib/auth/route';
import { removeEvidence } from '@/lib/evidence/add-evidence';

export const DELETE = route<{ id: string }>(null, ({ actor, params }) => {
  removeEvidence(actor, params.id);
  return new Response(null, { status: 204 });
});
