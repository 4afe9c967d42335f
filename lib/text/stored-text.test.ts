// Every text a person stores goes through cleanText: NUL and unpaired surrogates never reach
// the database, and a hand-added claim or a split cannot cut a character in two.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { createArticle, updateArticleMeta } from '@/lib/articles/create-article';
import { getArticle } from '@/lib/articles/queries';
import { handExtraction, importSample, person } from '@/lib/articles/test-desk';
import { createApiToken, listApiTokens } from '@/lib/auth/api-tokens';
import type { Actor } from '@/lib/auth/permissions';
import { addClaim } from '@/lib/claims/add-claim';
import { getClaim } from '@/lib/claims/queries';
import { splitClaim } from '@/lib/claims/split-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import { addComment } from '@/lib/comments/add-comment';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { canonicalText } from '@/lib/import/canonical';
import { createUser } from '@/lib/users/manage-users';

const DIRTY = 'a\u0000b\uD800c\uDC00d';
const CLEAN = 'abcd';

describe('stored text', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
  });
  afterAll(() => db.cleanup());

  it('strips NUL and unpaired surrogates from statements, attribution, evidence, comments, article details, names, token labels and imported bodies', async () => {
    const articleId = importSample(editor);
    const claimId = getArticle({ id: articleId }).claims[0]!.id;
    const claim = updateClaim(editor, claimId, { version: 1, statement: DIRTY, attributionSource: DIRTY });
    expect([claim.statement, claim.attributionSource]).toEqual([CLEAN, CLEAN]);
    const evidence = addEvidence(editor, claimId, { url: 'https://example.org/x', title: DIRTY, publisher: DIRTY, excerpt: DIRTY, note: DIRTY, stance: 'supports' });
    expect([evidence.title, evidence.publisher, evidence.excerpt, evidence.note]).toEqual([CLEAN, CLEAN, CLEAN, CLEAN]);
    expect(addComment(editor, claimId, { body: DIRTY }).body).toBe(CLEAN);
    updateArticleMeta(editor, articleId, { title: DIRTY, dek: DIRTY, byline: DIRTY, publication: DIRTY });
    const article = getArticle({ id: articleId });
    expect([article.title, article.dek, article.byline, article.publication]).toEqual([CLEAN, CLEAN, CLEAN, CLEAN]);
    const user = await createUser({ email: 'nul@desk.test', name: `Nu${DIRTY}`, role: 'reviewer', password: 'a long test password' });
    expect(user.name).toBe(`Nu${CLEAN}`);
    createApiToken('nul@desk.test', DIRTY);
    expect(listApiTokens().map((t) => t.name)).toContain(CLEAN);
    expect(canonicalText(`Body ${DIRTY} here`)).toBe(`Body ${CLEAN} here`);
    expect(getClaim({ id: claimId }).statement).toBe(CLEAN);
  });

  it('refuses a hand-added claim or a split that starts or ends inside a surrogate pair', () => {
    const body = 'Flags 🇺🇦 flew over 12 buildings on Monday, the mayor said.';
    const articleId = createArticle(editor, { title: 'Flags', body, format: 'text' }, handExtraction(body, []));
    const inside = body.indexOf('🇺🇦') + 1;
    expect(() => addClaim(editor, articleId, { start: inside, end: body.length })).toThrow(/inside a character/);
    expect(() => addClaim(editor, articleId, { start: 0, end: inside })).toThrow(/inside a character/);
    const whole = addClaim(editor, articleId, { start: 0, end: body.length });
    expect(() => splitClaim(editor, { claimId: whole.id, version: whole.version, at: inside })).toThrow(/inside a character/);
  });
});
