// The part of the Auth.js configuration with no database or provider code.
import type { NextAuthConfig } from 'next-auth';
import { safeReturnPath } from './lib/auth/return-path';
import { SESSION_MAX_AGE_S } from './lib/auth/session-age';

export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  trustHost: true,
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.id) session.user.id = String(token.id);
      (session.user as { role?: unknown }).role = token.role;
      return session;
    },
    // Auth.js's own redirects (sign-in, sign-out) stay on this origin, parsed as a browser would.
    redirect({ url, baseUrl }) {
      return new URL(safeReturnPath(url, baseUrl), baseUrl).href;
    },
  },
} satisfies NextAuthConfig;
