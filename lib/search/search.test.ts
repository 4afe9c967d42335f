// The header search against a real database: figures however written, names, evidence,
// filters, highlights, and never a result the caller may not read.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { articles } from '@/db/schema';
import { useTestDatabase } from '@/db/test-database';
import { deleteArticle, createArticle } from '@/lib/articles/create-article';
import { getArticle } from '@/lib/articles/queries';
import { claimAt, handExtraction, importSample, person } from '@/lib/articles/test-desk';
import type { Actor } from '@/lib/auth/permissions';
import { updateClaim } from '@/lib/claims/update-claim';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { searchArchive } from './queries';

// The one access rule, narrowed for a pretend restricted desk: search must obey it.
const restricted = vi.hoisted(() => ({ actorId: '', articleId: '' }));
vi.mock('@/lib/articles/access', async (original) => {
  const real = await original<typeof import('@/lib/articles/access')>();
  return {
    ...real,
    readableArticles: (actor: Actor) =>
      actor.id === restricted.actorId ? sql`${articles.id} = ${restricted.articleId}` : real.readableArticles(actor),
    // The rule's key changes with it: a search kept for another reader is not this reader's.
    readerKey: (actor: Actor) => (actor.id === restricted.actorId ? `only:${restricted.articleId}` : real.readerKey(actor)),
  };
});

const hit = (r: { snippet: string; highlights: [number, number][] }) => r.highlights.map(([s, e]) => r.snippet.slice(s, e));

