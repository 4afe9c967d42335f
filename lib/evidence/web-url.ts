// Addresses people will click: only http and https, so a pasted `javascript:` or
// `data:` link can never run in a reviewer's browser or in an exported report.
import { z } from 'zod';

export const MAX_URL_LENGTH = 2_048;

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const webUrl = z
  .string()
  .trim()
  .min(1, 'Enter a web address.')
  .max(MAX_URL_LENGTH, `Use a web address of at most ${MAX_URL_LENGTH} characters.`)
  .refine(isWebUrl, 'Use a web address that starts with http:// or https:// (other kinds of links are not allowed).');

/** An optional address: empty means none. */
export const optionalWebUrl = z
  .union([z.literal(''), webUrl])
  .nullish()
  .transform((v) => v || null);
