import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { articles, auditEvents, claims, claimSpans } from '@/db/schema';
import { useTestDatabase } from '@/db/test-database';
import type { Actor } from '@/lib/auth/permissions';
import { claimJson } from '@/lib/claims/claim-json';
import { createArticle, deleteArticle, updateArticleMeta } from './create-article';
import { getArticle } from './queries';
import { claimAt, handExtraction, importSample, person, SAMPLE_BODY, SAMPLE_CLAIMS } from './test-desk';

const rows = (table: typeof articles | typeof claims | typeof claimSpans | typeof auditEvents) =>
  getDb().select({ n: count() }).from(table).get()!.n;

describe('importing an article', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let reviewer: Actor;
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    reviewer = await person('reviewer', 'Riley Reviewer');
  });
  afterAll(() => db.cleanup());

  it('saves the article, every claim, its repeated spans and one import event', () => {
    const id = importSample(editor);
    const article = getArticle({ id });
    expect(article.title).toBe('Kharkiv restores power');
    expect(article.importedBy).toEqual({ id: editor.id, name: 'Dana Editor' });
    const inBodyOrder = [...SAMPLE_CLAIMS()].sort((a, b) => a.start - b.start);
    expect(article.claims.map((c) => c.quote)).toEqual(inBodyOrder.map((c) => c.text));
    for (const claim of article.claims) {
      expect(article.body.slice(claim.start, claim.end)).toBe(claim.quote);
      expect(claim.statement).toBe(claim.quote);
      expect(article.body.slice(claim.start - claim.prefix.length, claim.start)).toBe(claim.prefix);
      expect(article.body.slice(claim.end, claim.end + claim.suffix.length)).toBe(claim.suffix);
      for (const span of claim.spans) expect(article.body.slice(span.start, span.end)).toBe(span.quote);
    }
    const heat = article.claims.find((c) => c.quote.startsWith('1,582'))!;
    expect(heat.spans).toHaveLength(1);
    expect(heat.spans[0]!.start).not.toBe(heat.start);
    const mayor = article.claims.find((c) => c.kind === 'statistic' && c.attributionSource)!;
    expect(mayor.attributionSource).toBe('Kharkiv mayor Ihor Terekhov');
    expect(article.body.slice(mayor.attributionStart!, mayor.attributionEnd!)).toBe('Kharkiv mayor Ihor Terekhov');
    expect(article.claims.every((c) => c.status === 'unchecked' && c.origin === 'extracted' && c.version === 1)).toBe(true);
    const events = getDb().select().from(auditEvents).where(eq(auditEvents.articleId, id)).all();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'article.imported', actorId: editor.id, after: { claims: 4 } });
  });

  it('keeps a prefix and suffix of at most 32 characters', () => {
    const claim = getArticle({ id: importSample(editor) }).claims.find((c) => c.quote.startsWith('repairs'))!;
    expect(claim.prefix).toBe('ithout heat.\n\nThe ministry said ');
    expect(claim.suffix).toBe('.');
    const first = getArticle({ id: importSample(editor) }).claims[1]!;
    expect(first.prefix).toHaveLength(32);
    expect(first.suffix).toHaveLength(32);
  });

  it('clamps scores into [0, 1] and falls back to the first block for a title', () => {
    const body = 'A headline that is the first block\n\nThe council said 40 buses were added.';
    const id = createArticle(
      editor,
      { title: '  ', body, format: 'text' },
      handExtraction(body, [claimAt(body, '40 buses were added', { score: 1.7 }), claimAt(body, 'The council said', { score: -0.2 })]),
    );
    const article = getArticle({ id });
    expect(article.title).toBe('A headline that is the first block');
    expect(article.claims.map((c) => c.score)).toEqual([0, 1]);
  });

  it('keeps why each claim scored high, and returns it with the claim as reasons', () => {
    const body = 'Bus fares rise\n\nFares rose 9% in March, the transport authority said. The depot was repainted.';
    const id = createArticle(
      editor,
      { title: 'Fares', body, format: 'text' },
      handExtraction(body, [
        claimAt(body, 'Fares rose 9% in March, the transport authority said.', { reasons: ['a percentage', 'a named source', 'a date'] }),
        claimAt(body, 'The depot was repainted.', { reasons: ['x'.repeat(500), 7 as unknown as string] }),
      ]),
    );
    const [fares, depot] = getArticle({ id }).claims;
    expect(fares!.scoreReasons).toEqual(['a percentage', 'a named source', 'a date']);
    expect(claimJson(fares!).reasons).toEqual(['a percentage', 'a named source', 'a date']);
    expect(depot!.scoreReasons).toEqual([]);
  });

  it('saves nothing when a claim fails half-way (a span ending before it starts)', () => {
    const before = { articles: rows(articles), claims: rows(claims), spans: rows(claimSpans), events: rows(auditEvents) };
    const good = SAMPLE_CLAIMS();
    const broken = { ...good[1]!, start: 50, end: 40 };
    const extraction = handExtraction(SAMPLE_BODY, [good[0]!, broken, good[2]!]);
    expect(() => createArticle(editor, { title: 'Broken', body: SAMPLE_BODY, format: 'text' }, extraction)).toThrow(/CHECK constraint/);
    expect({ articles: rows(articles), claims: rows(claims), spans: rows(claimSpans), events: rows(auditEvents) }).toEqual(before);
    expect(getDb().select().from(articles).where(eq(articles.title, 'Broken')).all()).toEqual([]);
  });

  it('refuses an empty or over-long body, a script link as source, and reviewers', () => {
    const none = handExtraction('', []);
    expect(() => createArticle(editor, { body: '  \n ', format: 'text' }, none)).toThrow(expect.objectContaining({ code: 'invalid', message: expect.stringMatching(/no text/) }));
    expect(() => createArticle(editor, { body: 'x'.repeat(500_001), format: 'text' }, none)).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => createArticle(editor, { body: 'Text.', format: 'text', sourceUrl: 'javascript:alert(1)' }, none)).toThrow(expect.objectContaining({ code: 'invalid', details: { fields: { sourceUrl: [expect.stringMatching(/http/)] } } }));
    expect(() => importSample(reviewer)).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });

  it('updates metadata with one audit event holding only what changed', () => {
    const id = importSample(editor);
    updateArticleMeta(editor, id, { title: 'Kharkiv power restored', dek: 'Heat still off', byline: null, publication: null, publishedAt: null, sourceUrl: 'https://example.org/kharkiv' });
    const events = getDb().select().from(auditEvents).where(eq(auditEvents.entityId, id)).all().filter((e) => e.action === 'article.updated');
    expect(events).toHaveLength(1);
    expect(events[0]!.before).toEqual({ title: 'Kharkiv restores power', dek: null, sourceUrl: null });
    expect(events[0]!.after).toEqual({ title: 'Kharkiv power restored', dek: 'Heat still off', sourceUrl: 'https://example.org/kharkiv' });
    expect(() => updateArticleMeta(reviewer, id, { title: 'x' })).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });

  it('deletes an article with its claims, keeping a record of the deletion', () => {
    const id = importSample(editor);
    deleteArticle(editor, id);
    expect(() => getArticle({ id })).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(getDb().select().from(claims).where(eq(claims.articleId, id)).all()).toEqual([]);
    const events = getDb().select().from(auditEvents).where(eq(auditEvents.entityId, id)).all();
    expect(events).toEqual([expect.objectContaining({ action: 'article.deleted', before: { title: 'Kharkiv restores power', claims: 4 } })]);
    expect(() => deleteArticle(reviewer, importSample(editor))).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});
