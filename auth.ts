// Auth.js with email + password. The session only says who signed in; every entry
// point re-reads the account (lib/auth/session.ts), so a disabled user is out at once.
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { authConfig } from './auth.config';
import { checkCredentials } from './lib/auth/sign-in';
import { authSecret } from './lib/auth/secret';

class LockedOut extends CredentialsSignin {
  code = 'locked';
}

const credentials = z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(200) });

function clientAddress(request: Request): string | null {
  const forwarded = request.headers.get('x-forwarded-for');
  return forwarded?.split(',')[0]?.trim() || request.headers.get('x-real-ip') || null;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const result = await checkCredentials(parsed.data.email, parsed.data.password, clientAddress(request));
        if (!result.ok) {
          if (result.reason === 'locked') throw new LockedOut();
          return null;
        }
        const { id, name, email, role } = result.actor;
        return { id, name, email, role };
      },
    }),
  ],
}));
