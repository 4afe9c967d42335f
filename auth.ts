// Auth.js with email + password. The cookie names a server-side session record
// (lib/auth/sessions.ts) that every entry point checks, so signing out ends it at once.
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { authConfig } from './auth.config';
import { clientAddress } from './lib/net/client-address';
import { checkCredentials } from './lib/auth/sign-in';
import { authSecret } from './lib/auth/secret';
import { endSession, startSession } from './lib/auth/sessions';

class LockedOut extends CredentialsSignin {
  code = 'locked';
}

const credentials = z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  callbacks: {
    ...authConfig.callbacks,
    jwt({ token, user }) {
      // Only at sign-in does `user` exist: that is when the server-side session starts.
      if (user?.id) {
        token.id = user.id;
        token.role = (user as { role?: string }).role;
        token.sid = startSession(user.id);
      }
      return token;
    },
  },
  events: {
    signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid === 'string') endSession(sid, 'signed_out');
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const result = await checkCredentials(parsed.data.email, parsed.data.password, clientAddress(request.headers));
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
