// An admin signs an account out everywhere: every session and API token ends.
import { route } from '@/lib/auth/route';
import { signOutEverywhere } from '@/lib/users/account-security';

export const DELETE = route<{ id: string }>('users.manage', ({ actor, params }) => {
  const ended = signOutEverywhere(actor, params.id);
  return { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens };
});
