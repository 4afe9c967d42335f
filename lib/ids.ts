// Ids are generated in code (random, URL-safe) so rows can be created before they're saved.
// Random bytes are drawn from the system generator a few kilobytes at a time, as
// crypto.randomUUID does: one call per id cost more than the row it named when an import
// writes a thousand rows. Each id still takes 12 fresh bytes that no other id shares.
import { randomFillSync } from 'node:crypto';

const ID_BYTES = 12;
const pool = Buffer.alloc(ID_BYTES * 512);
let next = pool.length;

export function newId(): string {
  if (next === pool.length) {
    randomFillSync(pool);
    next = 0;
  }
  const id = pool.toString('base64url', next, next + ID_BYTES);
  next += ID_BYTES;
  return id;
}
