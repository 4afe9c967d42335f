// Driver details for the hot reads: statements prepared once per connection, and rows read
// as plain arrays decoded column by column. At hundreds of rows a read, building the query
// each time and drizzle's generic row mapping cost more than SQLite's own work.
import { Column, getTableColumns, sql, type InferSelectModel, type SQL, type Table } from 'drizzle-orm';
import { getDb, type Db } from './index';

const statements = new WeakMap<object, Map<string, unknown>>();

/**
 * The statement `build` makes, prepared the first time this connection asks for `key` and
 * reused after. `db` is the connection (or transaction) the statement belongs to; keys
 * name the read ("articles.board.claims"), so two reads never share one by accident.
 */
export function preparedOnce<T>(db: object, key: string, build: () => T): T {
  let forDb = statements.get(db);
  if (!forDb) statements.set(db, (forDb = new Map()));
  let statement = forDb.get(key) as T | undefined;
  if (statement === undefined) forDb.set(key, (statement = build()));
  return statement;
}

/**
 * Decodes a raw row whose first columns are `table`'s, in getTableColumns order, into the
 * row drizzle would return (dates, JSON and booleans as their JS values). Every column of
 * the table is read, so a column added to the schema cannot go missing from the result.
 */
export function tableRowDecoder<T extends Table>(table: T): { width: number; decode: (row: unknown[]) => InferSelectModel<T> } {
  const columns = Object.entries(getTableColumns(table)) as [string, Column][];
  const keys = columns.map(([key]) => key);
  // Only the columns whose type maps driver values (timestamps, JSON, booleans) pay for a call.
  const mappers = columns.map(([, column]) =>
    column.mapFromDriverValue === Column.prototype.mapFromDriverValue ? null : (value: unknown) => column.mapFromDriverValue(value));
  return {
    width: keys.length,
    decode(row) {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) {
        const value = row[i];
        const map = mappers[i];
        out[keys[i]!] = value === null || !map ? value : map(value);
      }
      return out as InferSelectModel<T>;
    },
  };
}

/**
 * preparedOnce on the one connection, whatever handle the caller holds. A transaction handle
 * is a new object each time, so keying on it would prepare anew per change; the statement
 * belongs to the connection and runs inside any transaction open on it (SQLite has one).
 */
export function preparedOnConnection<T>(key: string, build: (db: Db) => T): T {
  const db = getDb();
  return preparedOnce(db, key, () => build(db));
}

/**
 * Placeholders for a prepared insert or update that bind their value as given. drizzle runs
 * a bare placeholder's value through the column's encoder, null included: a JSON column's
 * null was stored as the text "null" and a null timestamp threw. Give these the values
 * driverValues makes.
 */
export function rawPlaceholders(keys: readonly string[]): Record<string, SQL> {
  return Object.fromEntries(keys.map((key) => [key, sql`${sql.placeholder(key)}`]));
}

const columnsByTable = new WeakMap<Table, Record<string, Column>>();

/** A row's values as the driver stores them, each encoded by `table`'s column of that name; null stays null, other keys pass as they are. */
export function driverValues(table: Table, row: Record<string, unknown>): Record<string, unknown> {
  // Asked on every write: the table's columns are looked up once.
  let columns = columnsByTable.get(table);
  if (!columns) columnsByTable.set(table, (columns = getTableColumns(table) as Record<string, Column>));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const column = columns[key];
    out[key] = value === null || value === undefined ? null : column ? column.mapToDriverValue(value) : value;
  }
  return out;
}
