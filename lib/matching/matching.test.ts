// "Checked before?" against a real archive: the earlier check of a reworded claim is found,
// a different figure is not, and reusing it copies the evidence and records who did it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditEvents, claimMatches, evidence, jobs } from '@/db/schema';
import { useTestDatabase } from '@/db/test-database';
import { createArticle } from '@/lib/articles/create-article';
import { getArticle } from '@/lib/articles/queries';
import { claimAt, handExtraction, person } from '@/lib/articles/test-desk';
import type { Actor } from '@/lib/auth/permissions';
import { getClaim } from '@/lib/claims/queries';
import { updateClaim } from '@/lib/claims/update-claim';
import { addEvidence } from '@/lib/evidence/add-evidence';
import '@/lib/jobs/definitions';
import { runDueJob } from '@/lib/jobs/runner';
import { checkedWords } from '@/db/schema';
import { documentFrequencies } from './queries';
import { enqueueWordStats, WORD_STATS_EVERY_MS } from './word-stats-job';
import { getClaimMatches } from './claim-matches';
import { setMatchDismissed } from './dismiss-match';
import { carryOverVersion } from '@/lib/versions/carry-over';
import { reuseVerdict } from './reuse-verdict';

function importClaims(editor: Actor, title: string, sentences: { text: string; attribution?: string }[]): string[] {
  const body = [title, ...sentences.map((s) => s.text)].join('\n\n');
  const id = createArticle(editor, { title, body, format: 'text' }, handExtraction(body, sentences.map((s) =>
    claimAt(body, s.text, { kind: 'statistic', attribution: s.attribution ? { source: s.attribution, sourceSpan: null, cueSpan: null } : null }))));
  return getArticle({ id }).claims.map((c) => c.id);
}

