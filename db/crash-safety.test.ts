// A crash in the middle of a write loses nothing that was saved and leaves no half-import.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { closeDb, getDb, getSqlite } from './index';
import { articles, claims } from './schema';
import { useTestDatabase } from './test-database';
import { createArticle } from '@/lib/articles/create-article';
import { createUser } from '@/lib/users/manage-users';

describe('a crash mid-write', () => {
  let db: ReturnType<typeof useTestDatabase>;
  beforeAll(() => {
    db = useTestDatabase();
  });
  afterAll(() => db.cleanup());

  it('keeps committed articles and rolls back the interrupted import', async () => {
    const editor = await createUser({ email: 'crash@test.org', name: 'Cas Crash', role: 'editor', password: 'crash-password' });
    const saved = createArticle(editor, { title: 'Saved before', dek: null, byline: null, publication: null, publishedAt: null, sourceUrl: null, body: 'Prices rose 4% in May, the bureau said.', format: 'text', fileName: null, originalHtml: null }, {
      blocks: [], sentences: [], claims: [{ start: 0, end: 39, text: 'Prices rose 4% in May, the bureau said.', kind: 'statistic', score: 0.9, checkworthy: true, reasons: ['a figure'], attribution: null, duplicates: [] }],
    });
    closeDb();

    const child = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'db/crash-child.ts', 'crash@test.org', '5000'], {
      env: { ...process.env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(child.stdout).not.toContain('finished without dying');

    expect(getSqlite().pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = getDb().select({ id: articles.id, title: articles.title }).from(articles).all();
    expect(rows).toEqual([{ id: saved, title: 'Saved before' }]);
    expect(getDb().select({ n: count() }).from(claims).get()!.n).toBe(1);
  });
});
