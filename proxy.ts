// Every app page passes here first: a fresh CSP nonce for Next's inline scripts, the
// security headers, and anonymous or ended sessions sent to the login page. The session
// check is lib/auth's, the same one every page, route handler and action makes again.
import { NextResponse, type NextRequest } from 'next/server';
import { actorFromSession } from '@/lib/auth/resolve-actor';
import { HSTS, newNonce, pageContentSecurityPolicy, servedOverHttps } from '@/lib/http/security-headers';

const PUBLIC = ['/login'];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = servedOverHttps(request.headers);
  const nonce = newNonce();
  const csp = pageContentSecurityPolicy(nonce, { https, development: process.env.NODE_ENV === 'development' });

  let response: NextResponse;
  const isPublic = PUBLIC.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!isPublic && !(await actorFromSession(request.headers))) {
    const login = new URL('/login', request.url);
    if (pathname !== '/') login.searchParams.set('callbackUrl', pathname + search);
    response = NextResponse.redirect(login);
  } else {
    const headers = new Headers(request.headers);
    headers.set('x-nonce', nonce);
    headers.set('content-security-policy', csp);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set('Content-Security-Policy', csp);
  if (https) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)',
      // Prefetches carry no page of their own to protect.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
