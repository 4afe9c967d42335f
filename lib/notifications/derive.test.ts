// Which changes notify whom: read from the audit event each change writes, in its transaction.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { claims, notifications } from '@/db/schema';
import { useTestDatabase } from '@/db/test-database';
import { getArticle } from '@/lib/articles/queries';
import { importSample, person } from '@/lib/articles/test-desk';
import { recordEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/auth/permissions';
import { splitClaim } from '@/lib/claims/split-claim';
import { bulkAssign, updateClaim } from '@/lib/claims/update-claim';
import { addComment } from '@/lib/comments/add-comment';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { setUserDisabled } from '@/lib/users/manage-users';
import { scanDeadlines } from './deadlines';
import { listNotifications, markRead, unreadCount } from './queries';

const all = () => getDb().select().from(notifications).all();
const forUser = (id: string) => all().filter((n) => n.userId === id);
const version = (id: string) => getDb().select({ v: claims.version }).from(claims).where(eq(claims.id, id)).get()!.v;

describe('notifications derived from changes', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let dana: Actor;
  let riley: Actor;
  let sam: Actor;
  let claimIds: string[];
  let articleId: string;
  beforeAll(async () => {
    db = useTestDatabase();
    dana = await person('editor', 'Dana Editor');
    riley = await person('reviewer', 'Riley Reviewer');
    sam = await person('reviewer', 'Sam Second');
  });
  beforeEach(() => {
    getDb().delete(notifications).where(eq(notifications.type, notifications.type)).run();
    articleId = importSample(dana);
    claimIds = getArticle({ id: articleId }).claims.map((c) => c.id);
  });
  afterAll(() => db.cleanup());

  it('tells a reviewer a claim was assigned to them, and the previous reviewer it was taken off them, never the editor', () => {
    updateClaim(dana, claimIds[0]!, { version: 1, assigneeId: riley.id });
    expect(forUser(riley.id)).toMatchObject([{ type: 'assigned', articleId, claimId: claimIds[0], actorId: dana.id }]);
    expect(forUser(riley.id)[0]!.text).toMatch(/^Dana Editor assigned you a claim in “Kharkiv restores power”: “.+”$/);
    updateClaim(dana, claimIds[0]!, { version: 2, assigneeId: sam.id });
    expect(forUser(riley.id).map((n) => n.type).sort()).toEqual(['assigned', 'unassigned']);
    expect(forUser(sam.id).map((n) => n.type)).toEqual(['assigned']);
    expect(forUser(dana.id)).toEqual([]);
  });

  it('sends nothing for your own action', () => {
    updateClaim(dana, claimIds[0]!, { version: 1, assigneeId: dana.id });
    updateClaim(dana, claimIds[0]!, { version: 2, status: 'confirmed' });
    expect(all()).toEqual([]);
  });

  it('counts a bulk assignment as one notification, not one per claim', () => {
    const versions = Object.fromEntries(claimIds.map((id) => [id, version(id)]));
    bulkAssign(dana, { claimIds, versions, assigneeId: riley.id, dueAt: '2031-05-01T12:00:00Z' });
    const mine = forUser(riley.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.text).toMatch(/assigned you 4 claims in “Kharkiv restores power”, due 1 May/);
  });

  it('tells the people mentioned, and the assignee of a comment on their claim, each once', () => {
    updateClaim(dana, claimIds[1]!, { version: 1, assigneeId: riley.id });
    getDb().delete(notifications).where(eq(notifications.userId, riley.id)).run();
    const comment = addComment(sam, claimIds[1]!, { body: '@Dana Editor @Riley Reviewer the ministry says 85%', mentions: [dana.id, riley.id, dana.id] });
    expect(comment.mentions.map((m) => m.name)).toEqual(['Dana Editor', 'Riley Reviewer']);
    expect(forUser(dana.id).map((n) => n.type)).toEqual(['mentioned']);
    expect(forUser(riley.id).map((n) => n.type)).toEqual(['mentioned']);
    addComment(dana, claimIds[1]!, { body: 'Thanks, checking.' });
    expect(forUser(riley.id).map((n) => n.type).sort()).toEqual(['commented', 'mentioned']);
    expect(forUser(sam.id)).toEqual([]);
  });

  it('refuses to mention someone who cannot read the article, or nobody at all, and saves nothing', async () => {
    const gone = await person('reviewer', 'Gone Person');
    setUserDisabled({ id: gone.id }, true);
    expect(() => addComment(sam, claimIds[0]!, { body: 'hi @Gone', mentions: [gone.id] })).toThrow(/Gone Person cannot read this article/);
    expect(() => addComment(sam, claimIds[0]!, { body: 'hi', mentions: ['nobody'] })).toThrow(/does not exist/);
    expect(getArticle({ id: articleId }).claims[0]!).toBeDefined();
    expect(all()).toEqual([]);
  });

  it('tells whoever imported the article of a verdict and of contradicting evidence, not of other statuses', () => {
    updateClaim(dana, claimIds[2]!, { version: 1, assigneeId: riley.id });
    addEvidence(riley, claimIds[2]!, { url: 'https://example.org/a', title: 'Source', stance: 'supports' });
    expect(forUser(dana.id)).toEqual([]);
    addEvidence(riley, claimIds[2]!, { url: 'https://news.example.com/b', title: 'Other', stance: 'contradicts', publisher: 'Example News' });
    expect(forUser(dana.id).map((n) => [n.type, n.text])).toEqual([['contradicted', expect.stringMatching(/Riley Reviewer added evidence from Example News that contradicts a claim/)]]);
    updateClaim(riley, claimIds[2]!, { version: version(claimIds[2]!), status: 'disputed' });
    expect(forUser(dana.id).map((n) => n.type).sort()).toEqual(['contradicted', 'verdict']);
    expect(forUser(dana.id).find((n) => n.type === 'verdict')!.text).toMatch(/set a claim in “Kharkiv restores power” to Disputed/);
  });

  it('tells the reviewer who gave a verdict when the claim’s text changes under it', () => {
    updateClaim(dana, claimIds[3]!, { version: 1, assigneeId: riley.id });
    updateClaim(riley, claimIds[3]!, { version: 2, status: 'confirmed' });
    const claim = getArticle({ id: articleId }).claims[3]!;
    splitClaim(dana, { claimId: claim.id, version: claim.version, at: claim.start + 'repairs would cost'.length });
    expect(forUser(riley.id).map((n) => n.type).sort()).toEqual(['assigned', 'text_changed']);
  });

  it('writes nothing when the change rolls back', () => {
    expect(() =>
      getDb().transaction((tx) => {
        recordEvent(tx, { actorId: dana.id, articleId, entityType: 'claim', entityId: claimIds[0]!, action: 'claim.assigned', before: { assigneeId: null }, after: { assigneeId: riley.id } });
        throw new Error('the change failed');
      }),
    ).toThrow('the change failed');
    expect(all()).toEqual([]);
  });

  it('tells nobody whose account is disabled', async () => {
    const away = await person('reviewer', 'Away Reviewer');
    setUserDisabled({ id: away.id }, true);
    getDb().transaction((tx) => recordEvent(tx, { actorId: dana.id, articleId, entityType: 'claim', entityId: claimIds[0]!, action: 'claim.assigned', before: {}, after: { assigneeId: away.id } }));
    expect(forUser(away.id)).toEqual([]);
  });

  it('finds claims due soon and overdue once per deadline, however often it looks', () => {
    const now = new Date('2031-03-01T12:00:00Z');
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
    updateClaim(dana, claimIds[0]!, { version: 1, assigneeId: riley.id, dueAt: at(90) });
    updateClaim(dana, claimIds[1]!, { version: 1, assigneeId: riley.id, dueAt: at(-30) });
    updateClaim(dana, claimIds[2]!, { version: 1, assigneeId: riley.id, dueAt: at(600) });
    updateClaim(dana, claimIds[3]!, { version: 1, assigneeId: riley.id, dueAt: at(-60) });
    updateClaim(riley, claimIds[3]!, { version: 2, status: 'confirmed' });
    getDb().delete(notifications).where(eq(notifications.userId, riley.id)).run();

    expect(scanDeadlines({ now, leadMinutes: 120 })).toEqual({ considered: 2, written: 2 });
    // Looking again finds nothing to consider: the announced deadlines are not even re-read.
    expect(scanDeadlines({ now, leadMinutes: 120 })).toEqual({ considered: 0, written: 0 });
    const types = forUser(riley.id).map((n) => [n.claimId, n.type]);
    expect(types).toEqual(expect.arrayContaining([[claimIds[0], 'due_soon'], [claimIds[1], 'overdue']]));
    expect(types).toHaveLength(2);
    // Two hours on, the first is overdue too, and the second's new deadline is announced afresh.
    const later = new Date(now.getTime() + 120 * 60_000);
    updateClaim(dana, claimIds[1]!, { version: version(claimIds[1]!), dueAt: at(150) });
    expect(scanDeadlines({ now: later, leadMinutes: 120 })).toEqual({ considered: 2, written: 2 });
    const byClaim = (id: string) => forUser(riley.id).filter((n) => n.claimId === id).map((n) => n.type).sort();
    expect(byClaim(claimIds[0]!)).toEqual(['due_soon', 'overdue']);
    expect(byClaim(claimIds[1]!)).toEqual(['due_soon', 'overdue']);
    expect(byClaim(claimIds[2]!)).toEqual([]);
  });

  it('lists newest first, filters unread, and marks only the reader’s own as read', () => {
    updateClaim(dana, claimIds[0]!, { version: 1, assigneeId: riley.id });
    updateClaim(dana, claimIds[1]!, { version: 1, assigneeId: riley.id });
    updateClaim(dana, claimIds[2]!, { version: 1, assigneeId: sam.id });
    const list = listNotifications(riley.id).notifications;
    expect(list.map((n) => n.claimId)).toEqual([claimIds[1], claimIds[0]]);
    expect(list[0]).toMatchObject({ type: 'assigned', articleId, articleTitle: 'Kharkiv restores power', actor: { id: dana.id, name: 'Dana Editor' }, readAt: null });
    const samsId = forUser(sam.id)[0]!.id;
    expect(markRead(riley.id, { ids: [list[0]!.id, samsId] })).toEqual({ marked: 1 });
    expect(unreadCount(sam.id)).toBe(1);
    expect(listNotifications(riley.id, { unread: '1' }).notifications.map((n) => n.id)).toEqual([list[1]!.id]);
    expect(markRead(riley.id, { all: true })).toEqual({ marked: 1 });
    expect(unreadCount(riley.id)).toBe(0);
    expect(() => markRead(riley.id, { ids: [] })).toThrow();
    expect(() => markRead(riley.id, { everything: true })).toThrow();
  });
});
