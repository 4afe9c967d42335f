// One typed error for the whole app: a code the API maps to an HTTP status, and a
// message written for the person at the desk. Database errors never reach them.

export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  invalid: 422,
  rate_limited: 429,
  upstream: 502,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { fields?: Record<string, string[]>; current?: unknown },
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Field errors from a zod issue list, keyed by dotted path, for forms and the API. */
export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/**
 * A 422 whose message is the first problem in plain words. The field it belongs to travels in
 * `fields`, never in the message: people read the message, and "url: …" is not their word.
 */
export function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]): AppError {
  const fields = fieldErrors(issues);
  const first = Object.values(fields)[0]?.[0];
  return new AppError('invalid', first ?? 'Some of what you entered is not valid.', { fields });
}
