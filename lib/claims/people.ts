// Names for the ids that history and messages mention, read in one query.
import { eq, inArray } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Reader } from './queries';

export function personName(tx: Reader, id: string): string {
  return tx.select({ name: users.name }).from(users).where(eq(users.id, id)).get()?.name ?? 'a former colleague';
}

export function peopleNames(tx: Reader, ids: Iterable<string>): Map<string, string> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  return new Map(tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted)).all().map((u) => [u.id, u.name]));
}
