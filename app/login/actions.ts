'use server';
// Sign-in and sign-out. Sign-in is the one action open to anonymous visitors: it is
// how they stop being anonymous; the credentials provider checks and throttles.
import { AuthError, CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { signIn, signOut } from '@/auth';
import { safeReturnPath } from '@/lib/auth/return-path';

export interface SignInState {
  error: string | null;
  email: string;
}

const input = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').max(254),
  password: z.string().min(1, 'Enter your password.').max(200),
  callbackUrl: z.string().max(2000).optional(),
});

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = input.safeParse({
    email: form.get('email'),
    password: form.get('password'),
    callbackUrl: form.get('callbackUrl') || undefined,
  });
  const email = String(form.get('email') ?? '');
  if (!parsed.success) return { error: parsed.error.issues[0]!.message, email };
  try {
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeReturnPath(parsed.data.callbackUrl),
    });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === 'locked') {
      return { error: 'Too many failed sign-ins. This account is locked for 15 minutes.', email };
    }
    if (error instanceof AuthError) return { error: 'Wrong email or password.', email };
    throw error; // the redirect after a successful sign-in
  }
  return { error: null, email };
}

/** Ends this browser's session on the server too (auth.ts's signOut event), not just its cookie. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/login?signedOut=1' });
}
