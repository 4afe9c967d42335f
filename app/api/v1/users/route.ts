// People: the assignee list for editors, and new accounts for admins.
import { z } from 'zod';
import { ROLES } from '@/db/schema';
import { readJson, route } from '@/lib/auth/route';
import { requirePermission } from '@/lib/auth/permissions';
import { invalid } from '@/lib/errors';
import { createUser, listUsers } from '@/lib/users/manage-users';

const query = z.object({ role: z.enum(ROLES).optional(), includeDisabled: z.enum(['true', 'false']).optional() });

export const GET = route('users.list', ({ actor, req }) => {
  const parsed = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) throw invalid(parsed.error.issues);
  const includeDisabled = parsed.data.includeDisabled === 'true';
  if (includeDisabled) requirePermission(actor, 'users.manage');
  const people = listUsers({ role: parsed.data.role, includeDisabled });
  return {
    users: people.map((u) => ({ id: u.id, name: u.name, role: u.role, ...(includeDisabled ? { email: u.email, disabled: Boolean(u.disabledAt) } : {}) })),
  };
});

export const POST = route('users.manage', async ({ actor, req }) => {
  const user = await createUser((await readJson(req)) as never, actor.id);
  return Response.json({ user: { id: user.id, email: user.email, name: user.name, role: user.role } }, { status: 201 });
});
