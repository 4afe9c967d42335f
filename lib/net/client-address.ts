// Who is at the other end of a request. The socket address is the truth; X-Forwarded-For
// is believed only from the proxies TRUST_PROXY names, so a client cannot pick its own
// address (to dodge the sign-in throttle, or to lock out somebody else's).
// scripts/serve.ts does the work at the socket and passes the answer in CLIENT_HEADER.
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/** Set by scripts/serve.ts on every request, after deleting whatever the client sent. */
export const CLIENT_HEADER = 'x-claimdesk-client-address';
const SERVER_MARK = Symbol.for('claimdesk.serve');

/** Headers only a trusted proxy may set; from anyone else they are dropped. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded', 'x-real-ip'];

export type TrustTest = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY: comma-separated addresses or CIDR ranges of the reverse proxies in front of
 * Claimdesk, or proxy-addr's names `loopback`, `linklocal`, `uniquelocal`. Unset: trust none.
 */
export function trustFrom(setting: string | undefined): TrustTest {
  const list = (setting ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (list.length === 0) return () => false;
  return proxyAddr.compile(list);
}

/** Rewrites a raw Node request in place so that every later reader sees trustworthy values. */
export function stampClientAddress(req: IncomingMessage, trust: TrustTest): string {
  const socketAddress = req.socket.remoteAddress ?? '';
  const address = proxyAddr(req, trust);
  if (!trust(socketAddress, 0)) for (const name of FORWARDING_HEADERS) delete req.headers[name];
  req.headers[CLIENT_HEADER] = address;
  return address;
}

export function markServedByClaimdesk(): void {
  (globalThis as Record<symbol, unknown>)[SERVER_MARK] = true;
}

let warned = false;

/** The client's address, or null when it cannot be known (the app not run through scripts/serve.ts). */
export function clientAddress(headers: Headers): string | null {
  if ((globalThis as Record<symbol, unknown>)[SERVER_MARK] === true) return headers.get(CLIENT_HEADER) || null;
  if (!warned) {
    warned = true;
    console.warn('[claimdesk] Not started through scripts/serve.ts: client addresses are unknown, so only the per-account sign-in throttle applies.');
  }
  return null;
}
