// Calls route handlers directly, as Next.js would, against a real temp SQLite file.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { encode } from 'next-auth/jwt';
import { createApiToken } from '@/lib/auth/api-tokens';
import { startSession } from '@/lib/auth/sessions';
import { createUser } from '@/lib/users/manage-users';

export const API_ROOT = join(process.cwd(), 'app/api/v1');

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Every route.ts under app/api/v1, with the URL pattern it serves. */
export function routeFiles(dir = API_ROOT): { file: string; pattern: string }[] {
  const found: { file: string; pattern: string }[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...routeFiles(path));
    else if (entry === 'route.ts') found.push({ file: path, pattern: `/api/v1/${relative(API_ROOT, dir)}`.replace(/\/$/, '') });
  }
  return found;
}

export async function call(
  modulePath: string,
  method: Method,
  url: string,
  options: { token?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string>; params?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const mod = (await import(/* @vite-ignore */ modulePath)) as Partial<Record<Method, Handler>>;
  const handler = mod[method];
  if (!handler) throw new Error(`${modulePath} has no ${method}`);
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body = options.body;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const init: RequestInit & { duplex?: 'half' } = { method, headers, body };
  if (body instanceof ReadableStream) init.duplex = 'half';
  const res = await handler(new Request(`http://claimdesk.test${url}`, init), {
    params: Promise.resolve(options.params ?? {}),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (an export)
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

export async function deskAccounts() {
  const editor = await createUser({ email: 'editor@api.test', name: 'Ed Editor', role: 'editor', password: 'editor-password' });
  const reviewer = await createUser({ email: 'reviewer@api.test', name: 'Rae Reviewer', role: 'reviewer', password: 'reviewer-password' });
  const other = await createUser({ email: 'other@api.test', name: 'Oli Other', role: 'reviewer', password: 'other-password' });
  const admin = await createUser({ email: 'admin@api.test', name: 'Ada Admin', role: 'admin', password: 'admin-password' });
  const token = (email: string) => createApiToken(email, 'tests').token;
  return {
    editor: { ...editor, token: token(editor.email) },
    reviewer: { ...reviewer, token: token(reviewer.email) },
    other: { ...other, token: token(other.email) },
    admin: { ...admin, token: token(admin.email) },
  };
}

/** A signed-in browser's cookie header, as Auth.js would set it after sign-in (needs AUTH_SECRET). */
export async function sessionCookie(userId: string): Promise<{ cookie: string; sessionId: string }> {
  const sessionId = startSession(userId);
  const value = await encode({ token: { id: userId, sub: userId, sid: sessionId }, secret: process.env.AUTH_SECRET!, salt: 'authjs.session-token' });
  return { cookie: `authjs.session-token=${value}`, sessionId };
}
