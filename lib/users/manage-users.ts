// Creating, listing and disabling accounts: used by the admin CLI, the seed and the admin page.
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { ROLES, users, type Role, type User } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import { AppError, invalid } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { endEverySession } from '@/lib/auth/sessions';
import { cleanText } from '@/lib/text/clean-text';
import { MAX_PASSWORD_LENGTH, passwordProblem } from './password-policy';
import { hashPassword } from './passwords';

export const newUserInput = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid email address.').max(254),
  name: z.string().transform(cleanText).pipe(z.string().trim().min(1, 'Enter a name.').max(120)),
  role: z.enum(ROLES),
  password: z.string().max(MAX_PASSWORD_LENGTH),
}).superRefine((input, ctx) => {
  const problem = passwordProblem(input.password, { email: input.email, name: input.name });
  if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
});
export type NewUserInput = z.input<typeof newUserInput>;

export type PublicUser = Pick<User, 'id' | 'email' | 'name' | 'role' | 'disabledAt' | 'createdAt'>;

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
};

export async function createUser(input: NewUserInput, actorId: string | null = null): Promise<PublicUser> {
  const parsed = newUserInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { email, name, role, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  const db = getDb();
  return db.transaction((tx) => {
    const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    if (existing) throw new AppError('conflict', `An account for ${email} already exists.`);
    const row = { id: newId(), email, name, role, passwordHash, createdAt: new Date() };
    tx.insert(users).values(row).run();
    recordEvent(tx, { actorId, entityType: 'user', entityId: row.id, action: 'user.created', after: { email, name, role } });
    return { id: row.id, email, name, role, disabledAt: null, createdAt: row.createdAt };
  });
}

export function listUsers(filter: { role?: Role; includeDisabled?: boolean } = {}): PublicUser[] {
  const rows = getDb().select(publicColumns).from(users).orderBy(asc(users.name)).all();
  return rows.filter((u) => (!filter.role || u.role === filter.role) && (filter.includeDisabled || !u.disabledAt));
}

export function findUserByEmail(email: string): User | undefined {
  return getDb().select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

export function findUserById(id: string): User | undefined {
  return getDb().select().from(users).where(eq(users.id, id)).get();
}

export type UserRef = { email: string } | { id: string };

export function setUserDisabled(ref: UserRef, disabled: boolean, actorId: string | null = null): PublicUser {
  const db = getDb();
  return db.transaction((tx) => {
    const where = 'id' in ref ? eq(users.id, ref.id) : eq(users.email, ref.email.trim().toLowerCase());
    const user = tx.select().from(users).where(where).get();
    if (!user) throw new AppError('not_found', `No account for ${'id' in ref ? ref.id : ref.email}.`);
    if (user.id === actorId && disabled) throw new AppError('invalid', 'You cannot disable your own account.');
    const disabledAt = disabled ? new Date() : null;
    tx.update(users).set({ disabledAt }).where(eq(users.id, user.id)).run();
    // Disabling ends every session and token for good: enabling again revives none of them.
    if (disabled) endEverySession(tx, user.id, 'account_disabled');
    recordEvent(tx, {
      actorId,
      entityType: 'user',
      entityId: user.id,
      action: disabled ? 'user.disabled' : 'user.enabled',
      before: { disabled: Boolean(user.disabledAt) },
      after: { disabled },
    });
    return { id: user.id, email: user.email, name: user.name, role: user.role, disabledAt, createdAt: user.createdAt };
  });
}
