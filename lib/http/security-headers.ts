// The security headers of app pages. Scripts run only with this response's nonce (Next.js
// puts it on its own inline scripts when it finds it in the request's CSP header), and
// 'strict-dynamic' lets those scripts load the app's chunks; nothing inline from the
// page's text can run. Exports and JSON responses set their own, stricter policies.

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function pageContentSecurityPolicy(nonce: string, options: { https: boolean; development?: boolean }): string {
  const directives = [
    "default-src 'self'",
    // 'unsafe-eval' only for `next dev`, whose hot reload needs it; never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    // Inline style attributes (progress bars, highlights) cannot run code; scripts are the risk.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** HSTS: only when the page reached the browser over HTTPS (told by the socket or a trusted proxy). */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** Whether this request reached us over HTTPS. x-forwarded-proto is only present when the socket or a trusted proxy set it. */
export function servedOverHttps(headers: Headers): boolean {
  return (headers.get('x-forwarded-proto') ?? '').split(',')[0]!.trim().toLowerCase() === 'https';
}
