import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditEvents, claims } from '@/db/schema';
import { useTestDatabase } from '@/db/test-database';
import { getArticle } from '@/lib/articles/queries';
import { importSample, person } from '@/lib/articles/test-desk';
import type { Actor } from '@/lib/auth/permissions';
import { setUserDisabled } from '@/lib/users/manage-users';
import { getClaim } from './queries';
import { bulkAssign, updateClaim } from './update-claim';

const eventsFor = (claimId: string) => getDb().select().from(auditEvents).where(eq(auditEvents.entityId, claimId)).all();
const eventCount = () => getDb().select({ n: count() }).from(auditEvents).get()!.n;

describe('changing a claim', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let riley: Actor;
  let sam: Actor;
  let claimIds: string[];
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    riley = await person('reviewer', 'Riley Reviewer');
    sam = await person('reviewer', 'Sam Second');
    claimIds = getArticle({ id: importSample(editor) }).claims.map((c) => c.id);
  });
  afterAll(() => db.cleanup());

  it('lets an editor assign a claim, writing one event with before and after', () => {
    const due = new Date('2030-01-02T10:00:00Z');
    const updated = updateClaim(editor, claimIds[0]!, { version: 1, assigneeId: riley.id, dueAt: due.toISOString() });
    expect(updated).toMatchObject({ version: 2, assigneeId: riley.id, assignee: { id: riley.id, name: 'Riley Reviewer' }, dueAt: due });
    const events = eventsFor(claimIds[0]!);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'claim.assigned',
      actorId: editor.id,
      before: { assigneeId: null, dueAt: null, version: 1 },
      after: { assigneeId: riley.id, dueAt: due.toISOString(), version: 2 },
    });
  });

  it('refuses a reviewer on a claim assigned to someone else, or to nobody', () => {
    expect(() => updateClaim(sam, claimIds[0]!, { version: 2, status: 'confirmed' })).toThrow(
      expect.objectContaining({ code: 'forbidden', message: expect.stringMatching(/assigned to someone else/) }),
    );
    expect(() => updateClaim(riley, claimIds[1]!, { version: 1, status: 'confirmed' })).toThrow(
      expect.objectContaining({ code: 'forbidden', message: expect.stringMatching(/not assigned to you/) }),
    );
    expect(getClaim({ id: claimIds[1]! }).status).toBe('unchecked');
  });

  it('lets the assigned reviewer set a verdict but not dismiss or rewrite the claim', () => {
    const before = eventCount();
    const updated = updateClaim(riley, claimIds[0]!, { version: 2, status: 'single_source' });
    expect(updated).toMatchObject({ status: 'single_source', version: 3 });
    expect(eventCount()).toBe(before + 1);
    expect(eventsFor(claimIds[0]!).at(-1)).toMatchObject({ action: 'claim.status_changed', before: { status: 'unchecked', version: 2 }, after: { status: 'single_source', version: 3 } });
    expect(() => updateClaim(riley, claimIds[0]!, { version: 3, status: 'dismissed' })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => updateClaim(riley, claimIds[0]!, { version: 3, statement: 'Mine now' })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => updateClaim(riley, claimIds[0]!, { version: 3, assigneeId: sam.id })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(eventCount()).toBe(before + 1);
  });

  it('refuses a stale version, naming who changed the claim and returning it as it is now', () => {
    let error: unknown;
    try {
      updateClaim(editor, claimIds[0]!, { version: 2, statement: 'An edit made on an old screen' });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/Riley Reviewer set status to Single source at \d\d:\d\d UTC/),
      details: { current: { id: claimIds[0], version: 3, status: 'single_source', assignee: { name: 'Riley Reviewer' } } },
    });
    expect(getClaim({ id: claimIds[0]! }).statement).not.toBe('An edit made on an old screen');
  });

  it('lets an editor set any status, including dismissed, and edit the wording', () => {
    const updated = updateClaim(editor, claimIds[1]!, { version: 1, status: 'dismissed', statement: '  Power was restored to 90% of Kharkiv.  ', kind: 'event', attributionSource: 'the mayor' });
    expect(updated).toMatchObject({ status: 'dismissed', statement: 'Power was restored to 90% of Kharkiv.', kind: 'event', attributionSource: 'the mayor', version: 2 });
    expect(eventsFor(claimIds[1]!)).toEqual([expect.objectContaining({ action: 'claim.updated', before: expect.objectContaining({ status: 'unchecked' }) })]);
  });

  it('writes nothing when nothing changes', () => {
    const before = eventCount();
    expect(updateClaim(editor, claimIds[1]!, { version: 2, status: 'dismissed' }).version).toBe(2);
    expect(eventCount()).toBe(before);
  });

  it('refuses bad input and assignments to disabled or unknown accounts', async () => {
    const gone = await person('reviewer', 'Gone Reviewer');
    setUserDisabled({ id: gone.id }, true);
    expect(() => updateClaim(editor, claimIds[2]!, { version: 1, assigneeId: gone.id })).toThrow(
      expect.objectContaining({ code: 'invalid', details: { fields: { assigneeId: [expect.stringMatching(/disabled/)] } } }),
    );
    expect(() => updateClaim(editor, claimIds[2]!, { version: 1, assigneeId: 'nobody' })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => updateClaim(editor, claimIds[2]!, { version: 1, statement: 'x'.repeat(2_001) })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => updateClaim(editor, claimIds[2]!, { version: 1, status: 'true' as never })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => updateClaim(editor, claimIds[2]!, { version: 1, dueAt: 'next week' })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => updateClaim(editor, 'missing', { version: 1, status: 'confirmed' })).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(getClaim({ id: claimIds[2]! }).version).toBe(1);
  });
});

describe('assigning several claims at once', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let riley: Actor;
  let ids: string[];
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    riley = await person('reviewer', 'Riley Reviewer');
    ids = getArticle({ id: importSample(editor) }).claims.map((c) => c.id);
  });
  afterAll(() => db.cleanup());

  it('assigns nothing when one claim was changed meanwhile, and lists the conflict', () => {
    updateClaim(editor, ids[2]!, { version: 1, status: 'in_progress' });
    const versions = Object.fromEntries(ids.map((id) => [id, 1]));
    expect(() => bulkAssign(editor, { claimIds: ids, versions, assigneeId: riley.id, dueAt: null })).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/^1 of 4 claims/), details: { current: [expect.objectContaining({ id: ids[2], version: 2 })] } }),
    );
    const assigned = getDb().select().from(claims).where(eq(claims.assigneeId, riley.id)).all();
    expect(assigned).toEqual([]);
  });

  it('assigns every claim with one event each when the versions are current', () => {
    const versions = Object.fromEntries(ids.map((id) => [id, id === ids[2] ? 2 : 1]));
    const due = '2030-05-01T12:00:00.000Z';
    const { claims: done } = bulkAssign(editor, { claimIds: ids, versions, assigneeId: riley.id, dueAt: due });
    expect(done.every((c) => c.assigneeId === riley.id && c.dueAt?.toISOString() === due)).toBe(true);
    for (const id of ids) expect(eventsFor(id).filter((e) => e.action === 'claim.assigned')).toHaveLength(1);
  });

  it('is for editors only', () => {
    expect(() => bulkAssign(riley, { claimIds: ids, versions: {}, assigneeId: null })).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});
