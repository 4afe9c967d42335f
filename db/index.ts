// The one database connection. Opened lazily, so `next build` and modules that merely
// import a query never touch the live database file.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BoundedMap } from '../lib/bounded-map';
import { env } from '../lib/env';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

interface Connection {
  path: string;
  sqlite: Database.Database;
  db: Db;
}

/** The open connection, with the DATABASE_PATH setting and working directory its path came from. */
type OpenConnection = Connection & { setting?: string; cwd?: string };

const globalForDb = globalThis as unknown as { claimdeskDb?: OpenConnection };

export function databasePath(): string {
  return resolve(/*turbopackIgnore: true*/ env().DATABASE_PATH);
}

/** Compiled statements kept per connection: drizzle asks for each query's SQL afresh. */
const STATEMENTS_KEPT = 500;

/**
 * What drizzle is given instead of the connection itself: the same connection, with each
 * SQL text compiled once and reused. drizzle prepares every query anew, and compiling
 * (sqlite3_prepare) was a tenth of the server's CPU time in a profile of the write path.
 * drizzle runs each statement to the end before the next call (no iterators), so a kept
 * statement is never in use when handed out again; its raw mode, which drizzle switches on
 * for some reads and not for others, is reset every time. Only drizzle's queries go
 * through here: code using the driver directly (getSqlite) prepares its own.
 */
type QueryClient = Pick<Database.Database, 'prepare' | 'transaction'>;

function withStatementCache(sqlite: Database.Database): QueryClient {
  const kept = new BoundedMap<string, Database.Statement>(STATEMENTS_KEPT);
  const prepare = (source: string): Database.Statement => {
    // The driver's own method, so that a test counting direct prepares counts these once.
    const statement = kept.get(source) ?? (Database.prototype.prepare.call(sqlite, source) as Database.Statement);
    // Set again on every use: the least recently used is the first to go.
    kept.set(source, statement);
    if (statement.reader) statement.raw(false);
    return statement;
  };
  // drizzle's better-sqlite3 session calls only these two.
  return { prepare, transaction: sqlite.transaction.bind(sqlite) } as unknown as QueryClient;
}

// Told of every query drizzle runs, prepared or not (drizzle logs each run once), so tests
// can prove a read does not run one query per row. Empty outside tests.
const queryListeners = new Set<(sql: string) => void>();
const logger = { logQuery: (sql: string) => { for (const listener of queryListeners) listener(sql); } };

/** Calls `listener` for each query drizzle runs until the returned function is called. */
export function onQuery(listener: (sql: string) => void): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

export function openDatabase(path: string): Connection {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // WAL with NORMAL sync survives an application crash without losing committed work.
  sqlite.pragma('synchronous = NORMAL');
  // The stand-in has only what drizzle calls; anything else on the driver goes through getSqlite().
  const client = withStatementCache(sqlite) as Database.Database;
  return { path, sqlite, db: drizzle(client, { schema, logger }) };
}

function connection(): Connection {
  const cached = globalForDb.claimdeskDb;
  // Asked for many times a request (every prepared read): while the setting and the working
  // directory it is resolved against are unchanged, the path is too, and checking every
  // setting (env()) each time was 2% of the write path's CPU.
  const setting = process.env.DATABASE_PATH;
  const cwd = process.cwd();
  if (cached && cached.setting === setting && cached.cwd === cwd && cached.sqlite.open) return cached;
  const path = databasePath();
  if (cached && cached.path === path && cached.sqlite.open) {
    Object.assign(cached, { setting, cwd });
    return cached;
  }
  if (cached?.sqlite.open) cached.sqlite.close();
  const opened = { ...openDatabase(path), setting, cwd };
  globalForDb.claimdeskDb = opened;
  return opened;
}

export function getDb(): Db {
  return connection().db;
}

/** The raw driver handle, for the few jobs drizzle has no words for (online backup). */
export function getSqlite(): Database.Database {
  return connection().sqlite;
}

export function closeDb(): void {
  const cached = globalForDb.claimdeskDb;
  if (cached?.sqlite.open) cached.sqlite.close();
  globalForDb.claimdeskDb = undefined;
}
