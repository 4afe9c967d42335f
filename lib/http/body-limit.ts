// The largest request body any route accepts, known before Next.js reads a byte: the
// server (scripts/serve.ts) refuses a declared length above it at once. Each route's own,
// smaller limit is enforced while the body streams in (lib/http/body.ts).

/** Above the biggest route limit (an article import: 6 MiB of JSON, or a 5 MiB file plus framing). */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

export function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The refusal message for a declared Content-Length over the server's ceiling, or null. */
export function checkDeclaredLength(value: string | string[] | undefined, max = MAX_REQUEST_BYTES): string | null {
  if (value === undefined || Array.isArray(value)) return null;
  const length = Number(value);
  if (!Number.isFinite(length) || length <= max) return null;
  return `The request body is over ${sizeInWords(max)}; nothing was read.`;
}
