// The session secret: AUTH_SECRET when set, otherwise generated once and kept beside
// the database with owner-only permissions. Never a constant in the code.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { databasePath } from '@/db';
import { env } from '@/lib/env';

export function secretFilePath(): string {
  return join(dirname(databasePath()), 'auth-secret');
}

export function authSecret(): string {
  const configured = env().AUTH_SECRET;
  if (configured) return configured;
  const file = secretFilePath();
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // 'wx' fails if another process created it first; then we read theirs.
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  } catch {
    return readFileSync(file, 'utf8').trim();
  }
  chmodSync(file, 0o600);
  return secret;
}
