// getArticle reads claims as raw rows through statements prepared once (db/prepared.ts):
// every column of a claim must still arrive, decoded as drizzle decodes it, with the same
// counts, spans, assignee and suggestion as the straightforward reads would give.
import { asc, eq, getTableColumns } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { claims, claimSpans, comments, evidence, users } from '@/db/schema';
import { useTestDatabase } from '@/db/test-database';
import type { Actor } from '@/lib/auth/permissions';
import { tallyEvidence } from '@/lib/claims/status';
import { updateClaim } from '@/lib/claims/update-claim';
import { addComment } from '@/lib/comments/add-comment';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { getArticle } from './queries';
import { importSample, person } from './test-desk';

describe('getArticle', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let riley: Actor;
  let articleId: string;

  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    riley = await person('reviewer', 'Riley Reviewer');
    articleId = importSample(editor);
    const [a, b, c] = getArticle({ id: articleId }).claims;
    // Every kind of value a claim column holds: a date, a boolean, JSON, an assignee, text.
    updateClaim(editor, a!.id, { version: a!.version, assigneeId: riley.id, dueAt: '2026-03-12T09:00:00.000Z', status: 'in_progress' });
    addEvidence(editor, b!.id, { url: 'https://www.reuters.com/a', title: 'Reuters', publisher: 'Reuters', stance: 'supports', excerpt: 'A long excerpt.' });
    addEvidence(editor, b!.id, { url: 'https://apnews.com/b', title: 'AP', publisher: ' reuters ', stance: 'supports' });
    addEvidence(editor, c!.id, { url: 'https://bbc.co.uk/c', title: 'BBC', publisher: 'BBC', stance: 'contradicts' });
    updateClaim(editor, c!.id, { version: getArticle({ id: articleId }).claims[2]!.version, status: 'confirmed' });
    addComment(riley, b!.id, { body: 'Two sources, one publisher.' });
    addComment(editor, b!.id, { body: 'Agreed.' });
  });
  afterAll(() => db.cleanup());

  it('returns every claim column as drizzle reads it, with its assignee, spans, counts and suggestion', () => {
    const article = getArticle({ id: articleId });
    const d = getDb();
    const expected = d.select({ claim: claims, assigneeName: users.name }).from(claims).leftJoin(users, eq(users.id, claims.assigneeId))
      .where(eq(claims.articleId, articleId)).orderBy(asc(claims.start), asc(claims.end)).all();
    expect(article.claims.map((c) => c.id)).toEqual(expected.map((r) => r.claim.id));
    const columns = Object.keys(getTableColumns(claims));
    for (const [i, { claim, assigneeName }] of expected.entries()) {
      const got = article.claims[i]!;
      for (const key of columns) expect([key, got[key as keyof typeof got]]).toEqual([key, claim[key as keyof typeof claim]]);
      const attached = d.select({ stance: evidence.stance, publisher: evidence.publisher }).from(evidence).where(eq(evidence.claimId, claim.id)).all();
      const tally = tallyEvidence(attached);
      expect(got).toMatchObject({
        assignee: claim.assigneeId ? { id: claim.assigneeId, name: assigneeName } : null,
        spans: d.select().from(claimSpans).where(eq(claimSpans.claimId, claim.id)).orderBy(asc(claimSpans.start)).all(),
        evidenceCount: attached.length,
        tally,
        commentCount: d.select().from(comments).where(eq(comments.claimId, claim.id)).all().length,
      });
    }
    const [a, b, c] = article.claims;
    expect(a!.dueAt).toEqual(new Date('2026-03-12T09:00:00.000Z'));
    expect(a!.assignee).toEqual({ id: riley.id, name: 'Riley Reviewer' });
    expect(typeof a!.needsRecheck).toBe('boolean');
    expect(Array.isArray(a!.scoreReasons)).toBe(true);
    expect(a!.createdAt).toBeInstanceOf(Date);
    // " reuters " and "Reuters" are one publisher: one supporting publisher, so single source.
    expect(b).toMatchObject({ evidenceCount: 2, commentCount: 2, tally: { supports: 2, supportingPublishers: 1 }, suggestedStatus: 'single_source' });
    expect(c).toMatchObject({ status: 'confirmed', suggestedStatus: 'disputed' });
    expect(c!.warning).toEqual(expect.any(String));
    expect(b!.evidence).toBeUndefined();
  });

  it('adds every piece of evidence in full only when asked', () => {
    const withEvidence = getArticle({ id: articleId, include: { evidence: true } });
    const b = withEvidence.claims[1]!;
    expect(b.evidence?.map((e) => [e.title, e.excerpt, e.addedBy.name])).toEqual([
      ['Reuters', 'A long excerpt.', 'Dana Editor'],
      ['AP', null, 'Dana Editor'],
    ]);
    expect(b.evidenceCount).toBe(2);
  });

  it('says plainly when the article does not exist', () => {
    expect(() => getArticle({ id: 'no-such-article' })).toThrow(/does not exist/);
  });
});
