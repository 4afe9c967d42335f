// The one database connection. Opened lazily, so `next build` and modules that merely
// import a query never touch the live database file.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { env } from '../lib/env';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

interface Connection {
  path: string;
  sqlite: Database.Database;
  db: Db;
}

const globalForDb = globalThis as unknown as { claimdeskDb?: Connection };

export function databasePath(): string {
  return resolve(/*turbopackIgnore: true*/ env().DATABASE_PATH);
}

export function openDatabase(path: string): Connection {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // WAL with NORMAL sync survives an application crash without losing committed work.
  sqlite.pragma('synchronous = NORMAL');
  return { path, sqlite, db: drizzle(sqlite, { schema }) };
}

function connection(): Connection {
  const path = databasePath();
  const cached = globalForDb.claimdeskDb;
  if (cached && cached.path === path && cached.sqlite.open) return cached;
  if (cached?.sqlite.open) cached.sqlite.close();
  const opened = openDatabase(path);
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
