import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, getSqlite } from '@/db';
import { articles, articleVersions, auditEvents, claims, claimSpans, notifications, outboxMessages } from '@/db/schema';
import { useTestDatabase } from '@/db/test-database';
import { getArticle, listArticles } from '@/lib/articles/queries';
import { claimAt, handExtraction, importSample, person, SAMPLE_BODY } from '@/lib/articles/test-desk';
import type { Actor } from '@/lib/auth/permissions';
import { addClaim } from '@/lib/claims/add-claim';
import { getClaim, getClaimHistory, getMyClaims } from '@/lib/claims/queries';
import { mergeClaims } from '@/lib/claims/merge-claims';
import { splitClaim } from '@/lib/claims/split-claim';
import { updateClaim } from '@/lib/claims/update-claim';
import { addComment } from '@/lib/comments/add-comment';
import { addEvidence } from '@/lib/evidence/add-evidence';
import type { ExtractedClaim } from '@/lib/extraction/types';
import { registerWebhook, removeWebhook } from '@/lib/webhooks/manage-webhooks';
import { carryOverVersion, prepareCarryOver, StaleExtraction } from './carry-over';
import { extractUncovered } from './new-sentences';
import { placeClaim } from './place-claim';

const text = (body: string) => ({ title: null, dek: null, byline: null, publication: null, publishedAt: null, sourceUrl: null, body, format: 'text' as const, fileName: null, originalHtml: null, links: [], warnings: [] });
const claimByQuote = (articleId: string, quote: string) => getArticle({ id: articleId }).claims.find((c) => c.quote.includes(quote))!;
const eventsFor = (id: string) => getDb().select().from(auditEvents).where(eq(auditEvents.entityId, id)).all();

// Version 2 of the test desk's sample: a figure changed, the ministry's paragraph gone,
// a new paragraph with a new claim, and an update line on top.
const NEW_PARAGRAPH = 'Schools will reopen on Monday, the education department said.';
const V2 = `UPDATED with the education department's statement.\n\n${SAMPLE_BODY
  .replace('"We restored power to 90 percent of the city by evening,"', '"We restored power to 95 percent of the city by evening,"')
  .replace('\n\nThe ministry said repairs would cost $119 billion over a decade.', '')}\n\n${NEW_PARAGRAPH}`;
// What extraction offers on version 2: the carried sentences again (they must not come back
// as new claims) and the new one.
const v2Extraction = (body: string, extra: ExtractedClaim[] = []) => handExtraction(body, [
  claimAt(body, 'Russian missiles hit a power station on Tuesday'),
  claimAt(body, 'Schools will reopen on Monday', { reasons: ['a dated event', 'a named source'] }),
  ...extra,
]);

