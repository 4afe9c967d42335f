// Passwords, roles and sessions of an account after it exists: the person changes their
// own password; an admin resets someone's, changes a role, or signs them out everywhere.
// Each password change ends every session and API token of the account at once.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { ROLES, users, type Role } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/permissions';
import { endEverySession } from '@/lib/auth/sessions';
import { AppError } from '@/lib/errors';
import { passwordProblem } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';

function fieldError(field: string, message: string): AppError {
  return new AppError('invalid', message, { fields: { [field]: [message] } });
}

function findOrThrow(userId: string) {
  const user = getDb().select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw new AppError('not_found', 'No such account.');
  return user;
}

export type Ended = { sessions: number; tokens: number };

/** The person's own change: the current password first, then the new one under the policy. */
export async function changeOwnPassword(actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<Ended> {
  const user = findOrThrow(actor.id);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw fieldError('currentPassword', 'That is not your current password.');
  }
  if (input.newPassword === input.currentPassword) throw fieldError('newPassword', 'Choose a password different from the current one.');
  const problem = passwordProblem(input.newPassword, { email: user.email, name: user.name });
  if (problem) throw fieldError('newPassword', problem);
  return storePassword(user.id, await hashPassword(input.newPassword), actor.id, 'user.password_changed');
}

/** An admin sets a new password for someone who lost theirs (or whose password leaked). */
export async function resetPassword(actor: Actor, userId: string, newPassword: string): Promise<Ended> {
  requirePermission(actor, 'users.manage');
  const user = findOrThrow(userId);
  const problem = passwordProblem(newPassword, { email: user.email, name: user.name });
  if (problem) throw fieldError('password', problem);
  return storePassword(user.id, await hashPassword(newPassword), actor.id, 'user.password_reset');
}

function storePassword(userId: string, passwordHash: string, actorId: string, action: string): Ended {
  return getDb().transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    const ended = endEverySession(tx, userId, 'password_changed');
    recordEvent(tx, { actorId, entityType: 'user', entityId: userId, action, after: { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens } });
    return ended;
  });
}

/** Ends every session and token of an account: the person's own button, or an admin's. */
export function signOutEverywhere(actor: Actor, userId: string): Ended {
  if (userId !== actor.id) requirePermission(actor, 'users.manage');
  findOrThrow(userId);
  return getDb().transaction((tx) => {
    const ended = endEverySession(tx, userId, 'signed_out_everywhere');
    recordEvent(tx, { actorId: actor.id, entityType: 'user', entityId: userId, action: 'user.signed_out_everywhere', after: { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens } });
    return ended;
  });
}

export function changeRole(actor: Actor, userId: string, role: Role) {
  requirePermission(actor, 'users.manage');
  if (!ROLES.includes(role)) throw fieldError('role', 'Choose editor, reviewer or admin.');
  // An admin demoting themselves could leave the desk with nobody to manage accounts.
  if (userId === actor.id) throw fieldError('role', 'You cannot change your own role; ask another admin.');
  return getDb().transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) throw new AppError('not_found', 'No such account.');
    if (user.role !== role) {
      tx.update(users).set({ role }).where(eq(users.id, userId)).run();
      recordEvent(tx, { actorId: actor.id, entityType: 'user', entityId: userId, action: 'user.role_changed', before: { role: user.role }, after: { role } });
    }
    return { id: user.id, email: user.email, name: user.name, role, disabled: Boolean(user.disabledAt) };
  });
}