describe('searching the archive', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let riley: Actor;
  let sample: string;
  let other: string;
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    riley = await person('reviewer', 'Riley Reviewer');
    sample = importSample(editor, 'Kharkiv restores power');
    const body = 'Death toll rises\n\nThe regional prosecutor said 1582 people died in the region, Oleh Synehubov wrote on Telegram.';
    other = createArticle(editor, { title: 'Death toll rises', body, format: 'text' }, handExtraction(body, [
      claimAt(body, 'The regional prosecutor said 1582 people died in the region', { attribution: { source: 'Oleh Synehubov', sourceSpan: null, cueSpan: null } }),
    ]));
  });
  afterAll(() => db.cleanup());

  it('finds a claim by a figure written differently, with the figure highlighted', () => {
    const plain = searchArchive({ actor: editor, q: '1582' }).items;
    expect(plain.map((r) => r.articleId)).toEqual(expect.arrayContaining([sample, other]));
    const sampleHit = plain.find((r) => r.articleId === sample && r.type === 'claim')!;
    expect(hit(sampleHit)).toContain('1,582');
    expect(sampleHit.titleHighlights.map(([a, b]) => sampleHit.title.slice(a, b))).toEqual(['1,582']);
    const withComma = searchArchive({ actor: editor, q: '1,582 died' }).items;
    expect(withComma.map((r) => r.articleId)).toEqual([other]);
    expect(hit(withComma[0]!)).toEqual(expect.arrayContaining(['1582', 'died']));
  });

  it('finds a claim by the name of whoever made it, and opens it in its article', () => {
    const [result] = searchArchive({ actor: editor, q: 'Synehubov' }).items;
    const claim = getArticle({ id: other }).claims[0]!;
    expect(result).toMatchObject({ type: 'claim', id: claim.id, claimId: claim.id, articleId: other, articleTitle: 'Death toll rises', status: 'unchecked', url: `/articles/${other}?claim=${claim.id}` });
    expect(searchArchive({ actor: editor, q: 'terekhov' }).items.map((r) => r.articleId)).toEqual([sample]);
  });

  it('finds evidence by its excerpt and articles by their title, each opening the right place', () => {
    const claim = getArticle({ id: sample }).claims[1]!;
    updateClaim(editor, claim.id, { version: 1, assigneeId: riley.id });
    addEvidence(riley, claim.id, { url: 'https://www.ukrenergo.ua/en/news', title: 'Ukrenergo update', stance: 'supports', excerpt: 'Supply restored to ninety percent of consumers in Kharkiv' });
    const [evidence] = searchArchive({ actor: editor, q: 'consumers', type: 'evidence' }).items;
    expect(evidence).toMatchObject({ type: 'evidence', title: 'Ukrenergo update', claimId: claim.id, status: 'in_progress', url: `/articles/${sample}?claim=${claim.id}` });
    const [article] = searchArchive({ actor: editor, q: 'restores', type: 'article' }).items;
    expect(article).toMatchObject({ type: 'article', id: sample, claimId: null, status: null, url: `/articles/${sample}` });
  });

  it('filters by status, reviewer and date', () => {
    const q = 'Kharkiv';
    expect(searchArchive({ actor: editor, q, status: 'in_progress' }).items.every((r) => r.status === 'in_progress')).toBe(true);
    expect(searchArchive({ actor: editor, q, status: 'in_progress' }).items.length).toBeGreaterThan(0);
    const forRiley = searchArchive({ actor: editor, q, reviewer: riley.id }).items;
    expect(forRiley.length).toBeGreaterThan(0);
    expect(forRiley.every((r) => r.articleId === sample && r.type !== 'article')).toBe(true);
    expect(searchArchive({ actor: editor, q, reviewer: editor.id }).items).toEqual([]);
    expect(searchArchive({ actor: editor, q, to: '2001-01-01' }).items).toEqual([]);
    expect(searchArchive({ actor: editor, q, from: '2001-01-01' }).items.length).toBeGreaterThan(0);
  });

  it('never shows a result the caller may not read', async () => {
    // An editor like the one who searched first, who may read less: nothing kept for the first leaks.
    const narrow = await person('editor', 'Narrow Reader');
    restricted.actorId = narrow.id;
    restricted.articleId = other;
    expect(searchArchive({ actor: editor, q: '1582' }).items.some((r) => r.articleId === sample)).toBe(true);
    const seen = searchArchive({ actor: narrow, q: '1582' }).items;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.articleId === other)).toBe(true);
    // A deleted article leaves nothing behind in the index.
    deleteArticle(editor, sample);
    expect(searchArchive({ actor: editor, q: 'Kharkiv' }).items.filter((r) => r.articleId === sample)).toEqual([]);
    expect(searchArchive({ actor: editor, q: 'consumers' }).items).toEqual([]);
  });

  it('bounds the matches a filtered page looks at, and goes on from there without losing any', () => {
    const body = ['Harbour report', ...Array.from({ length: 12 }, (_, i) => `The harbour handled ${100 + i} ships in week ${i + 1}, the port said.`)].join('\n\n');
    const id = createArticle(editor, { title: 'Harbour report', body, format: 'text' }, handExtraction(body,
      Array.from({ length: 12 }, (_, i) => claimAt(body, `The harbour handled ${100 + i} ships in week ${i + 1}`))));
    const claims = getArticle({ id }).claims;
    // The two oldest are disputed: a filter that newer matches do not pass.
    for (const c of claims.slice(0, 2)) updateClaim(editor, c.id, { version: 1, status: 'disputed' });
    const found: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (; pages < 20; pages++) {
      const page = searchArchive({ actor: editor, q: 'harbour ships', status: 'disputed', scanBudget: 4, cursor });
      found.push(...page.items.map((r) => r.id));
      if (page.items.length < 20) expect(page.partial || page.nextCursor === null).toBe(true);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(found.sort()).toEqual(claims.slice(0, 2).map((c) => c.id).sort());
    const first = searchArchive({ actor: editor, q: 'harbour ships', status: 'disputed', scanBudget: 4 });
    expect(first).toMatchObject({ items: [], partial: true, nextCursor: expect.any(String) });
    expect(searchArchive({ actor: editor, q: 'harbour', type: 'article' }).items.map((r) => r.id)).toEqual([id]);
  });

  it('says what is wrong with a query instead of failing', () => {
    expect(() => searchArchive({ actor: editor, q: '   ' })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => searchArchive({ actor: editor, q: '!!!' })).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => searchArchive({ actor: editor, q: 'x', status: 'bogus' as never })).toThrow(expect.objectContaining({ code: 'invalid' }));
  });
});
