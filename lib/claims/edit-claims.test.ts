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
    expect(eventsFor(c!.id).filter((e) => e.action === 'claim.merged')).toEqual([expect.objectContaining({ after: { mergedInto: a!.id, mergedIntoNumber: a!.number } })]);
    // The reviewer b was given, and the status her evidence moved it to, survive the merge.
    expect(claim).toMatchObject({ assigneeId: riley.id, status: 'in_progress', number: a!.number });
  });

  it('keeps the tightest due time and asks when the claims have different verdicts or reviewers', async () => {
    const id = importSample(editor);
    const [a, b, c] = getArticle({ id }).claims;
    const other = await person('reviewer', 'Sam Second');
    updateClaim(editor, a!.id, { version: 1, assigneeId: riley.id, dueAt: new Date('2030-12-01T14:00:00Z'), status: 'confirmed' });
    updateClaim(editor, b!.id, { version: 1, assigneeId: other.id, dueAt: new Date('2030-11-20T09:00:00Z'), status: 'disputed' });
    const ask = () => mergeClaims(editor, { targetId: a!.id, targetVersion: 2, sourceIds: [b!.id], sourceVersions: { [b!.id]: 2 } });
    expect(ask).toThrow(expect.objectContaining({
      code: 'invalid',
      details: { fields: {
        'keep.status': [expect.stringMatching(new RegExp(`^Claims ${a!.number} and ${b!.number} have different verdicts \\(Confirmed and Disputed\\)`))],
        'keep.assigneeId': [expect.stringMatching(/different reviewers \(Riley Reviewer and Sam Second\)/)],
      } },
    }));
    expect(getClaim({ id: b!.id }).version).toBe(2);
    const { claim, kept, message } = mergeClaims(editor, { targetId: a!.id, targetVersion: 2, sourceIds: [b!.id, c!.id], sourceVersions: { [b!.id]: 2, [c!.id]: 1 }, keep: { status: 'disputed', assigneeId: other.id } });
    expect(claim).toMatchObject({ status: 'disputed', assigneeId: other.id, dueAt: new Date('2030-11-20T09:00:00Z') });
    expect(kept).toMatchObject({ status: 'disputed', assignee: { id: other.id, name: 'Sam Second' } });
    expect(message).toBe(`Merged claims ${b!.number} and ${c!.number} into claim ${a!.number}. It keeps Sam Second as reviewer, due 2030-11-20 09:00 UTC and status Disputed, and gained 0 pieces of evidence and 0 comments.`);
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

  it('splits a claim in two exact claims trimmed of the joining words; both keep the reviewer, due time, status, evidence and comments', () => {
    const body = 'The ministry said repairs would cost $119 billion and take a decade.';
    const id = createArticle(editor, { title: 'Split', body, format: 'text' }, handExtraction(body, [claimAt(body, 'repairs would cost $119 billion and take a decade')]));
    const whole = getArticle({ id }).claims[0]!;
    const due = new Date('2030-12-01T14:00:00Z');
    updateClaim(editor, whole.id, { version: 1, status: 'confirmed', assigneeId: riley.id, dueAt: due, attributionSource: 'The ministry' });
    addEvidence(riley, whole.id, { url: 'https://www.reuters.com/x', title: 'Reuters', stance: 'supports' });
    addComment(riley, whole.id, { body: 'Two claims in one.' });
    const at = body.indexOf(' and take');
    const { first, second, message } = splitClaim(editor, { claimId: whole.id, version: 3, at });
    expect(first).toMatchObject({ id: whole.id, quote: 'repairs would cost $119 billion', status: 'confirmed', version: 4, number: whole.number });
    expect(second).toMatchObject({ quote: 'take a decade', origin: 'split', status: 'confirmed', attributionSource: 'The ministry', assigneeId: riley.id, dueAt: due, version: 1, number: whole.number + 1 });
    expect(second.evidence.map((e) => [e.title, e.addedBy.name])).toEqual([['Reuters', 'Riley Reviewer']]);
    expect(second.comments.map((m) => m.body)).toEqual(['Two claims in one.']);
    expect(first.evidence).toHaveLength(1);
    expect(message).toBe(`Claim ${whole.number} split into claims ${whole.number} and ${second.number}; both keep the reviewer, the due time, status Confirmed, 1 piece of evidence and 1 comment.`);
    for (const c of [first, second]) expect(body.slice(c.start, c.end)).toBe(c.quote);
    expect(eventsFor(whole.id).at(-1)).toMatchObject({ action: 'claim.split', before: { end: whole.end, version: 3 }, after: { end: first.end, version: 4, splitInto: second.id, splitIntoNumber: second.number } });
    expect(eventsFor(second.id)).toHaveLength(1);
    expect(() => splitClaim(editor, { claimId: whole.id, version: 4, at: first.start })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => splitClaim(editor, { claimId: whole.id, version: 3, at: first.start + 3 })).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => splitClaim(riley, { claimId: whole.id, version: 4, at: first.start + 3 })).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});
