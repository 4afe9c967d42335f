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
  return Response.json({ error: body }, { status: e.status, headers: JSON_HEADERS });
}

/** True when a URL (an Origin or a Referer) is on the host this request was sent to. */
function onThisHost(value: string, req: Request): boolean {
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  if (!host || value === 'null') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host;
  } catch {
    return false;
  }
}

/**
 * A cookie-authenticated write must come from our own pages, not another site: its Origin
 * must be ours, or, when a browser sends no Origin, its Referer. "null", a value that does
 * not parse, or neither header is refused (403), never a crash.
 */
export function checkSameOrigin(req: Request): void {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
  const origin = req.headers.get('origin');
  const referer = req.headers.get('referer');
  const ours = origin !== null ? onThisHost(origin, req) : referer !== null && onThisHost(referer, req);
  if (!ours) throw new AppError('forbidden', 'This request did not come from a Claimdesk page and was refused.');
}

const JSON_HEADERS = {
  'Cache-Control': 'no-store',
  // JSON is data: nothing in it may ever run or be framed, even if opened directly.
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

/** A JSON body already serialised (a read kept while unchanged), with the headers every JSON answer has. */
export function jsonText(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'application/json', ...JSON_HEADERS } });
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
      return Response.json(result, { headers: JSON_HEADERS });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

// Bodies are read through lib/http/body.ts (streamed, capped, exact media type).
export { readJson, readMultipart } from '@/lib/http/body';
