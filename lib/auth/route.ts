// The one wrapper every API route handler goes through: who is asking, may they, and
// errors in DESIGN.md's shape. Handlers inside it only validate input and call lib/.
import 'server-only';
import { AppError, isAppError } from '@/lib/errors';
import { type Actor, type Permission, requirePermission } from './permissions';
import { resolveActor } from './resolve-actor';

export interface RouteContext<P> {
  actor: Actor;
  req: Request;
  params: P;
}

type Handler<P> = (ctx: RouteContext<P>) => Promise<unknown> | unknown;

export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  console.error('[claimdesk] unexpected error', error);
  return new AppError('internal', 'Something went wrong on our side. Nothing was changed; try again.');
}

export function errorResponse(error: unknown): Response {
  const e = toAppError(error);
  const body: Record<string, unknown> = { code: e.code, message: e.message };
  if (e.details?.fields) body.fields = e.details.fields;
  if (e.details?.current !== undefined) body.current = e.details.current;
  return Response.json({ error: body }, { status: e.status, headers: { 'Cache-Control': 'no-store' } });
}

/** A cookie-authenticated write must come from our own pages, not another site. */
function checkSameOrigin(req: Request): void {
  if (req.method === 'GET' || req.method === 'HEAD') return;
  const origin = req.headers.get('origin');
  if (!origin) return;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  if (!host || new URL(origin).host !== host) {
    throw new AppError('forbidden', 'This request came from another site and was refused.');
  }
}

export function route<P = Record<string, never>>(permission: Permission | null, handler: Handler<P>) {
  return async (req: Request, context?: { params?: Promise<P> }): Promise<Response> => {
    try {
      const resolved = await resolveActor(req.headers);
      if (!resolved) throw new AppError('unauthorized', 'Sign in, or send an API token, to use this.');
      if (resolved.via === 'session') checkSameOrigin(req);
      if (permission) requirePermission(resolved.actor, permission);
      const params = ((await context?.params) ?? {}) as P;
      const result = await handler({ actor: resolved.actor, req, params });
      if (result instanceof Response) return result;
      return Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Reads a JSON object body with a size cap, as a clear 400/413/415 rather than a crash. */
export async function readJson(req: Request, maxBytes = 1_000_000): Promise<Record<string, unknown>> {
  const type = req.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) throw new AppError('unsupported_type', 'Send the request body as application/json.');
  const text = await req.text();
  if (text.length > maxBytes) throw new AppError('too_large', `The request body is over ${Math.round(maxBytes / 1000)} KB.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
  // Every endpoint takes an object; null, arrays and bare values would reach handlers as crashes.
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError('bad_request', 'The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}
