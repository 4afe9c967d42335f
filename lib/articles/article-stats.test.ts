// Per-article counts are kept by triggers, so they must equal a fresh count of the claims
// after every kind of change, from any code path.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, getSqlite } from '@/db';
import { useTestDatabase } from '@/db/test-database';
import type { Actor } from '@/lib/auth/permissions';
import { addClaim } from '@/lib/claims/add-claim';
import { mergeClaims } from '@/lib/claims/merge-claims';
import { splitClaim } from '@/lib/claims/split-claim';
import { bulkAssign, updateClaim } from '@/lib/claims/update-claim';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { claimProgress } from '@/lib/claims/progress';
import { carryOverVersion } from '@/lib/versions/carry-over';
import { placeClaim } from '@/lib/versions/place-claim';
import { deleteArticle } from './create-article';
import { getArticle, listArticles } from './queries';
import { claimAt, handExtraction, importSample, person, SAMPLE_BODY, spanOf } from './test-desk';

/**
 * article_stats against a GROUP BY over the claims themselves, for every article. A claim a
 * new version removed from the text waits for the editor and is not counted (as on the board).
 */
function drift(): unknown[] {
  return getDb().all(sql`
    select s.article_id, s.unchecked, s.in_progress, s.confirmed, s.disputed, s.single_source, s.dismissed, c.*
    from article_stats s left join (
      select article_id as a, sum(status = 'unchecked') u, sum(status = 'in_progress') p, sum(status = 'confirmed') cf,
        sum(status = 'disputed') d, sum(status = 'single_source') ss, sum(status = 'dismissed') dm
      from claims where anchor <> 'removed' group by article_id) c on c.a = s.article_id
    where s.unchecked <> coalesce(c.u, 0) or s.in_progress <> coalesce(c.p, 0) or s.confirmed <> coalesce(c.cf, 0)
      or s.disputed <> coalesce(c.d, 0) or s.single_source <> coalesce(c.ss, 0) or s.dismissed <> coalesce(c.dm, 0)`);
}

const countsOf = (actor: Actor, id: string) => listArticles({ actor, limit: 100 }).items.find((a) => a.id === id)!;

