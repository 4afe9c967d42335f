import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditEvents } from '@/db/schema';
import { useTestDatabase } from '@/db/test-database';
import { getArticle } from '@/lib/articles/queries';
import { importSample, person } from '@/lib/articles/test-desk';
import type { Actor } from '@/lib/auth/permissions';
import { getClaim } from '@/lib/claims/queries';
import { addComment } from './add-comment';

const eventsFor = (claimId: string) => getDb().select().from(auditEvents).where(eq(auditEvents.entityId, claimId)).all();

describe('comments on a claim', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let sam: Actor;
  let otherId: string;
  beforeAll(async () => {
    db = useTestDatabase();
    const editor = await person('editor', 'Dana Editor');
    sam = await person('reviewer', 'Sam Second');
    otherId = getArticle({ id: importSample(editor) }).claims[1]!.id;
  });
  afterAll(() => db.cleanup());

  it('lets any reviewer comment on any claim, without touching its version', () => {
    const comment = addComment(sam, otherId, { body: '  The mayor said 90%, the ministry 85%.  ' });
    expect(comment).toMatchObject({ body: 'The mayor said 90%, the ministry 85%.', author: { id: sam.id, name: 'Sam Second' } });
    const claim = getClaim({ id: otherId });
    expect(claim.comments.map((c) => c.body)).toEqual(['The mayor said 90%, the ministry 85%.']);
    expect(claim.version).toBe(1);
    expect(eventsFor(otherId)).toEqual([expect.objectContaining({ action: 'comment.added', actorId: sam.id, after: { comment: { id: comment.id, body: comment.body } } })]);
    expect(() => addComment(sam, otherId, { body: '   ' })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => addComment(sam, otherId, { body: 'x'.repeat(5_001) })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => addComment(sam, 'missing', { body: 'Hello' })).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
