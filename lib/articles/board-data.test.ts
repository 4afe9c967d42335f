// The board's data: the shell the page draws and the payload the browser fetches beside it, read
// once while nothing changes and afresh after any change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/db';
import { useTestDatabase } from '@/db/test-database';
import type { Actor } from '@/lib/auth/permissions';
import { decodeBoard, type BoardPayload } from '@/lib/claims/board-rows';
import { updateClaim } from '@/lib/claims/update-claim';
import { readBoard } from './board-data';
import { getArticle } from './queries';
import { importSample, person } from './test-desk';

describe('the board’s data', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let articleId: string;
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    articleId = importSample(editor, 'Power cuts');
  });
  afterAll(() => {
    closeDb();
    db.cleanup();
  });

  const payloadOf = (id: string, actor: Actor) => JSON.parse(readBoard(id, actor).payload) as BoardPayload;

  it('sends the text and every claim as rows that decode to the article’s claims, and counts them for the frame', () => {
    const detail = getArticle({ id: articleId });
    const board = readBoard(articleId, editor);
    const payload = decodeBoard(payloadOf(articleId, editor));
    expect(payload.article.body).toBe(detail.body);
    const { claims } = payload;
    expect(claims.map((c) => [c.id, c.statement, c.status])).toEqual(detail.claims.map((c) => [c.id, c.statement, c.status]));
    expect(board.shell.claimCount).toBe(detail.claims.length);
    expect(board.shell.progress).toMatchObject({ of: detail.claims.length, checked: 0 });
    expect(board.shell.article).not.toHaveProperty('body');
    expect(payload.liveAfter).toMatch(/^\d+\.\d+$/);
  });

  it('is kept while nothing changes and read afresh after a verdict, with the stream position moved on', () => {
    const first = readBoard(articleId, editor);
    expect(readBoard(articleId, editor)).toBe(first);
    const claim = getArticle({ id: articleId }).claims[0]!;
    updateClaim(editor, claim.id, { version: claim.version, status: 'confirmed' });
    const after = readBoard(articleId, editor);
    expect(after).not.toBe(first);
    expect(after.shell.progress.checked).toBe(1);
    const payload = decodeBoard(JSON.parse(after.payload) as BoardPayload);
    expect(payload.claims.find((c) => c.id === claim.id)!.status).toBe('confirmed');
    expect(payload.liveAfter).not.toBe((JSON.parse(first.payload) as BoardPayload).liveAfter);
  });

  it('answers not_found for an article that does not exist', () => {
    expect(() => readBoard('no-such-article', editor)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
