// Ids are generated in code (random, URL-safe) so rows can be created before they're saved.
import { randomBytes } from 'node:crypto';

export function newId(): string {
  return randomBytes(12).toString('base64url');
}
