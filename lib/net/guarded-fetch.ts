// Every request Claimdesk's server makes to an address someone typed (article import now,
// webhooks later) goes through guardedFetch. An address on the server's own network (the
// cloud metadata service at 169.254.169.254, a database on 10.0.0.5, the app on 127.0.0.1)
// must never be reached, including by DNS rebinding: the name is resolved exactly once per
// connection, every answer is checked, and the socket connects to the address that was
// checked (the Host header and TLS server name stay the original name).
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent, buildConnector, fetch as undiciFetch, type RequestInit as UndiciRequestInit } from 'undici';

export type LookupAll = (host: string) => Promise<{ address: string; family: number }[]>;

export const systemLookup: LookupAll = (host) => dns.lookup(host, { all: true, verbatim: true });

/** Thrown (as the cause of a failed fetch, which guardedFetch unwraps) when a host is refused. */
export class BlockedHostError extends Error {
  constructor(
    readonly host: string,
    readonly reason: string,
  ) {
    super(`Claimdesk will not connect to ${host}: ${reason}.`);
    this.name = 'BlockedHostError';
  }
}

/**
 * True for every address outside the public unicast internet, by ipaddr.js's maintained
 * table of special ranges: loopback, private, link-local, CGNAT, multicast, broadcast,
 * reserved and documentation ranges, and every IPv6 form that embeds or translates an IPv4
 * address (::ffff:0:0/96, ::ffff:0:0:0/96, 64:ff9b::/96 and /48, 6to4, Teredo).
 */
export function isBlockedAddress(address: string): boolean {
  const bare = address.split('%')[0]!;
  if (!isIP(bare)) return true; // not an address at all: refuse rather than guess
  try {
    return ipaddr.parse(bare).range() !== 'unicast';
  } catch {
    return true;
  }
}

/** The host part of a URL without IPv6 brackets or a trailing dot. */
export function bareHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
}

export interface GuardOptions {
  /** Lets tests (and CLAIMDESK_ALLOW_PRIVATE_URLS=1) reach private addresses. */
  allowPrivateHosts?: boolean;
  /** DNS resolution, replaceable in tests. */
  lookup?: LookupAll;
  /** The address policy, replaceable in tests that need a "public" address on loopback. */
  isBlocked?: (address: string) => boolean;
}

/** Resolves a host once and returns the one address to connect to, or throws BlockedHostError. */
export async function pinnedAddress(hostname: string, options: GuardOptions = {}): Promise<string> {
  const host = bareHost(hostname);
  const blocked = options.allowPrivateHosts ? () => false : (options.isBlocked ?? isBlockedAddress);
  if (isIP(host)) {
    if (blocked(host)) throw new BlockedHostError(host, `${host} is an address on a private or local network`);
    return host;
  }
  // RFC 6761: these names always mean this machine; never ask DNS about them.
  if (!options.allowPrivateHosts && (host === 'localhost' || host.endsWith('.localhost'))) {
    throw new BlockedHostError(host, `${host} is this server itself`);
  }
  const answers = await (options.lookup ?? systemLookup)(host);
  if (answers.length === 0) throw new BlockedHostError(host, `${host} has no address`);
  const refused = answers.find((a) => blocked(a.address));
  if (refused) throw new BlockedHostError(host, `${host} points to ${refused.address}, an address on a private or local network`);
  return answers[0]!.address;
}

type Connector = ReturnType<typeof buildConnector>;

/** An undici connector that dials only the checked address of each host. */
function guardedConnector(options: GuardOptions): Connector {
  const dial = buildConnector({ timeout: 10_000 });
  return (opts, callback) => {
    pinnedAddress(opts.hostname, options).then(
      // `host` keeps the original name, from which undici takes the TLS server name.
      (address) => dial({ ...opts, hostname: address }, callback),
      (error: Error) => callback(error, null),
    );
  };
}

export type GuardedRequestInit = Omit<UndiciRequestInit, 'dispatcher'> & GuardOptions;

/**
 * fetch() that can reach only the public internet, over http or https. Redirects are
 * followed only when the caller asks (each hop's connection is guarded the same way).
 * Throws BlockedHostError for a refused host; other failures as fetch throws them.
 */
export async function guardedFetch(input: string | URL, init: GuardedRequestInit = {}) {
  const url = new URL(input);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BlockedHostError(url.protocol, `only http and https addresses are fetched`);
  }
  const { allowPrivateHosts, lookup, isBlocked, ...rest } = init;
  // An agent per request: no pooled socket outlives the policy it was checked under.
  const agent = new Agent({ connect: guardedConnector({ allowPrivateHosts, lookup, isBlocked }), headersTimeout: 30_000, bodyTimeout: 30_000 });
  try {
    const response = await undiciFetch(url, { redirect: 'manual', ...rest, dispatcher: agent });
    // close() waits for the body to be read (or cancelled) before it lets go of the socket.
    void agent.close().catch(() => {});
    return response;
  } catch (error) {
    void agent.destroy().catch(() => {});
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof BlockedHostError) throw cause;
    throw error;
  }
}
