// Checks an email and password, with the throttle, for the credentials provider.
import { decoyHash, verifyPassword } from '@/lib/users/passwords';
import { findUserByEmail } from '@/lib/users/manage-users';
import type { Actor } from './permissions';
import { attemptSucceeded, countAttempt, type ThrottleKey } from './throttle';

export type SignInResult = { ok: true; actor: Actor } | { ok: false; reason: 'invalid' | 'locked' };

export async function checkCredentials(email: string, password: string, address: string | null): Promise<SignInResult> {
  const keys: ThrottleKey[] = [{ kind: 'account', value: email.trim() }];
  if (address) keys.push({ kind: 'address', value: address });
  // Counted before the (slow) password check, so simultaneous guesses cannot outrun the lock.
  if (countAttempt(keys)) return { ok: false, reason: 'locked' };

  const user = findUserByEmail(email);
  // Verify against a decoy for unknown emails so timing does not reveal which accounts exist.
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !valid || user.disabledAt) return { ok: false, reason: 'invalid' };
  attemptSucceeded(keys);
  return { ok: true, actor: { id: user.id, name: user.name, email: user.email, role: user.role } };
}
