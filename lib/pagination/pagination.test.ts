// Every long list, read a page at a time while the desk keeps adding to it, shows each
// item exactly once: nothing skipped, nothing twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { getArticle, listArticles } from '@/lib/articles/queries';
import { importSample, person } from '@/lib/articles/test-desk';
import type { Actor } from '@/lib/auth/permissions';
import { getMyClaims } from '@/lib/claims/queries';
import { bulkAssign } from '@/lib/claims/update-claim';
import { searchArchive } from '@/lib/search/queries';
import { decodeCursor, type Page } from './cursor';
import { z } from 'zod';

/** Reads every page; `between` runs after each page, as other people's work would. */
function readAll<T>(fetch: (cursor?: string) => Page<T>, between: (page: number) => void): T[] {
  const seen: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const result = fetch(cursor);
    seen.push(...result.items);
    if (!result.nextCursor) return seen;
    cursor = result.nextCursor;
    between(page);
  }
  throw new Error('the pages never ended');
}

const onceEach = (ids: string[]) => expect(new Set(ids).size).toBe(ids.length);

describe('cursor pagination', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let riley: Actor;
  const original: string[] = [];
  let added = 0;
  const addArticle = () => importSample(editor, `Added article ${++added}`);
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    riley = await person('reviewer', 'Riley Reviewer');
    for (let i = 0; i < 23; i++) original.push(importSample(editor, `Article ${String.fromCharCode(90 - i)} ${i}`));
  });
  afterAll(() => db.cleanup());

  for (const sort of ['newest', 'oldest', 'title', 'open'] as const) {
    it(`lists articles ${sort} with each exactly once while articles are imported`, () => {
      const ids = readAll((cursor) => listArticles({ actor: editor, sort, limit: 5, cursor }), () => { addArticle(); addArticle(); }).map((a) => a.id);
      onceEach(ids);
      expect(ids).toEqual(expect.arrayContaining(original));
    });
  }

  it('pages the reviewer queue while claims are assigned to them', () => {
    const claimsOf = (id: string) => getArticle({ id }).claims;
    const assign = (id: string, due: string | null) => {
      const claims = claimsOf(id);
      bulkAssign(editor, { claimIds: claims.map((c) => c.id), versions: Object.fromEntries(claims.map((c) => [c.id, c.version])), assigneeId: riley.id, dueAt: due });
    };
    original.slice(0, 8).forEach((id, i) => assign(id, i % 3 === 0 ? null : new Date(Date.UTC(2030, 0, 1 + i)).toISOString()));
    const before = new Set(original.slice(0, 8).flatMap((id) => claimsOf(id).map((c) => c.id)));
    let next = 8;
    const items = readAll((cursor) => getMyClaims({ actor: riley, limit: 3, cursor }), () => assign(original[next++]!, '2029-06-01T00:00:00Z'));
    onceEach(items.map((c) => c.id));
    expect(items.map((c) => c.id)).toEqual(expect.arrayContaining([...before]));
    // Open claims by due time, no due date last: the order the queue promises.
    const due = items.map((c) => c.dueAt?.getTime() ?? Infinity);
    expect(due.slice(0, 24)).toEqual([...due.slice(0, 24)].sort((a, b) => a - b));
  });

  it('pages search results while new matches are written', () => {
    // Each sample article has one claim attributed to Ihor Terekhov.
    const results = readAll((cursor) => searchArchive({ actor: editor, q: 'Terekhov', limit: 4, cursor }), () => addArticle());
    onceEach(results.map((r) => `${r.type}:${r.id}`));
    expect(results.map((r) => r.articleId)).toEqual(expect.arrayContaining(original));
    expect(results.filter((r) => original.includes(r.articleId))).toHaveLength(original.length);
  });

  it('refuses a damaged cursor or one from another list with a clear error', () => {
    expect(() => listArticles({ actor: editor, cursor: 'not-a-cursor' })).toThrow(expect.objectContaining({ code: 'bad_request' }));
    const queueCursor = getMyClaims({ actor: riley, limit: 1 }).nextCursor!;
    expect(() => listArticles({ actor: editor, cursor: queueCursor })).toThrow(expect.objectContaining({ code: 'bad_request' }));
    expect(() => decodeCursor('W1td', z.tuple([z.number()]))).toThrow(expect.objectContaining({ code: 'bad_request' }));
    expect(() => listArticles({ actor: editor, limit: 1000 })).toThrow(expect.objectContaining({ code: 'invalid' }));
  });
});
