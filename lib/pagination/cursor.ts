// Cursor pagination shared by every long list: a page is the rows after the last one the
// caller saw, in an order with a unique tie-breaker, so rows added meanwhile never shift
// a page and no row is shown twice or skipped. The cursor is that last row's sort key,
// opaque to callers (base64url JSON) and checked on the way back in.
import { z } from 'zod';
import { AppError } from '@/lib/errors';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export type CursorKey = (string | number | null)[];

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

const keyShape = z.array(z.union([z.string().max(2_000), z.number().finite(), z.null()])).min(1).max(8);

/** The sort key inside a cursor; `shape` checks each position (a cursor from another list is refused). */
export function decodeCursor<T extends CursorKey>(cursor: string | null | undefined, shape: z.ZodType<T, CursorKey>): T | null {
  if (!cursor) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    raw = undefined;
  }
  const parsed = keyShape.pipe(shape).safeParse(raw);
  if (!parsed.success) throw new AppError('bad_request', 'This page link is out of date or damaged; start again from the first page.');
  return parsed.data;
}

export const pageSize = z.coerce
  .number({ message: 'The page size must be a number.' })
  .int('The page size must be a whole number.')
  .min(1, 'Ask for at least 1 item.')
  .max(MAX_PAGE_SIZE, `Ask for at most ${MAX_PAGE_SIZE} items a page.`)
  .default(DEFAULT_PAGE_SIZE);

/** A day as the lists' and search's from/to filters take it (lib/dates.ts dayBounds reads it). */
export const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-12.');

/** Rows fetched with limit + 1: the extra row only says whether there is a next page. */
export function toPage<R, T>(rows: R[], limit: number, keyOf: (row: R) => CursorKey, map: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  return { items: shown.map(map), nextCursor: more && last ? encodeCursor(keyOf(last)) : null };
}
