import { revokeApiToken } from '@/lib/auth/api-tokens';
import { route } from '@/lib/auth/route';

export const DELETE = route<{ id: string }>('tokens.manage', ({ actor, params }) => {
  revokeApiToken(params.id, actor.id);
  return new Response(null, { status: 204 });
});
