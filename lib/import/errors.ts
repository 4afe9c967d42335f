// The one error every importer throws: a code the app maps to an HTTP status and a
// message a journalist can act on ("The page at example.com took longer than 10 seconds to answer.").

export const IMPORT_ERROR_CODES = [
  'too_large',
  'unsupported_type',
  'malformed_file',
  'empty',
  'fetch_failed',
  'blocked_host',
  'timeout',
  'too_complex',
  'busy',
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    // The name survives into logs; callers test with isImportError().
    this.name = 'ImportError';
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}

/** The longest body an article may have, in characters (UTF-16 code units, as offsets count them). */
export const MAX_BODY_CHARS = 500_000;
/** The largest file or web page Claimdesk reads, in bytes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? mb.toFixed(0) : mb.toFixed(1)} MB`;
}
