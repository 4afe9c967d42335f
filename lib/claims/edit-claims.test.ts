import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditEvents, claims } from '@/db/schema';
import { useTestDatabase } from '@/db/test-database';
import { getArticle } from '@/lib/articles/queries';
import { createArticle } from '@/lib/articles/create-article';
import { claimAt, handExtraction, importSample, person, SAMPLE_BODY, spanOf } from '@/lib/articles/test-desk';
import type { Actor } from '@/lib/auth/permissions';
import { addComment } from '@/lib/comments/add-comment';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { addClaim } from './add-claim';
import { mergeClaims } from './merge-claims';
import { getClaim } from './queries';
import { splitClaim } from './split-claim';
import { updateClaim } from './update-claim';

const eventsFor = (claimId: string) => getDb().select().from(auditEvents).where(eq(auditEvents.entityId, claimId)).all();

describe('adding, merging and splitting claims', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let riley: Actor;
  let articleId: string;
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    riley = await person('reviewer', 'Riley Reviewer');
    articleId = importSample(editor);
  });
  afterAll(() => db.cleanup());

  it('adds a claim from a selection, trimmed to its words, anchored exactly', () => {
    const [start, end] = spanOf(SAMPLE_BODY, ' Kharkiv mayor Ihor Terekhov told reporters. ');
    const claim = addClaim(editor, articleId, { start, end, kind: 'quote' });
    expect(claim).toMatchObject({ quote: 'Kharkiv mayor Ihor Terekhov told reporters.', origin: 'manual', status: 'unchecked', score: 1, version: 1, kind: 'quote' });
    expect(SAMPLE_BODY.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(claim.statement).toBe(claim.quote);
    expect(eventsFor(claim.id)).toEqual([expect.objectContaining({ action: 'claim.created', before: null, after: expect.objectContaining({ origin: 'manual' }) })]);
    expect(() => addClaim(editor, articleId, { start, end })).toThrow(expect.objectContaining({ code: 'invalid', message: expect.stringMatching(/already a claim/) }));
  });

  it('refuses empty, whitespace-only, out-of-range and over-long selections, and reviewers', () => {
    const gap = SAMPLE_BODY.indexOf('\n\n');
    expect(() => addClaim(editor, articleId, { start: 5, end: 5 })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => addClaim(editor, articleId, { start: gap, end: gap + 2 })).toThrow(expect.objectContaining({ code: 'invalid', message: expect.stringMatching(/only spaces/) }));
    expect(() => addClaim(editor, articleId, { start: 0, end: SAMPLE_BODY.length + 1 })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => addClaim(editor, articleId, { start: -1, end: 4 })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => addClaim(riley, articleId, { start: 0, end: 7 })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => addClaim(editor, 'missing', { start: 0, end: 7 })).toThrow(expect.objectContaining({ code: 'not_found' }));
    const longBody = `${'word '.repeat(500)}end.`;
    const longId = createArticle(editor, { title: 'Long', body: longBody, format: 'text' }, handExtraction(longBody, []));
    expect(() => addClaim(editor, longId, { start: 0, end: 2_001 })).toThrow(expect.objectContaining({ code: 'invalid', message: expect.stringMatching(/at most 2,000/) }));
  });

  it('merges duplicates: spans, evidence and comments move to the target, the others go', () => {
    const [a, b, c] = getArticle({ id: articleId }).claims;
    updateClaim(editor, b!.id, { version: 1, assigneeId: riley.id });
    const evidence = addEvidence(riley, b!.id, { url: 'https://www.reuters.com/x', title: 'Reuters', stance: 'supports' });
    const comment = addComment(riley, c!.id, { body: 'Same claim as the dek.' });
    const { claim, mergedIds } = mergeClaims(editor, { targetId: a!.id, targetVersion: 1, sourceIds: [b!.id, c!.id], sourceVersions: { [b!.id]: 3, [c!.id]: 1 } });
    expect(mergedIds).toEqual([b!.id, c!.id]);
    expect(claim.version).toBe(2);
    const quotes = claim.spans.map((s) => s.quote);
    expect(quotes).toEqual(expect.arrayContaining([b!.quote, c!.quote, ...a!.spans.map((s) => s.quote), ...b!.spans.map((s) => s.quote), ...c!.spans.map((s) => s.quote)]));
    for (const s of claim.spans) expect(SAMPLE_BODY.slice(s.start, s.end)).toBe(s.quote);
    expect(claim.evidence.map((e) => e.id)).toEqual([evidence.id]);
    expect(claim.comments.map((m) => m.id)).toEqual([comment.id]);
    expect(getDb().select().from(claims).where(eq(claims.id, b!.id)).all()).toEqual([]);
    expect(() => getClaim({ id: c!.id })).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(eventsFor(a!.id).filter((e) => e.action === 'claim.merged')).toHaveLength(1);
    expect(eventsFor(c!.id).filter((e) => e.action === 'claim.merged')).toEqual([expect.objectContaining({ after: { mergedInto: a!.id } })]);
  });

  it('refuses merging across articles or with a stale version, changing nothing', () => {
    const [target, source] = getArticle({ id: articleId }).claims;
    const elsewhere = getArticle({ id: importSample(editor) }).claims[0]!;
    expect(() => mergeClaims(editor, { targetId: target!.id, targetVersion: target!.version, sourceIds: [elsewhere.id], sourceVersions: { [elsewhere.id]: 1 } })).toThrow(
      expect.objectContaining({ code: 'invalid', message: expect.stringMatching(/same article/) }),
    );
    expect(() => mergeClaims(editor, { targetId: target!.id, targetVersion: target!.version, sourceIds: [source!.id], sourceVersions: { [source!.id]: source!.version + 1 } })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(() => mergeClaims(riley, { targetId: target!.id, targetVersion: target!.version, sourceIds: [source!.id], sourceVersions: { [source!.id]: source!.version } })).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(getClaim({ id: source!.id }).version).toBe(source!.version);
  });

  it('splits a claim in two exact, trimmed claims; the second starts unchecked', () => {
    const body = 'The ministry said repairs would cost $119 billion and take a decade.';
    const id = createArticle(editor, { title: 'Split', body, format: 'text' }, handExtraction(body, [claimAt(body, 'repairs would cost $119 billion and take a decade')]));
    const whole = getArticle({ id }).claims[0]!;
    updateClaim(editor, whole.id, { version: 1, status: 'confirmed', assigneeId: riley.id, attributionSource: 'The ministry' });
    const at = body.indexOf(' and take');
    const { first, second } = splitClaim(editor, { claimId: whole.id, version: 2, at });
    expect(first).toMatchObject({ id: whole.id, quote: 'repairs would cost $119 billion', status: 'confirmed', version: 3 });
    expect(second).toMatchObject({ quote: 'and take a decade', origin: 'split', status: 'unchecked', attributionSource: 'The ministry', assigneeId: riley.id, version: 1 });
    for (const c of [first, second]) expect(body.slice(c.start, c.end)).toBe(c.quote);
    expect(eventsFor(whole.id).at(-1)).toMatchObject({ action: 'claim.split', before: { end: whole.end, version: 2 }, after: { end: first.end, version: 3, splitInto: second.id } });
    expect(eventsFor(second.id)).toHaveLength(1);
    expect(() => splitClaim(editor, { claimId: whole.id, version: 3, at: first.start })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => splitClaim(editor, { claimId: whole.id, version: 2, at: first.start + 3 })).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => splitClaim(riley, { claimId: whole.id, version: 3, at: first.start + 3 })).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});
