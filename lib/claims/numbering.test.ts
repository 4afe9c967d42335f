// Claim numbers never change and are never given twice, whatever happens to the claims.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { getArticle } from '@/lib/articles/queries';
import { importSample, person, SAMPLE_BODY, spanOf } from '@/lib/articles/test-desk';
import type { Actor } from '@/lib/auth/permissions';
import { addClaim } from './add-claim';
import { mergeClaims } from './merge-claims';
import { numbersByPosition } from './numbering';
import { splitClaim } from './split-claim';

describe('claim numbers', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
  });
  afterAll(() => db.cleanup());

  it('numbers imported claims 1… by position in the body', () => {
    expect(numbersByPosition([{ start: 50, end: 60 }, { start: 10, end: 20 }, { start: 10, end: 15 }])).toEqual([3, 2, 1]);
    const claims = getArticle({ id: importSample(editor) }).claims;
    expect(claims.map((c) => c.number)).toEqual([1, 2, 3, 4]);
  });

  it('keeps every number through add, split and merge, and never gives a number twice', () => {
    const id = importSample(editor);
    const before = new Map(getArticle({ id }).claims.map((c) => [c.id, c.number]));
    // A claim added before the others in the text still gets the next number, and nobody shifts.
    const [s, e] = spanOf(SAMPLE_BODY, 'Kharkiv restores power after strike');
    const added = addClaim(editor, id, { start: s, end: e });
    expect(added.number).toBe(5);
    for (const c of getArticle({ id }).claims) if (before.has(c.id)) expect(c.number).toBe(before.get(c.id));
    // Merging away the highest number does not free it for the next claim.
    const [first] = getArticle({ id }).claims.filter((c) => c.number === 1);
    mergeClaims(editor, { targetId: first!.id, targetVersion: first!.version, sourceIds: [added.id], sourceVersions: { [added.id]: 1 } });
    const repairs = getArticle({ id }).claims.find((c) => c.quote.startsWith('repairs'))!;
    const { first: kept, second } = splitClaim(editor, { claimId: repairs.id, version: repairs.version, at: repairs.start + 'repairs would cost'.length });
    expect(kept.number).toBe(repairs.number);
    expect(second.number).toBe(6);
    const numbers = getArticle({ id }).claims.map((c) => c.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).not.toContain(5);
  });
});

describe('the claim-number migration', () => {
  it('numbers claims that existed before it by their position, per article, and sets each counter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdesk-numbering-'));
    try {
      // The first migration alone: the schema as it was before claim numbers.
      const before = join(dir, 'before');
      mkdirSync(join(before, 'meta'), { recursive: true });
      copyFileSync('drizzle/0000_init.sql', join(before, '0000_init.sql'));
      const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8'));
      writeFileSync(join(before, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }));
      const sqlite = new Database(join(dir, 'old.db'));
      migrate(drizzle(sqlite), { migrationsFolder: before });
      sqlite.exec(`insert into users (id, email, name, role, password_hash, created_at) values ('u', 'u@x', 'U', 'editor', 'x', 0);
        insert into articles (id, title, body, format, imported_by_id, created_at, updated_at) values ('a', 'A', 'x', 'text', 'u', 0, 0), ('b', 'B', 'x', 'text', 'u', 0, 0);`);
      const claim = sqlite.prepare(`insert into claims (id, article_id, start, "end", quote, statement, created_at, updated_at) values (?, ?, ?, ?, 'q', 'q', ?, 0)`);
      for (const [id, article, start, end, created] of [['a3', 'a', 90, 95, 1], ['a1', 'a', 5, 9, 3], ['a2', 'a', 5, 12, 2], ['b1', 'b', 40, 41, 1]] as const) claim.run(id, article, start, end, created);
      migrate(drizzle(sqlite), { migrationsFolder: 'drizzle' });
      expect(sqlite.prepare('select id, number from claims order by id').all()).toEqual([
        { id: 'a1', number: 1 }, { id: 'a2', number: 2 }, { id: 'a3', number: 3 }, { id: 'b1', number: 1 },
      ]);
      expect(sqlite.prepare('select id, last_claim_number as n from articles order by id').all()).toEqual([{ id: 'a', n: 3 }, { id: 'b', n: 1 }]);
      expect(() => sqlite.prepare(`update claims set number = 1 where id = 'a2'`).run()).toThrow(/UNIQUE/);
      sqlite.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
