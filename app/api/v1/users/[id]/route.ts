// Disabling or re-enabling an account, or changing its role (admins only). Disabling ends
// every session and API token of the account; enabling it again revives none of them.
import { z } from 'zod';
import { ROLES } from '@/db/schema';
import { readJson, route } from '@/lib/auth/route';
import { invalid } from '@/lib/errors';
import { changeRole } from '@/lib/users/account-security';
import { findUserById, setUserDisabled } from '@/lib/users/manage-users';
import { AppError } from '@/lib/errors';

const input = z
  .object({ disabled: z.boolean().optional(), role: z.enum(ROLES, { message: 'Choose editor, reviewer or admin.' }).optional() })
  .strict()
  .refine((v) => v.disabled !== undefined || v.role !== undefined, { message: 'Send disabled or role.' });

export const PATCH = route<{ id: string }>('users.manage', async ({ actor, req, params }) => {
  const parsed = input.safeParse(await readJson(req));
  if (!parsed.success) throw invalid(parsed.error.issues);
  if (parsed.data.role !== undefined) changeRole(actor, params.id, parsed.data.role);
  if (parsed.data.disabled !== undefined) setUserDisabled({ id: params.id }, parsed.data.disabled, actor.id);
  const user = findUserById(params.id);
  if (!user) throw new AppError('not_found', 'No such account.');
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role, disabled: Boolean(user.disabledAt) } };
});
