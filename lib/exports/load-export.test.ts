import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { getArticle } from '@/lib/articles/queries';
import { countQueries, importSample, person, SAMPLE_BODY } from '@/lib/articles/test-desk';
import type { Actor } from '@/lib/auth/permissions';
import { addComment } from '@/lib/comments/add-comment';
import { updateClaim } from '@/lib/claims/update-claim';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { loadExportArticle } from './load-export';

describe('loading an article for export', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let riley: Actor;
  let articleId: string;
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    riley = await person('reviewer', 'Riley Reviewer');
    articleId = importSample(editor);
    const claim = getArticle({ id: articleId }).claims[1]!;
    updateClaim(editor, claim.id, { version: 1, assigneeId: riley.id });
    addEvidence(riley, claim.id, { url: 'https://www.reuters.com/x', title: 'Reuters report', stance: 'supports' });
    addComment(editor, claim.id, { body: 'Check the date too.' });
    updateClaim(riley, claim.id, { version: 3, status: 'single_source' });
  });
  afterAll(() => db.cleanup());

  it('numbers claims by position and carries spans, evidence, comments and history with people', () => {
    const { result: article, queries } = countQueries(() => loadExportArticle({ articleId }));
    expect(queries).toBeLessThanOrEqual(8);
    expect(article).toMatchObject({ title: 'Kharkiv restores power', body: SAMPLE_BODY, importedBy: { name: 'Dana Editor', email: editor.email } });
    expect(article.claims.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(article.claims.map((c) => c.span.start)).toEqual([...article.claims.map((c) => c.span.start)].sort((a, b) => a - b));
    for (const c of article.claims) expect(SAMPLE_BODY.slice(c.span.start, c.span.end)).toBe(c.span.quote);
    expect(article.claims[0]!.otherSpans.map((s) => s.quote)).toEqual(['1,582 homes are still without heat']);

    const checked = article.claims[1]!;
    expect(checked).toMatchObject({
      status: 'single_source',
      version: 4,
      assignee: { id: riley.id, name: 'Riley Reviewer' },
      attribution: 'the regional governor',
      evidence: [{ title: 'Reuters report', publisher: 'reuters.com', stance: 'supports', addedBy: { name: 'Riley Reviewer' } }],
      comments: [{ body: 'Check the date too.', author: { name: 'Dana Editor' } }],
    });
    // The record reads oldest first, as a desk log does.
    expect(checked.history.map((h) => [h.action, h.actor?.name])).toEqual([
      ['claim.assigned', 'Dana Editor'],
      ['evidence.added', 'Riley Reviewer'],
      ['comment.added', 'Dana Editor'],
      ['claim.status_changed', 'Riley Reviewer'],
    ]);
    expect(checked.history.at(-1)).toMatchObject({ before: { status: 'in_progress' }, after: { status: 'single_source' } });
    expect(article.claims[2]!.history).toEqual([]);
  });

  it('throws not_found for a missing article', () => {
    expect(() => loadExportArticle({ articleId: 'missing' })).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
