// Reads kept while nothing has changed. SQLite says when something may have: total_changes()
// grows with every row this connection inserts, updates or deletes (triggers' rows and
// rolled-back ones included), and data_version moves when any other connection (a worker
// thread, a script, another process) commits. Together they never stay still across a
// change, so a value computed under one stamp is the same value while the stamp holds.
import type Database from 'better-sqlite3';
import { BoundedMap } from '../lib/bounded-map';
import { getSqlite } from './index';
import { preparedOnce } from './prepared';

// Both counters start afresh on a new connection, so the stamp also names the connection:
// a file reopened (or another file opened) never matches a stamp taken before.
const connectionNumbers = new WeakMap<Database.Database, number>();
let connectionsSeen = 0;

/** The database's change stamp, or null inside a transaction (what it reads may yet roll back). */
export function changeStamp(sqlite: Database.Database = getSqlite()): string | null {
  if (sqlite.inTransaction) return null;
  let connection = connectionNumbers.get(sqlite);
  if (connection === undefined) connectionNumbers.set(sqlite, (connection = ++connectionsSeen));
  const read = preparedOnce(sqlite, 'changeStamp', () => sqlite.prepare('select total_changes(), (select data_version from pragma_data_version)').raw(true));
  const [changes, version] = read.get() as [number, number];
  return `${connection}:${changes}:${version}`;
}

/** A value that also depends on the time, and holds until `until` (ms): overdue counts hold until the next claim falls due. */
export interface Timed<T> {
  value: T;
  until: number;
}

/**
 * Up to `kept` values by key, each good while the change stamp it was computed under holds.
 * Meant for immutable results (strings, frozen data): callers share what is handed out.
 */
export class KeptWhileUnchanged<T> {
  private readonly entries: BoundedMap<string, { stamp: string; value: T; from: number; until: number }>;

  constructor(kept: number) {
    this.entries = new BoundedMap(kept);
  }

  get(key: string, compute: () => T): T {
    return this.getAt(key, 0, () => ({ value: compute(), until: Infinity }));
  }

  /**
   * For a value read as of the time `at`: kept for a later `at` only while no change was
   * made and `at` is still before the `until` the computation gave.
   */
  getAt(key: string, at: number, compute: () => Timed<T>): T {
    const stamp = changeStamp();
    if (stamp === null) return compute().value;
    const hit = this.entries.get(key);
    if (hit?.stamp === stamp && hit.from <= at && at < hit.until) return hit.value;
    const { value, until } = compute();
    freeze(value);
    this.entries.set(key, { stamp, value, from: at, until });
    return value;
  }
}

/** Kept values are shared by every caller: freezing them makes a caller that edits one fail loudly. */
function freeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || value instanceof Date) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) freeze(inner);
}
