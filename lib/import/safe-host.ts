// Which hosts a server-side fetch may reach. Importing a URL makes Claimdesk's server ask
// for it, so an address on the server's own network (the cloud metadata service at
// 169.254.169.254, a database on 10.0.0.5, the app itself on 127.0.0.1) must be refused.
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';

export type LookupAll = (host: string) => Promise<{ address: string; family: number }[]>;

export const systemLookup: LookupAll = (host) => dns.lookup(host, { all: true, verbatim: true });

// [first address, prefix length] of IPv4 ranges that are not the public internet.
const BLOCKED_V4: [string, number][] = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16],
  ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function blockedV4(n: number): boolean {
  return BLOCKED_V4.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    const start = v4ToInt(base);
    return n >= start && n < start + size;
  });
}

/** The eight 16-bit groups of an IPv6 address (with any dotted IPv4 tail expanded). */
function v6Groups(ip: string): number[] | null {
  let text = ip.split('%')[0]!.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const n = v4ToInt(dotted[1]!);
    text = `${text.slice(0, -dotted[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  if (fill < 0) return null;
  const groups = [...left, ...Array<string>(fill).fill('0'), ...right].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

function blockedV6(ip: string): boolean {
  const g = v6Groups(ip);
  if (!g) return true;
  const embeddedV4 = (hi: number, lo: number) => blockedV4(hi * 65536 + lo);
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8) || (zeros(0, 7) && g[7] === 1)) return true; // :: and ::1
  if (zeros(0, 5) && g[5] === 0xffff) return embeddedV4(g[6]!, g[7]!); // IPv4-mapped ::ffff:a.b.c.d
  if (zeros(0, 6)) return embeddedV4(g[6]!, g[7]!); // IPv4-compatible ::a.b.c.d (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b) return g[2] !== 0 || embeddedV4(g[6]!, g[7]!); // NAT64
  if (g[0] === 0x2002) return embeddedV4(g[1]!, g[2]!); // 6to4
  if (g[0] === 0x2001 && (g[1] === 0 || g[1] === 0xdb8)) return true; // Teredo, documentation
  if (g[0] === 0x100 && zeros(1, 4)) return true; // discard-only
  const first = g[0]!;
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xffc0) === 0xfec0 || (first & 0xff00) === 0xff00;
}

/** True for loopback, private, link-local, CGNAT, multicast, reserved and documentation addresses. */
export function isBlockedAddress(address: string): boolean {
  const version = isIP(address.split('%')[0]!);
  if (version === 4) return blockedV4(v4ToInt(address));
  if (version === 6) return blockedV6(address);
  return true; // Not an address at all: refuse rather than guess.
}

/** The host part of a URL without IPv6 brackets or a trailing dot. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
}

/**
 * Checks every address the host resolves to. Returns the reason it is blocked, or null.
 * Known residual risk: DNS rebinding. The name is resolved again when fetch connects, so a
 * hostile DNS server could answer with a public address here and a private one there.
 * Pinning the checked address would need a custom undici dispatcher.
 */
export async function blockedHostReason(url: URL, lookup: LookupAll): Promise<string | null> {
  const host = bareHost(url);
  if (isIP(host)) return isBlockedAddress(host) ? `${host} is an address on a private or local network` : null;
  // RFC 6761: these names always mean this machine; never ask DNS about them.
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is this server itself`;
  const addresses = await lookup(host);
  if (addresses.length === 0) return null;
  const blocked = addresses.find((a) => isBlockedAddress(a.address));
  return blocked ? `${host} points to ${blocked.address}, an address on a private or local network` : null;
}
