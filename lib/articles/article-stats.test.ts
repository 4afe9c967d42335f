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
import { deleteArticle } from './create-article';
import { getArticle, listArticles } from './queries';
import { importSample, person, SAMPLE_BODY, spanOf } from './test-desk';

/** article_stats against a GROUP BY over the claims themselves, for every article. */
function drift(): unknown[] {
  return getDb().all(sql`
    select s.article_id, s.unchecked, s.in_progress, s.confirmed, s.disputed, s.single_source, s.dismissed, c.*
    from article_stats s left join (
      select article_id as a, sum(status = 'unchecked') u, sum(status = 'in_progress') p, sum(status = 'confirmed') cf,
        sum(status = 'disputed') d, sum(status = 'single_source') ss, sum(status = 'dismissed') dm
      from claims group by article_id) c on c.a = s.article_id
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

  it('go with a deleted article', () => {
    deleteArticle(editor, articleId);
    expect(getDb().all(sql`select * from article_stats where article_id = ${articleId}`)).toEqual([]);
    expect(drift()).toEqual([]);
  });
});
