// The one way a route reads a request body: streamed, counted, and stopped at the route's
// limit with a 413, whether or not the client declared a Content-Length (a chunked body
// declares none). Nothing bigger than the limit is ever held in memory.
import contentType from 'content-type';
import { AppError } from '@/lib/errors';
import { sizeInWords } from './body-limit';

/** What an ordinary JSON route accepts: a claim edit, a comment, evidence. */
export const DEFAULT_JSON_BYTES = 1024 * 1024;

export interface BodyLimit {
  /** The refusal people see, when the route can say it better ("The upload is over the 5 MB limit."). */
  tooLargeMessage?: string;
}

export async function readBody(req: Request, maxBytes: number, limit: BodyLimit = {}): Promise<Uint8Array> {
  const tooLarge = (max: number) => new AppError('too_large', limit.tooLargeMessage ?? `The request body is over ${sizeInWords(max)}; nothing was saved.`);
  const declared = req.headers.get('content-length');
  if (declared !== null) {
    const length = Number(declared);
    if (!Number.isInteger(length) || length < 0) throw new AppError('bad_request', 'The Content-Length header is not a number.');
    if (length > maxBytes) {
      await req.body?.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
  }
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch {
      throw new AppError('bad_request', 'The request body could not be read. Try again.');
    }
    if (step.done) break;
    size += step.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(step.value);
  }
  return Buffer.concat(chunks, size);
}

/** The media type of the body, lower-cased without parameters; null when absent or unparsable. */
export function mediaType(req: Request): string | null {
  const header = req.headers.get('content-type');
  if (!header) return null;
  try {
    return contentType.parse(header).type;
  } catch {
    return null;
  }
}

/** A JSON object body: `application/json` exactly (parameters such as charset allowed), within the limit. */
export async function readJson(req: Request, maxBytes = DEFAULT_JSON_BYTES): Promise<Record<string, unknown>> {
  if (mediaType(req) !== 'application/json') throw new AppError('unsupported_type', 'Send the request body as application/json.');
  const bytes = await readBody(req, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
  // Every endpoint takes an object; null, arrays and bare values would reach handlers as crashes.
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError('bad_request', 'The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/** A multipart form, read through the same capped reader before it is parsed. */
export async function readMultipart(req: Request, maxBytes: number, limit: BodyLimit = {}): Promise<FormData> {
  const header = req.headers.get('content-type') ?? '';
  if (mediaType(req) !== 'multipart/form-data') throw new AppError('unsupported_type', 'Send the upload as multipart/form-data.');
  const bytes = await readBody(req, maxBytes, limit);
  try {
    return await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': header } }).formData();
  } catch {
    throw new AppError('bad_request', 'The upload could not be read. Try again.');
  }
}
