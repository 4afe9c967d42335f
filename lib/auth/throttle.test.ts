// The sign-in throttle holds under simultaneous guesses, and counts addresses the server saw.
import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { createUser } from '@/lib/users/manage-users';
import { CLIENT_HEADER, stampClientAddress, trustFrom } from '@/lib/net/client-address';
import { checkCredentials } from './sign-in';
import { LIMITS, lockedUntil } from './throttle';

describe('the sign-in throttle', () => {
  let db: ReturnType<typeof useTestDatabase>;
  beforeAll(async () => {
    db = useTestDatabase();
    await createUser({ email: 'target@throttle.test', name: 'Tara Target', role: 'editor', password: 'the right passphrase' });
    await createUser({ email: 'calm@throttle.test', name: 'Cal Calm', role: 'editor', password: 'another right passphrase' });
  });
  afterAll(() => db.cleanup());

  it('locks the account after 5 of 40 simultaneous guesses; the right password at attempt 13 does not get in', async () => {
    const attempts = Array.from({ length: 40 }, (_, i) =>
      checkCredentials('target@throttle.test', i === 12 ? 'the right passphrase' : `wrong guess ${i}`, `198.51.100.${i}`),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((r) => r.ok)).toEqual([]);
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(LIMITS.account);
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(40 - LIMITS.account);
    expect(lockedUntil([{ kind: 'account', value: 'target@throttle.test' }])).not.toBeNull();
    // Still locked for the right password afterwards.
    expect(await checkCredentials('target@throttle.test', 'the right passphrase', '198.51.100.200')).toEqual({ ok: false, reason: 'locked' });
  });

  it('gives the attempt back on success, so a person who types it right is not counted', async () => {
    for (let i = 0; i < 10; i++) expect((await checkCredentials('calm@throttle.test', 'another right passphrase', '203.0.113.5')).ok).toBe(true);
    expect(lockedUntil([{ kind: 'address', value: '203.0.113.5' }])).toBeNull();
  });

  it('locks an address after 20 failures across accounts', async () => {
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => checkCredentials(`nobody${i}@throttle.test`, 'guess guess', '192.0.2.77')));
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(25 - LIMITS.address);
  });
});

function rawRequest(remoteAddress: string, headers: Record<string, string>): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: remoteAddress });
  const req = new IncomingMessage(socket);
  req.headers = { ...headers };
  return req;
}

describe('the client address the throttle counts', () => {
  it('is the socket address, whatever X-Forwarded-For says, unless TRUST_PROXY names the proxy', () => {
    const spoofed = rawRequest('203.0.113.9', { 'x-forwarded-for': '1.2.3.4', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example', [CLIENT_HEADER]: '9.9.9.9' });
    expect(stampClientAddress(spoofed, trustFrom(undefined))).toBe('203.0.113.9');
    expect(spoofed.headers[CLIENT_HEADER]).toBe('203.0.113.9');
    // Forwarding headers from an untrusted peer are dropped, so nothing later believes them.
    expect(spoofed.headers['x-forwarded-for']).toBeUndefined();
    expect(spoofed.headers['x-forwarded-proto']).toBeUndefined();
    expect(spoofed.headers['x-forwarded-host']).toBeUndefined();

    const viaProxy = rawRequest('10.0.0.2', { 'x-forwarded-for': '1.2.3.4, 198.51.100.7', 'x-forwarded-proto': 'https' });
    expect(stampClientAddress(viaProxy, trustFrom('10.0.0.0/8'))).toBe('198.51.100.7');
    expect(viaProxy.headers['x-forwarded-proto']).toBe('https');

    const twoProxies = rawRequest('10.0.0.2', { 'x-forwarded-for': '1.2.3.4, 198.51.100.7, 10.0.0.3' });
    expect(stampClientAddress(twoProxies, trustFrom('10.0.0.2, 10.0.0.3'))).toBe('198.51.100.7');

    const notTheProxy = rawRequest('203.0.113.50', { 'x-forwarded-for': '1.2.3.4' });
    expect(stampClientAddress(notTheProxy, trustFrom('10.0.0.0/8'))).toBe('203.0.113.50');
  });
});
