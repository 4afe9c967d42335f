// An admin resets someone's password; that account's sessions and tokens end.
import { z } from 'zod';
import { readJson, route } from '@/lib/auth/route';
import { invalid } from '@/lib/errors';
import { resetPassword } from '@/lib/users/account-security';

const input = z.object({ password: z.string().min(1, 'Enter a new password.').max(200) });

export const POST = route<{ id: string }>('users.manage', async ({ actor, req, params }) => {
  const parsed = input.safeParse(await readJson(req));
  if (!parsed.success) throw invalid(parsed.error.issues);
  const ended = await resetPassword(actor, params.id, parsed.data.password);
  return { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens };
});
