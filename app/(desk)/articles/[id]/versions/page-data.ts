// Shared by the version pages: a missing article or version is a 404 page, not an error.
import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';

export function orNotFound<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}

/** "12 Mar 2022, 14:05 UTC": the same for everyone on the desk, wherever they sit. */
export const whenUtc = (d: Date) => `${d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;

export const FORMAT_NAMES: Record<string, string> = { text: 'pasted text', markdown: 'Markdown', html: 'HTML', docx: 'Word file', url: 'web page' };