describe('importing a new version', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let riley: Actor;
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    riley = await person('reviewer', 'Riley Reviewer');
  });
  afterAll(() => db.cleanup());

  it('carries every claim over with its work, flags the edited one for a re-check, keeps the removed one and adds the new sentence', () => {
    const articleId = importSample(editor);
    const power = claimByQuote(articleId, 'We restored power');
    const repairs = claimByQuote(articleId, '$119 billion');
    const missiles = claimByQuote(articleId, 'Russian missiles');
    updateClaim(editor, power.id, { version: 1, assigneeId: riley.id });
    addEvidence(riley, power.id, { url: 'https://www.reuters.com/a', title: 'Reuters', stance: 'supports' });
    updateClaim(riley, power.id, { version: 3, status: 'single_source' });
    addComment(riley, repairs.id, { body: 'Ministry figure, check the budget.' });
    updateClaim(editor, repairs.id, { version: 1, status: 'confirmed' });

    const result = carryOverVersion(editor, articleId, text(V2), v2Extraction(V2));

    expect(result.version).toMatchObject({ number: 2, importedBy: { id: editor.id, name: 'Dana Editor' } });
    const after = getArticle({ id: articleId });
    expect(after.body).toBe(V2);
    expect(after.currentVersion).toBe(2);
    const schools = after.claims.find((c) => c.quote === 'Schools will reopen on Monday')!;
    expect(result.carryOver).toEqual({
      unchanged: expect.arrayContaining([missiles.id, claimByQuote(articleId, '1,582').id]),
      edited: [power.id],
      removed: [repairs.id],
      added: [schools.id],
    });
    expect(result.carryOver.unchanged).toHaveLength(2);
    // A claim the new version adds says why it scored high, as one from the first import does.
    expect(schools.scoreReasons).toEqual(['a dated event', 'a named source']);

    // Every claim in the text holds exactly its text at its new offsets.
    for (const c of after.claims.filter((c) => c.anchor !== 'removed')) {
      expect(V2.slice(c.start, c.end)).toBe(c.quote);
      for (const s of c.spans) expect(V2.slice(s.start, s.end)).toBe(s.quote);
    }
    const edited = getClaim({ id: power.id });
    expect(edited).toMatchObject({
      anchor: 'edited', needsRecheck: true, status: 'single_source', assigneeId: riley.id,
      quote: 'We restored power to 95 percent of the city by evening',
      previousQuote: 'We restored power to 90 percent of the city by evening',
      statement: 'We restored power to 95 percent of the city by evening',
      version: 5,
    });
    expect(edited.evidence).toHaveLength(1);
    // The attribution's name is still in the text and follows it.
    expect(V2.slice(edited.attributionStart!, edited.attributionEnd!)).toBe('Kharkiv mayor Ihor Terekhov');

    const removed = getClaim({ id: repairs.id });
    expect(removed).toMatchObject({ anchor: 'removed', seenInVersion: 1, status: 'confirmed', quote: 'repairs would cost $119 billion over a decade' });
    expect(removed.comments).toHaveLength(1);
    // Its offsets still describe version 1, where it was last seen.
    expect(SAMPLE_BODY.slice(removed.start, removed.end)).toBe(removed.quote);

    expect(getClaim({ id: missiles.id })).toMatchObject({ anchor: 'current', needsRecheck: false, version: 1 });
    expect(schools).toMatchObject({ status: 'unchecked', origin: 'extracted', anchor: 'current', seenInVersion: 2 });
    // The repeat in the dek still belongs to the 1,582 claim and moved with the text.
    const homes = after.claims.find((c) => c.quote.startsWith('1,582'))!;
    expect(homes.spans).toHaveLength(1);

    const versions = getDb().select().from(articleVersions).where(eq(articleVersions.articleId, articleId)).all().sort((a, b) => a.number - b.number);
    expect(versions.map((v) => [v.number, v.body === SAMPLE_BODY, v.body === V2])).toEqual([[1, true, false], [2, false, true]]);
    expect(versions[1]!.carryOver).toEqual(result.carryOver);
    // Version 1 now records where each claim stood in it.
    expect(versions[0]!.claimPlaces!.find((p) => p.id === repairs.id)).toMatchObject({ start: removed.start, end: removed.end, status: 'confirmed' });
    expect(versions[1]!.claimPlaces).toBeNull();

    // The desk's list counts the claims in the text; the removed one waits for the editor.
    expect(listArticles({ actor: editor }).items.find((a) => a.id === articleId)).toMatchObject({ total: after.claims.length - 1, checked: 1 });
    // And the reviewer's queue puts the owed re-check first.
    expect(getMyClaims({ actor: riley }).items[0]).toMatchObject({ id: power.id, needsRecheck: true });

    expect(eventsFor(articleId).map((e) => e.action)).toContain('article.version_imported');
    expect(eventsFor(power.id).at(-1)).toMatchObject({ action: 'claim.text_changed', after: expect.objectContaining({ articleVersion: 2, quote: edited.quote }) });
    expect(eventsFor(repairs.id).at(-1)).toMatchObject({ action: 'claim.removed_from_text', after: expect.objectContaining({ lastSeenInVersion: 1, articleVersion: 2 }) });
    expect(eventsFor(missiles.id).at(-1)).toMatchObject({ action: 'claim.carried_over', after: expect.objectContaining({ reason: 'kept', articleVersion: 2 }) });
    expect(eventsFor(schools.id)).toEqual([expect.objectContaining({ action: 'claim.created', after: expect.objectContaining({ articleVersion: 2 }) })]);
    // A created claim has no before: stored as SQL NULL, as every other writer stores it (never the JSON text "null").
    expect(getSqlite().prepare("select quote(before) from audit_events where entity_id = ? and action = 'claim.created'").pluck().all(schools.id)).toEqual(['NULL']);

    // The reviewer who gave the verdict hears that its words changed; nobody hears of the unchanged claims.
    const told = getDb().select().from(notifications).where(and(eq(notifications.userId, riley.id), eq(notifications.type, 'text_changed'))).all();
    expect(told).toMatchObject([{ claimId: power.id, actorId: editor.id, articleId }]);
    expect(getDb().select().from(notifications).where(eq(notifications.claimId, missiles.id)).all()).toEqual([]);
  });

  it('tells webhooks of the version and of each claim whose words changed or went, not of every unchanged claim', async () => {
    const saved = process.env.CLAIMDESK_ALLOW_PRIVATE_URLS;
    process.env.CLAIMDESK_ALLOW_PRIVATE_URLS = '1';
    try {
      const admin = await person('admin', 'Ada Admin');
      const hook = await registerWebhook(admin, { url: 'http://127.0.0.1:9/hook', events: ['*'], secret: 'a-webhook-secret-of-some-length' });
      const articleId = importSample(editor);
      const since = getDb().select().from(outboxMessages).all().length;
      carryOverVersion(editor, articleId, text(V2), v2Extraction(V2));
      const sent = getDb().select().from(outboxMessages).where(eq(outboxMessages.webhookId, hook.id)).all().slice(since);
      expect(sent.map((m) => m.eventType).sort()).toEqual(['article.version_imported', 'claim.removed_from_text', 'claim.text_changed']);
      removeWebhook(admin, hook.id);
    } finally {
      if (saved === undefined) delete process.env.CLAIMDESK_ALLOW_PRIVATE_URLS;
      else process.env.CLAIMDESK_ALLOW_PRIVATE_URLS = saved;
    }
  });

  it('keeps the re-check owed across versions until someone sets a status, and counts confirming the same verdict', () => {
    const articleId = importSample(editor);
    const power = claimByQuote(articleId, 'We restored power');
    updateClaim(editor, power.id, { version: 1, status: 'confirmed' });
    carryOverVersion(editor, articleId, text(V2), v2Extraction(V2));
    const v3 = V2.replace('UPDATED with', 'UPDATED again with');
    carryOverVersion(editor, articleId, text(v3), v2Extraction(v3));
    const owed = getClaim({ id: power.id });
    // Unchanged in version 3, but still owed a re-check against the wording it was checked on.
    expect(owed).toMatchObject({ anchor: 'edited', needsRecheck: true, previousQuote: 'We restored power to 90 percent of the city by evening' });
    updateClaim(editor, power.id, { version: owed.version, status: 'confirmed' });
    expect(getClaim({ id: power.id })).toMatchObject({ anchor: 'current', needsRecheck: false, previousQuote: null, status: 'confirmed' });
    expect(getClaimHistory({ claimId: power.id })[0]).toMatchObject({ action: 'claim.recheck_confirmed', after: expect.objectContaining({ needsRecheck: false }) });
  });

  it('does not ask for a re-check of a claim nobody had worked on', () => {
    const articleId = importSample(editor);
    const power = claimByQuote(articleId, 'We restored power');
    carryOverVersion(editor, articleId, text(V2), v2Extraction(V2));
    expect(getClaim({ id: power.id })).toMatchObject({ anchor: 'edited', needsRecheck: false, status: 'unchecked' });
  });

  it('brings a removed claim back, with its work, when its paragraph is put back in a later version', () => {
    const articleId = importSample(editor);
    const repairs = claimByQuote(articleId, '$119 billion');
    updateClaim(editor, repairs.id, { version: 1, status: 'disputed' });
    carryOverVersion(editor, articleId, text(V2), v2Extraction(V2));
    const v3 = `${V2}\n\nThe ministry said repairs would cost $119 billion over a decade.`;
    const r = carryOverVersion(editor, articleId, text(v3), v2Extraction(v3));
    expect(r.carryOver.unchanged).toContain(repairs.id);
    const back = getClaim({ id: repairs.id });
    expect(back).toMatchObject({ anchor: 'current', status: 'disputed', seenInVersion: 3 });
    expect(v3.slice(back.start, back.end)).toBe(back.quote);
    expect(eventsFor(repairs.id).at(-1)).toMatchObject({ action: 'claim.carried_over', after: expect.objectContaining({ restored: true, reason: 'kept' }) });
  });

  it('lets an editor place a removed claim by hand, flagging it when its words differ', () => {
    const articleId = importSample(editor);
    const repairs = claimByQuote(articleId, '$119 billion');
    updateClaim(editor, repairs.id, { version: 1, status: 'confirmed' });
    const v2 = SAMPLE_BODY.replace('The ministry said repairs would cost $119 billion over a decade.', 'Repairs will cost $120 billion over ten years, according to the ministry.');
    const r = carryOverVersion(editor, articleId, text(v2), handExtraction(v2, []));
    expect(r.carryOver.removed).toEqual([repairs.id]);
    const removed = getClaim({ id: repairs.id });
    const at = v2.indexOf('Repairs will cost');
    expect(() => placeClaim(riley, repairs.id, { version: removed.version, start: at, end: at + 40 })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    const placed = placeClaim(editor, repairs.id, { version: removed.version, start: at, end: at + 'Repairs will cost $120 billion over ten years'.length });
    expect(placed).toMatchObject({
      anchor: 'edited', needsRecheck: true, status: 'confirmed', seenInVersion: 2,
      quote: 'Repairs will cost $120 billion over ten years', previousQuote: 'repairs would cost $119 billion over a decade',
    });
    expect(v2.slice(placed.start, placed.end)).toBe(placed.quote);
    expect(getClaimHistory({ claimId: repairs.id })[0]).toMatchObject({ action: 'claim.placed_by_hand' });
    expect(() => placeClaim(editor, repairs.id, { version: placed.version, start: at, end: at + 10 })).toThrow(expect.objectContaining({ code: 'invalid' }));
  });

  it('carries hand-added, split and dismissed claims by the same rules, and does not offer a dismissed sentence again', () => {
    const articleId = importSample(editor);
    const sentence = 'Officials said 1,582 homes are still without heat.';
    const at = SAMPLE_BODY.indexOf(sentence);
    const manual = addClaim(editor, articleId, { start: at, end: at + 'Officials said'.length });
    const missiles = claimByQuote(articleId, 'Russian missiles');
    const { second } = splitClaim(editor, { claimId: missiles.id, version: 1, at: SAMPLE_BODY.indexOf('on Tuesday') });
    const dismissed = claimByQuote(articleId, '$119 billion');
    updateClaim(editor, dismissed.id, { version: 1, status: 'dismissed' });
    const v2 = `Top line.\n\n${SAMPLE_BODY.replace('on Tuesday', 'on Wednesday')}`;
    const r = carryOverVersion(editor, articleId, text(v2), handExtraction(v2, [claimAt(v2, 'The ministry said repairs would cost $119 billion over a decade.')]));
    expect(r.carryOver.unchanged).toEqual(expect.arrayContaining([manual.id, missiles.id, dismissed.id]));
    expect(r.carryOver.edited).toEqual([second.id]);
    expect(r.carryOver.added).toEqual([]);
    expect(getClaim({ id: second.id })).toMatchObject({ quote: 'on Wednesday', anchor: 'edited', origin: 'split' });
    expect(getClaim({ id: dismissed.id })).toMatchObject({ status: 'dismissed', anchor: 'current' });
  });

  it('carries a merged claim with the spans it gathered, dropping only those whose passage went', () => {
    const articleId = importSample(editor);
    const missiles = claimByQuote(articleId, 'Russian missiles');
    const repairs = claimByQuote(articleId, '$119 billion');
    mergeClaims(editor, { targetId: missiles.id, targetVersion: 1, sourceIds: [repairs.id], sourceVersions: { [repairs.id]: 1 } });
    const v2 = SAMPLE_BODY.replace('\n\nThe ministry said repairs would cost $119 billion over a decade.', '');
    const r = carryOverVersion(editor, articleId, text(v2), handExtraction(v2, []));
    expect(r.carryOver.unchanged).toContain(missiles.id);
    expect(getClaim({ id: missiles.id }).spans).toEqual([]);
    expect(eventsFor(missiles.id).at(-1)).toMatchObject({ action: 'claim.carried_over', after: expect.objectContaining({ spansDropped: ['repairs would cost $119 billion over a decade'] }) });
  });

  it('links a new headline repeat of a carried claim to it, as the first import does', () => {
    const articleId = importSample(editor);
    const missiles = claimByQuote(articleId, 'Russian missiles');
    const v2 = `Russian missiles hit a power station on Tuesday\n\n${SAMPLE_BODY}`;
    const body = claimAt(v2, 'Russian missiles hit a power station on Tuesday, the regional');
    const extraction = handExtraction(v2, [{ ...claimAt(v2, 'Russian missiles hit a power station on Tuesday'), start: body.start, end: body.start + 47, duplicates: [[0, 47]] }]);
    const r = carryOverVersion(editor, articleId, text(v2), extraction);
    expect(r.carryOver.added).toEqual([]);
    const spans = getDb().select().from(claimSpans).where(eq(claimSpans.claimId, missiles.id)).all();
    expect(spans.map((s) => [s.start, s.quote])).toEqual([[0, 'Russian missiles hit a power station on Tuesday']]);
  });

  it('is all or nothing: a failure while writing leaves the article as it was', () => {
    const articleId = importSample(editor);
    const before = getArticle({ id: articleId });
    // A claim with an empty span breaks the claims table's CHECK after the carried claims were written.
    const broken = handExtraction(V2, [{ ...claimAt(V2, 'Schools will reopen'), end: V2.indexOf('Schools') }]);
    expect(() => carryOverVersion(editor, articleId, text(V2), broken)).toThrow();
    const after = getArticle({ id: articleId });
    expect(after.body).toBe(SAMPLE_BODY);
    expect(after.currentVersion).toBe(1);
    expect(after.claims.map((c) => [c.id, c.start, c.quote, c.anchor])).toEqual(before.claims.map((c) => [c.id, c.start, c.quote, c.anchor]));
    expect(getDb().select().from(articleVersions).where(eq(articleVersions.articleId, articleId)).all()).toHaveLength(1);
    expect(getDb().select().from(auditEvents).where(and(eq(auditEvents.articleId, articleId), eq(auditEvents.action, 'article.version_imported'))).all()).toHaveLength(0);
  });

  it('refuses reviewers, an unchanged text, and an import based on a version someone replaced meanwhile', () => {
    const articleId = importSample(editor);
    expect(() => carryOverVersion(riley, articleId, text(V2), v2Extraction(V2))).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => carryOverVersion(editor, articleId, text(SAMPLE_BODY), handExtraction(SAMPLE_BODY, []))).toThrow(expect.objectContaining({ code: 'invalid', message: expect.stringMatching(/same as version 1/) }));
    expect(() => carryOverVersion(editor, 'missing', text(V2), v2Extraction(V2))).toThrow(expect.objectContaining({ code: 'not_found' }));
    carryOverVersion(editor, articleId, text(V2), v2Extraction(V2), { expectedVersion: 1 });
    const v3 = `${V2}\n\nMore.`;
    expect(() => carryOverVersion(editor, articleId, text(v3), handExtraction(v3, []), { expectedVersion: 1 }))
      .toThrow(expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/Version 2 was imported by Dana Editor/) }));
    expect(getDb().select({ v: articles.currentVersion }).from(articles).where(eq(articles.id, articleId)).get()!.v).toBe(2);
  });

  it('places the claims before extraction, and places them again when they changed in between', () => {
    const articleId = importSample(editor);
    const power = claimByQuote(articleId, 'We restored power');
    const prepared = prepareCarryOver(articleId, V2)!;
    // extraction reads only what the carried claims leave uncovered: the new paragraph, not the missiles sentence
    const extraction = extractUncovered(V2, prepared.covered);
    expect(extraction.skipped!.some(([s, e]) => V2.slice(s, e).includes('Russian missiles'))).toBe(true);
    expect(extraction.claims.some((c) => c.text.includes('Russian missiles'))).toBe(false);
    // Meanwhile a reviewer gives the claim whose figure version 2 changes a verdict: the plan
    // made before it is stale, and the import must see the verdict to ask for a re-check.
    updateClaim(editor, power.id, { version: 1, status: 'confirmed' });
    const result = carryOverVersion(editor, articleId, text(V2), extraction, { prepared });
    expect(result.carryOver.edited).toEqual([power.id]);
    expect(getClaim({ id: power.id })).toMatchObject({ status: 'confirmed', needsRecheck: true, anchor: 'edited' });
    expect(result.carryOver.added.map((id) => getClaim({ id }).quote)).toEqual([NEW_PARAGRAPH]);
  });

  it('refuses an extraction that skipped a sentence no carried claim covers any more', () => {
    const articleId = importSample(editor);
    const at = V2.indexOf(NEW_PARAGRAPH);
    const extraction = { ...v2Extraction(V2), skipped: [[at, at + NEW_PARAGRAPH.length] as [number, number]] };
    expect(() => carryOverVersion(editor, articleId, text(V2), extraction)).toThrow(StaleExtraction);
    expect(getDb().select({ v: articles.currentVersion }).from(articles).where(eq(articles.id, articleId)).get()!.v).toBe(1);
  });

  it('keeps removed claims out of the way of claims added by hand and refuses to split or merge them', () => {
    const articleId = importSample(editor);
    const repairs = claimByQuote(articleId, '$119 billion');
    // The sentence is replaced by an unrelated one of about its length, at about its offsets.
    const OTHER = 'Schools across the city reopened on Monday after a week of closures.';
    const v2 = SAMPLE_BODY.replace('\n\nThe ministry said repairs would cost $119 billion over a decade.', `\n\n${OTHER}`);
    carryOverVersion(editor, articleId, text(v2), handExtraction(v2, []));
    const removed = getClaim({ id: repairs.id });
    expect(() => splitClaim(editor, { claimId: repairs.id, version: removed.version, at: removed.start + 5 })).toThrow(expect.objectContaining({ code: 'invalid', message: expect.stringMatching(/no longer in the text/) }));
    // A passage of the new text over the removed claim's old offsets is free to claim by hand.
    const row = getDb().select().from(claims).where(eq(claims.id, repairs.id)).get()!;
    const start = v2.indexOf(OTHER);
    const end = start + OTHER.length;
    expect(start < row.end && row.start < end).toBe(true);
    expect(() => addClaim(editor, articleId, { start, end })).not.toThrow();
  });
});
