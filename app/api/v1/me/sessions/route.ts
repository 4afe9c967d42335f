// "Sign out everywhere" for the person: every session and API token of the account ends.
import { route } from '@/lib/auth/route';
import { signOutEverywhere } from '@/lib/users/account-security';

export const DELETE = route(null, ({ actor }) => {
  const ended = signOutEverywhere(actor, actor.id);
  return { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens };
});
