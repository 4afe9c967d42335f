// Applies the generated migrations in drizzle/ before anything else runs.
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { resolve } from 'node:path';
import { env } from '../lib/env';
import { getDb } from './index';

export function migrationsFolder(): string {
  return resolve(env().CLAIMDESK_ROOT || process.cwd(), 'drizzle');
}

export function runMigrations(): void {
  migrate(getDb(), { migrationsFolder: migrationsFolder() });
}
