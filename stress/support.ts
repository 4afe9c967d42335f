// Helpers for the stress project: servers of our own on throwaway databases, API calls
// with a token, and the memory a process holds.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { closeDb } from '@/db';
import { runMigrations } from '@/db/migrate';
import { createApiToken } from '@/lib/auth/api-tokens';
import { seedDemoAccounts } from '@/scripts/seed';
import { freePort, startServer } from '@/e2e/support/server';

/** Runs `work` with DATABASE_PATH pointing at `path`, closing the connection afterwards. */
export async function withDatabase<T>(path: string, work: () => T | Promise<T>): Promise<T> {
  const saved = process.env.DATABASE_PATH;
  closeDb();
  process.env.DATABASE_PATH = path;
  try {
    return await work();
  } finally {
    closeDb();
    process.env.DATABASE_PATH = saved;
  }
}

export interface OwnServer {
  dir: string;
  databasePath: string;
  secret: string;
  baseURL: string;
  child: ChildProcess;
  editorToken: string;
}

/** A migrated, seeded database in a temp folder, and the production server on it. */
export async function ownServer(extraEnv: Record<string, string> = {}): Promise<OwnServer> {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-stress-'));
  const databasePath = join(dir, 'stress.db');
  const editorToken = await withDatabase(databasePath, async () => {
    runMigrations();
    await seedDemoAccounts();
    return createApiToken('editor@claimdesk.test', 'stress').token;
  });
  const secret = randomBytes(32).toString('hex');
  const { child, baseURL } = await serveOn(databasePath, secret, extraEnv);
  return { dir, databasePath, secret, baseURL, child, editorToken };
}

export async function serveOn(databasePath: string, secret: string, extraEnv: Record<string, string> = {}) {
  const port = await freePort();
  const child = await startServer({ DATABASE_PATH: databasePath, AUTH_SECRET: secret, CLAIMDESK_ALLOW_PRIVATE_URLS: '1', ...extraEnv }, port);
  return { child, baseURL: `http://127.0.0.1:${port}` };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Resident memory of a process, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

export function api(baseURL: string, token: string) {
  return async (method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> => {
    const res = await fetch(`${baseURL}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: res.status, json };
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
}
