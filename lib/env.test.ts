import { afterEach, describe, expect, it } from 'vitest';
import { env } from './env';

describe('settings from the environment', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('has sensible defaults', () => {
    delete process.env.PORT;
    delete process.env.DATABASE_PATH;
    delete process.env.CLAIMDESK_ALLOW_PRIVATE_URLS;
    expect(env()).toMatchObject({ PORT: 3000, DATABASE_PATH: 'data/claimdesk.db', CLAIMDESK_ALLOW_PRIVATE_URLS: '0' });
  });

  it('refuses a short secret and a bad port with a message that names them', () => {
    process.env.AUTH_SECRET = 'short';
    expect(() => env()).toThrow(/AUTH_SECRET/);
    delete process.env.AUTH_SECRET;
    process.env.PORT = 'eighty';
    expect(() => env()).toThrow(/PORT/);
  });

  it('follows a changed setting (tests point DATABASE_PATH at a fresh file)', () => {
    process.env.DATABASE_PATH = '/tmp/one.db';
    expect(env().DATABASE_PATH).toBe('/tmp/one.db');
    process.env.DATABASE_PATH = '/tmp/two.db';
    expect(env().DATABASE_PATH).toBe('/tmp/two.db');
  });

  it('reads TRUST_PROXY as a list of proxies, and names a bad one', () => {
    process.env.TRUST_PROXY = '10.0.0.1, 192.168.0.0/16, loopback, ::1';
    expect(env().TRUST_PROXY).toBe('10.0.0.1, 192.168.0.0/16, loopback, ::1');
    process.env.TRUST_PROXY = 'true';
    expect(() => env()).toThrow(/TRUST_PROXY/);
    process.env.TRUST_PROXY = '10.0.0.0/40';
    expect(() => env()).toThrow(/TRUST_PROXY/);
  });
});