describe('claim counts per article', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let riley: Actor;
  let articleId: string;
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    riley = await person('reviewer', 'Riley Reviewer');
    articleId = importSample(editor);
    importSample(editor, 'Another article');
  });
  afterAll(() => db.cleanup());

  it('start with the imported claims, all unchecked', () => {
    expect(countsOf(editor, articleId)).toMatchObject({ total: 4, checked: 0, counts: { unchecked: 4, confirmed: 0 } });
    expect(drift()).toEqual([]);
  });

  it('follow status changes, evidence, dismissal and bulk assignment', () => {
    const [a, b, c] = getArticle({ id: articleId }).claims;
    updateClaim(editor, a!.id, { version: 1, status: 'confirmed' });
    updateClaim(editor, b!.id, { version: 1, status: 'dismissed' });
    bulkAssign(editor, { claimIds: [c!.id], versions: { [c!.id]: 1 }, assigneeId: riley.id });
    addEvidence(riley, c!.id, { url: 'https://example.org/a', title: 'Source', stance: 'supports' });
    expect(countsOf(editor, articleId)).toMatchObject({ total: 4, checked: 2, counts: { unchecked: 1, in_progress: 1, confirmed: 1, dismissed: 1 } });
    updateClaim(editor, b!.id, { version: 2, status: 'disputed' });
    expect(countsOf(editor, articleId).counts).toMatchObject({ dismissed: 0, disputed: 1 });
    expect(drift()).toEqual([]);
  });

  it('follow claims added by hand, splits and merges', () => {
    const [start, end] = spanOf(SAMPLE_BODY, 'Kharkiv mayor Ihor Terekhov told reporters.');
    const added = addClaim(editor, articleId, { start, end });
    expect(countsOf(editor, articleId).total).toBe(5);
    const { second } = splitClaim(editor, { claimId: added.id, version: 1, at: added.start + 'Kharkiv mayor'.length });
    expect(countsOf(editor, articleId).total).toBe(6);
    const claims = getArticle({ id: articleId }).claims;
    const target = claims.find((c) => c.id === added.id)!;
    const confirmed = claims.find((c) => c.status === 'confirmed')!;
    mergeClaims(editor, { targetId: target.id, targetVersion: target.version, sourceIds: [second.id, confirmed.id], sourceVersions: { [second.id]: second.version, [confirmed.id]: confirmed.version } });
    // Three claims became one, which keeps the most advanced status (confirmed).
    expect(countsOf(editor, articleId)).toMatchObject({ total: 4, counts: { confirmed: 1 } });
    expect(drift()).toEqual([]);
  });

  it('hold for writes from any code path, a new version import included', () => {
    // A version import rewrites claims with its own SQL; the triggers do not care who writes.
    const sqlite = getSqlite();
    const confirmedBefore = countsOf(editor, articleId).counts.confirmed;
    sqlite.prepare(`update claims set status = 'single_source' where article_id = ? and status = 'unchecked'`).run(articleId);
    sqlite.prepare(`delete from claims where article_id = ? and status = 'disputed'`).run(articleId);
    sqlite.prepare(`insert into claims (id, article_id, start, "end", quote, statement, status, created_at, updated_at)
      values ('raw-claim', ?, 0, 7, 'Kharkiv', 'Kharkiv', 'confirmed', 0, 0)`).run(articleId);
    expect(drift()).toEqual([]);
    expect(countsOf(editor, articleId).counts.confirmed).toBe(confirmedBefore + 1);
  });

  it('equal the board after a new version drops a claim, and again when the editor places it by hand', () => {
    const id = importSample(editor, 'Versioned article');
    const repairs = getArticle({ id }).claims.find((c) => c.quote.includes('$119 billion'))!;
    // A verdict and an overdue deadline on the claim the new version drops: neither may count.
    updateClaim(editor, repairs.id, { version: 1, status: 'confirmed' });
    updateClaim(editor, repairs.id, { version: 2, status: 'in_progress', dueAt: new Date(Date.now() - 3_600_000).toISOString() });
    expect(countsOf(editor, id)).toMatchObject({ total: 4, overdue: 1 });
    const v2 = SAMPLE_BODY.replace('\n\nThe ministry said repairs would cost $119 billion over a decade.', '');
    const text = { title: null, dek: null, byline: null, publication: null, publishedAt: null, sourceUrl: null, body: v2, format: 'text' as const, fileName: null, originalHtml: null, links: [], warnings: [] };
    carryOverVersion(editor, id, text, handExtraction(v2, [claimAt(v2, 'Russian missiles hit a power station on Tuesday')]));

    const board = () => {
      const claims = getArticle({ id }).claims;
      const inText = claims.filter((c) => c.anchor !== 'removed');
      return { claims, inText, progress: claimProgress(inText.map((c) => c.status)) };
    };
    const listed = () => {
      const a = countsOf(editor, id);
      return { of: a.total - a.counts.dismissed, checked: a.checked - a.counts.dismissed, total: a.total, overdue: a.overdue };
    };
    const afterV2 = board();
    expect(afterV2.claims.find((c) => c.id === repairs.id)!.anchor).toBe('removed');
    expect(listed()).toEqual({ of: afterV2.progress.of, checked: afterV2.progress.checked, total: afterV2.inText.length, overdue: 0 });
    expect(afterV2.inText.length).toBe(afterV2.claims.length - 1);
    expect(drift()).toEqual([]);

    // A status change on the waiting claim moves no count.
    const waiting = afterV2.claims.find((c) => c.id === repairs.id)!;
    updateClaim(editor, repairs.id, { version: waiting.version, status: 'disputed' });
    expect(countsOf(editor, id).counts.disputed).toBe(0);

    // Placed by hand, it is in the text again and counts again.
    const [start, end] = spanOf(v2, 'Kharkiv mayor Ihor Terekhov told reporters.');
    placeClaim(editor, repairs.id, { version: waiting.version + 1, start, end });
    const placed = board();
    expect(placed.inText).toHaveLength(placed.claims.length);
    expect(listed()).toEqual({ of: placed.progress.of, checked: placed.progress.checked, total: placed.claims.length, overdue: 0 });
    expect(countsOf(editor, id).counts.disputed).toBe(1);
    expect(drift()).toEqual([]);
  });

  it('go with a deleted article', () => {
    deleteArticle(editor, articleId);
    expect(getDb().all(sql`select * from article_stats where article_id = ${articleId}`)).toEqual([]);
    expect(drift()).toEqual([]);
  });
});
