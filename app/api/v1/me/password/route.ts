// The person changes their own password; every session and token of the account ends.
import { z } from 'zod';
import { readJson, route } from '@/lib/auth/route';
import { invalid } from '@/lib/errors';
import { changeOwnPassword } from '@/lib/users/account-security';

const input = z.object({ currentPassword: z.string().min(1, 'Enter your current password.').max(200), newPassword: z.string().min(1, 'Enter a new password.').max(200) });

export const POST = route(null, async ({ actor, req }) => {
  const parsed = input.safeParse(await readJson(req));
  if (!parsed.success) throw invalid(parsed.error.issues);
  const ended = await changeOwnPassword(actor, parsed.data);
  return { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens };
});
