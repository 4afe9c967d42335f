import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/db';
import { useTestDatabase } from '@/db/test-database';
import { getArticle, listArticles, listImporters } from '@/lib/articles/queries';
import { countQueries, importSample, person } from '@/lib/articles/test-desk';
import type { Actor } from '@/lib/auth/permissions';
import { setUserDisabled } from '@/lib/users/manage-users';
import { getClaimHistory, getMyClaims, getQueueSummary, listAssignableUsers } from './queries';
import { updateClaim } from './update-claim';

describe('reading the desk', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let riley: Actor;
  let first: string;
  let second: string;
  const now = new Date('2030-03-01T12:00:00Z');
  const hoursFromNow = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    riley = await person('reviewer', 'Riley Reviewer');
    first = importSample(editor, 'First article');
    second = importSample(editor, 'Second article');
    const [a1, a2, a3, a4] = getArticle({ id: first }).claims;
    const [b1, b2] = getArticle({ id: second }).claims;
    updateClaim(editor, a1!.id, { version: 1, assigneeId: riley.id, dueAt: hoursFromNow(5) });
    updateClaim(editor, a2!.id, { version: 1, assigneeId: riley.id, dueAt: hoursFromNow(-2) });
    updateClaim(editor, a3!.id, { version: 1, assigneeId: riley.id, dueAt: hoursFromNow(-30), status: 'confirmed' });
    updateClaim(editor, a4!.id, { version: 1, status: 'dismissed', assigneeId: riley.id });
    updateClaim(editor, b1!.id, { version: 1, assigneeId: riley.id });
    updateClaim(editor, b2!.id, { version: 1, assigneeId: riley.id, dueAt: hoursFromNow(1), status: 'in_progress' });
  });
  afterAll(() => db.cleanup());

  it('orders the reviewer queue open first, by due time with no due date last, and flags overdue', () => {
    const queue = getMyClaims({ actor: riley, now }).items;
    expect(queue.map((c) => [c.articleTitle, c.status, c.dueAt?.toISOString() ?? null, c.overdue])).toEqual([
      ['First article', 'unchecked', hoursFromNow(-2), true],
      ['Second article', 'in_progress', hoursFromNow(1), false],
      ['First article', 'unchecked', hoursFromNow(5), false],
      ['Second article', 'unchecked', null, false],
      // A verdict is done, so it is never overdue; dismissed spans are not in the queue at all.
      ['First article', 'confirmed', hoursFromNow(-30), false],
    ]);
    expect(getMyClaims({ actor: editor, now }).items).toEqual([]);
  });

  it('sums up the queue as the My claims badge shows it: open, overdue at the time asked, and verdicts apart', () => {
    expect(getQueueSummary({ actor: riley, now })).toEqual({ total: 5, open: 4, overdue: 1, rechecks: 0 });
    // Three hours on, the claim due in one hour is overdue too; the verdict never is.
    expect(getQueueSummary({ actor: riley, now: new Date(now.getTime() + 3 * 3_600_000) })).toMatchObject({ open: 4, overdue: 2 });
    expect(getQueueSummary({ actor: editor, now })).toEqual({ total: 0, open: 0, overdue: 0, rechecks: 0 });
  });

  it('reads the badge and the queue again only when a claim falls due or something changes', () => {
    // Just before and just after the claim due in one hour falls due, with no write between.
    const dueAt = Date.parse(hoursFromNow(1));
    const before = new Date(dueAt - 1);
    const after = new Date(dueAt + 1);
    const overdueIds = (at: Date) => getMyClaims({ actor: riley, now: at }).items.filter((c) => c.overdue).map((c) => c.articleTitle);
    expect(getQueueSummary({ actor: riley, now: before }).overdue).toBe(1);
    expect(overdueIds(before)).toEqual(['First article']);
    // Asked again at the same moment: kept, no statement run.
    expect(countQueries(() => [getQueueSummary({ actor: riley, now: before }), getMyClaims({ actor: riley, now: before })]).queries).toBe(0);
    expect(getQueueSummary({ actor: riley, now: after }).overdue).toBe(2);
    expect(overdueIds(after)).toEqual(['First article', 'Second article']);
    // A change anywhere reads afresh: the claim due in one hour gets its verdict.
    const claim = getMyClaims({ actor: riley, now: after }).items.find((c) => c.articleTitle === 'Second article' && c.overdue)!;
    updateClaim(editor, claim.id, { version: claim.version, status: 'confirmed' });
    expect(getQueueSummary({ actor: riley, now: after })).toMatchObject({ open: 3, overdue: 1 });
    expect(overdueIds(after)).toEqual(['First article']);
    updateClaim(editor, claim.id, { version: claim.version + 1, status: 'in_progress' });
  });

  it('hands out kept pages frozen: a caller cannot change what the next one is given', () => {
    const page = getMyClaims({ actor: riley, now });
    expect(Object.isFrozen(page.items)).toBe(true);
    expect(() => { (page.items[0] as { status: string }).status = 'confirmed'; }).toThrow(TypeError);
  });

  it('counts claims by status per article in a fixed number of queries', () => {
    // The page's ids, their rows, their overdue counts, and when the next of their claims falls due.
    const { result, queries } = countQueries(() => listArticles({ actor: riley, now }));
    expect(queries).toBe(4);
    // Asked again with nothing changed and nothing fallen due: kept.
    expect(countQueries(() => listArticles({ actor: riley, now: new Date(now.getTime() + 60_000) })).queries).toBe(0);
    // Once the claim due in one hour is late, the list reads afresh and counts it.
    const later = listArticles({ actor: riley, now: new Date(Date.parse(hoursFromNow(1)) + 1) }).items;
    expect(later.find((a) => a.title === 'Second article')?.overdue).toBe(1);
    expect(result.items.map((a) => a.title)).toEqual(['Second article', 'First article']);
    const [b, a] = result.items;
    expect(a).toMatchObject({
      importedBy: { id: editor.id, name: 'Dana Editor' },
      total: 4,
      checked: 2,
      overdue: 1,
      counts: { unchecked: 2, in_progress: 0, confirmed: 1, disputed: 0, single_source: 0, dismissed: 1 },
    });
    expect(b).toMatchObject({ total: 4, checked: 0, overdue: 0, counts: { unchecked: 3, in_progress: 1, confirmed: 0 } });
  });

  it('keeps the list’s importers while nothing changes, and names a new importer at once', async () => {
    expect(listImporters().map((p) => p.name)).toEqual(['Dana Editor']);
    expect(countQueries(() => listImporters()).queries).toBe(0);
    importSample(await person('editor', 'Abe Another'), 'Third article');
    expect(listImporters().map((p) => p.name)).toEqual(['Abe Another', 'Dana Editor']);
  });

  it('loads one article in five statements, however many claims, on a new connection as on one that read it before', () => {
    const { result, queries } = countQueries(() => getArticle({ id: first }));
    expect(result.claims).toHaveLength(4);
    expect(queries).toBe(5);
    closeDb();
    expect(countQueries(() => getArticle({ id: second })).queries).toBe(5);
    expect(countQueries(() => getArticle({ id: first })).queries).toBe(5);
    expect(result.claims.map((c) => c.start)).toEqual([...result.claims.map((c) => c.start)].sort((x, y) => x - y));
  });

  it('reads a claim history newest first with the names of who did what', () => {
    const claim = getArticle({ id: first }).claims[2]!;
    updateClaim(riley, claim.id, { version: 2, status: 'disputed' });
    const history = getClaimHistory({ claimId: claim.id });
    expect(history.map((h) => [h.action, h.actor?.name])).toEqual([
      ['claim.status_changed', 'Riley Reviewer'],
      ['claim.updated', 'Dana Editor'],
    ]);
    expect(history[0]).toMatchObject({ before: { status: 'confirmed' }, after: { status: 'disputed' } });
  });

  it('lists only active accounts as assignees, kept while nothing changes', async () => {
    const gone = await person('reviewer', 'Gone Reviewer');
    expect(listAssignableUsers().map((u) => u.name)).toContain('Gone Reviewer');
    expect(countQueries(() => listAssignableUsers()).queries).toBe(0);
    setUserDisabled({ id: gone.id }, true);
    expect(listAssignableUsers().map((u) => [u.name, u.role])).toEqual([
      ['Abe Another', 'editor'],
      ['Dana Editor', 'editor'],
      ['Riley Reviewer', 'reviewer'],
    ]);
  });
});
