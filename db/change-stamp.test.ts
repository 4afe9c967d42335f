import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getArticleJsonText } from '@/lib/articles/article-json';
import { getArticle } from '@/lib/articles/queries';
import { importSample, person } from '@/lib/articles/test-desk';
import type { Actor } from '@/lib/auth/permissions';
import { updateClaim } from '@/lib/claims/update-claim';
import { changeStamp, KeptWhileUnchanged } from './change-stamp';
import { closeDb, getDb, getSqlite } from './index';
import { useTestDatabase } from './test-database';

/** A kept read whose computation counts itself: the number it returns says how often it ran. */
function countedRead() {
  const kept = new KeptWhileUnchanged<number>(4);
  let computed = 0;
  return () => kept.get('a', () => ++computed);
}

describe('reads kept while the database is unchanged', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let articleId: string;
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    articleId = importSample(editor, 'Kept article');
  });
  afterAll(() => db.cleanup());

  it('hands out the kept value until this connection changes a row', () => {
    const read = countedRead();
    expect([read(), read()]).toEqual([1, 1]);
    getSqlite().prepare("update users set name = name || '' where role = 'editor'").run();
    expect(read()).toBe(2);
  });

  it('computes afresh after another connection commits (a script, a worker, another process)', () => {
    const read = countedRead();
    read();
    const other = new Database(db.path);
    // A real change: an update that writes the same value leaves the file as it was.
    other.prepare("update users set name = 'Dana E. Editor' where role = 'editor'").run();
    other.close();
    expect(read()).toBe(2);
    expect(read()).toBe(2);
  });

  it('computes afresh once the connection is reopened, whose counters start again', () => {
    const read = countedRead();
    // Two fresh connections with no change made on either: their counters read the same.
    closeDb();
    getDb();
    expect(read()).toBe(1);
    closeDb();
    getDb();
    expect(read()).toBe(2);
  });

  it('keeps nothing read inside a transaction, which may yet roll back', () => {
    const sqlite = getSqlite();
    sqlite.transaction(() => expect(changeStamp()).toBeNull())();
    const kept = new KeptWhileUnchanged<number>(4);
    let computed = 0;
    sqlite.transaction(() => kept.get('a', () => ++computed))();
    expect(kept.get('a', () => ++computed)).toBe(2);
  });

  it('keeps a value read as of a time only from that time until the one its computation gave', () => {
    const kept = new KeptWhileUnchanged<number>(4);
    let computed = 0;
    const read = (at: number) => kept.getAt('a', at, () => ({ value: ++computed, until: 200 }));
    expect([read(100), read(150), read(199)]).toEqual([1, 1, 1]);
    expect(read(200)).toBe(2);
    // Kept from 200 on: an earlier time is not covered by it.
    expect(read(199)).toBe(3);
  });

  it('keeps at most as many values as it was told, the oldest going first', () => {
    const kept = new KeptWhileUnchanged<string>(2);
    const calls: string[] = [];
    const read = (key: string) => kept.get(key, () => { calls.push(key); return key; });
    read('a'); read('b'); read('c'); read('b'); read('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('the article API answers with a change made a moment ago', () => {
    const before = JSON.parse(getArticleJsonText({ id: articleId })) as { claims: { id: string; status: string }[] };
    expect(getArticleJsonText({ id: articleId })).toBe(JSON.stringify(before));
    const claim = getArticle({ id: articleId }).claims[0]!;
    updateClaim(editor, claim.id, { version: claim.version, status: 'confirmed' });
    const after = JSON.parse(getArticleJsonText({ id: articleId })) as typeof before;
    expect(after.claims.find((c) => c.id === claim.id)?.status).toBe('confirmed');
    expect(before.claims.find((c) => c.id === claim.id)?.status).not.toBe('confirmed');
  });
});
