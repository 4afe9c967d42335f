// Disabling or re-enabling an account (admins only).
import { z } from 'zod';
import { readJson, route } from '@/lib/auth/route';
import { invalid } from '@/lib/errors';
import { setUserDisabled } from '@/lib/users/manage-users';

const input = z.object({ disabled: z.boolean() });

export const PATCH = route<{ id: string }>('users.manage', async ({ actor, req, params }) => {
  const parsed = input.safeParse(await readJson(req));
  if (!parsed.success) throw invalid(parsed.error.issues);
  const user = setUserDisabled({ id: params.id }, parsed.data.disabled, actor.id);
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role, disabled: Boolean(user.disabledAt) } };
});
