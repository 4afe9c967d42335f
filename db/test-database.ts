// For integration tests: a fresh SQLite file per test file, migrated, never a mock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, getDb } from './index';
import { runMigrations } from './migrate';

export function useTestDatabase(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-test-'));
  const path = join(dir, 'test.db');
  closeDb();
  process.env.DATABASE_PATH = path;
  runMigrations();
  getDb();
  return {
    path,
    cleanup: () => {
      closeDb();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