describe('checked before?', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let editor: Actor;
  let riley: Actor;
  let earlier: string;
  let otherFigure: string;
  let reworded: string;
  let differentFigure: string;
  beforeAll(async () => {
    db = useTestDatabase();
    editor = await person('editor', 'Dana Editor');
    riley = await person('reviewer', 'Riley Reviewer');
    [earlier, otherFigure] = importClaims(editor, 'Kharkiv under bombardment', [
      { text: 'Kharkiv regional governor Oleh Synehubov said 1,582 civilians have been killed in the region since the invasion began.' },
      { text: 'The mayor said 1,700 homes in Kharkiv have been destroyed since the invasion began.', attribution: 'Ihor Terekhov' },
    ]) as [string, string];
    for (const [i, url] of ['https://www.ohchr.org/en/news/kharkiv', 'https://www.reuters.com/world/kharkiv-toll', 'https://kharkivoda.gov.ua/news/1582'].entries()) {
      addEvidence(editor, earlier, { url, title: `Source ${i + 1}`, stance: 'supports', archiveUrl: `https://web.archive.org/web/2022/${url}`, excerpt: 'The toll stands at 1,582.' });
    }
    updateClaim(editor, earlier, { version: getClaim({ id: earlier }).version, status: 'confirmed' });
    updateClaim(editor, otherFigure, { version: 1, status: 'disputed' });
    [reworded, differentFigure] = importClaims(editor, 'A new report from Kharkiv', [
      { text: 'At least 1582 civilians have died in the Kharkiv region since the start of the invasion.', attribution: 'governor Oleh Synehubov' },
      { text: 'Kharkiv regional governor Oleh Synehubov said 2,100 civilians have been killed in the region since the invasion began.' },
    ]) as [string, string];
  });
  afterAll(() => db.cleanup());

  it('finds the earlier check of a reworded claim with the same figure and actor', () => {
    const { matches } = getClaimMatches({ actor: riley, claimId: reworded });
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ claimId: earlier, articleTitle: 'Kharkiv under bombardment', status: 'confirmed', evidenceCount: 3, state: 'suggested' });
    expect(matches[0]!.score).toBeGreaterThan(0.5);
    expect(matches[0]!.checkedAt.getTime()).toBeGreaterThan(0);
  });

  it('does not match a claim with a different figure', () => {
    expect(getClaimMatches({ actor: editor, claimId: differentFigure }).matches).toEqual([]);
  });

  it('matches at import in a background job, with progress', async () => {
    const job = getDb().select().from(jobs).all().find((j) => j.subject?.startsWith('article:') && j.status === 'queued');
    expect(job).toBeDefined();
    while (await runDueJob()) { /* every import's job */ }
    const done = getDb().select().from(jobs).where(eq(jobs.id, job!.id)).get()!;
    expect(done).toMatchObject({ status: 'done', progressDone: done.progressTotal });
    const stored = getDb().select().from(claimMatches).all();
    expect(stored.map((m) => [m.claimId, m.matchClaimId, m.state])).toEqual([[reworded, earlier, 'suggested']]);
  });

  it('counts the words of checked claims in the background, for large archives to read by key', async () => {
    enqueueWordStats(getDb());
    const before = Date.now();
    while (await runDueJob()) { /* the count, and anything else due */ }
    const words = new Map(getDb().select().from(checkedWords).all().map((w) => [w.term, w.docs]));
    // Two checked claims: "civilians" is in one (the toll), "kharkiv" in both.
    expect(words.get('civilians')).toBe(1);
    expect(words.get('kharkiv')).toBe(2);
    const asLarge = documentFrequencies(['kharkiv', 'civilians', 'neverseen'], 'table');
    expect(Object.fromEntries(asLarge)).toEqual({ kharkiv: 2, civilians: 1 });
    const next = getDb().select().from(jobs).all().find((j) => j.kind === 'matching.word_stats' && j.status === 'queued')!;
    expect(next.runAt.getTime()).toBeGreaterThanOrEqual(before + WORD_STATS_EVERY_MS);
  });

  it('lets a dismissed match go and come back, recorded in the history', () => {
    setMatchDismissed(editor, reworded, earlier, true);
    expect(getClaimMatches({ actor: editor, claimId: reworded })).toMatchObject({ matches: [], dismissed: 1 });
    setMatchDismissed(editor, reworded, earlier, false);
    expect(getClaimMatches({ actor: editor, claimId: reworded }).matches.map((m) => m.claimId)).toEqual([earlier]);
    const actions = getDb().select().from(auditEvents).where(eq(auditEvents.entityId, reworded)).all().map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['claim.match_dismissed', 'claim.match_restored']));
  });

  it('keeps a reviewer off claims not assigned to them', () => {
    expect(() => reuseVerdict(riley, reworded, earlier, { version: 1 })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => setMatchDismissed(riley, reworded, earlier, true)).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });

  it('reuses the verdict: copies the evidence with its archive links and records who reused what', () => {
    expect(() => reuseVerdict(editor, reworded, earlier, { version: 7 })).toThrow(expect.objectContaining({ code: 'conflict' }));
    const result = reuseVerdict(editor, reworded, earlier, { version: 1 });
    expect(result).toMatchObject({ copiedEvidence: 3, from: { claimId: earlier, articleTitle: 'Kharkiv under bombardment' } });
    expect(result.claim).toMatchObject({ status: 'confirmed', version: 2, suggestedStatus: 'confirmed', warning: null });
    const copies = getDb().select().from(evidence).where(eq(evidence.claimId, reworded)).all();
    const originals = getDb().select().from(evidence).where(eq(evidence.claimId, earlier)).all();
    expect(copies).toHaveLength(3);
    for (const copy of copies) {
      const original = originals.find((o) => o.id === copy.reusedFromId)!;
      expect(copy).toMatchObject({ url: original.url, title: original.title, stance: original.stance, archiveUrl: original.archiveUrl, excerpt: original.excerpt, addedById: editor.id });
    }
    const event = getDb().select().from(auditEvents).where(eq(auditEvents.entityId, reworded)).all().find((e) => e.action === 'claim.verdict_reused')!;
    expect(event).toMatchObject({ actorId: editor.id, before: { status: 'unchecked', version: 1 }, after: { status: 'confirmed', version: 2, reusedFrom: { claimId: earlier, articleTitle: 'Kharkiv under bombardment' } } });
    expect((event.after as { evidence: unknown[] }).evidence).toHaveLength(3);
    const { matches } = getClaimMatches({ actor: editor, claimId: reworded });
    expect(matches).toMatchObject([{ claimId: earlier, state: 'reused' }]);
    expect(() => reuseVerdict(editor, reworded, earlier, { version: 2 })).toThrow(expect.objectContaining({ code: 'invalid', message: expect.stringMatching(/already reused/) }));
    expect(() => setMatchDismissed(editor, reworded, earlier, true)).toThrow(expect.objectContaining({ code: 'invalid' }));
  });

  it('refuses to reuse a claim without a verdict or from the same article', () => {
    expect(() => reuseVerdict(editor, differentFigure, reworded, { version: 1 })).toThrow(expect.objectContaining({ code: 'invalid', message: expect.stringMatching(/same article/) }));
    const [fresh] = importClaims(editor, 'Third', [{ text: 'Another 1,582 people were evacuated from Kharkiv.' }]);
    expect(() => reuseVerdict(editor, fresh!, differentFigure, { version: 1 })).toThrow(expect.objectContaining({ code: 'invalid', message: expect.stringMatching(/no longer has a verdict/) }));
  });

  it('matches the new claims of a new version too', async () => {
    while (await runDueJob()) { /* anything queued earlier */ }
    const title = 'Kharkiv evening update';
    const [first] = importClaims(editor, title, [{ text: 'The city council said 40 trolleybuses are back in service.' }]);
    const articleId = getClaim({ id: first! }).articleId;
    while (await runDueJob()) { /* the first import's job */ }
    const body = getArticle({ id: articleId }).body;
    const added = 'Regional governor Oleh Synehubov said 1,582 civilians have been killed in the Kharkiv region since the invasion began.';
    const v2 = `${body}\n\n${added}`;
    carryOverVersion(editor, articleId, { title: null, dek: null, byline: null, publication: null, publishedAt: null, sourceUrl: null, body: v2, format: 'text', fileName: null, originalHtml: null, links: [], warnings: [] },
      handExtraction(v2, [claimAt(v2, 'The city council said 40 trolleybuses are back in service.'), claimAt(v2, added, { kind: 'statistic' })]));
    while (await runDueJob()) { /* the version's job */ }
    const newClaim = getArticle({ id: articleId }).claims.find((c) => c.quote.includes('1,582'))!;
    // Stored by the job as a suggestion, not only found when the panel asks.
    const stored = getDb().select().from(claimMatches).where(eq(claimMatches.claimId, newClaim.id)).all();
    expect(stored.map((m) => [m.matchClaimId, m.state])).toContainEqual([earlier, 'suggested']);
  });
});
