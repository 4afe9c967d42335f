// From the database to every format: each saved claim comes out with the status and
// evidence count it has in the database, and every quote selector matches the body.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/db/test-database';
import { createArticle } from '@/lib/articles/create-article';
import { getArticle } from '@/lib/articles/queries';
import { bulkAssign, updateClaim } from '@/lib/claims/update-claim';
import { isVerdict, STATUS_LABELS } from '@/lib/claims/status';
import { addEvidence } from '@/lib/evidence/add-evidence';
import { extract } from '@/lib/extraction';
import { importText } from '@/lib/import';
import { createUser } from '@/lib/users/manage-users';
import { renderExport } from './index';
import { loadExportArticle } from './load-export';
import { parseCsv } from './test-csv';

const FIXTURE = readFileSync(resolve(process.cwd(), '../shared/fixtures/articles/belarus-border-2022-03-12.txt'), 'utf8');

describe('exports of a saved article', () => {
  let db: ReturnType<typeof useTestDatabase>;
  let articleId = '';
  beforeAll(async () => {
    db = useTestDatabase();
    const editor = await createUser({ email: 'ed@rt.test', name: 'Ed Round', role: 'editor', password: 'editor-password' });
    const reviewer = await createUser({ email: 'rev@rt.test', name: 'Rev Trip', role: 'reviewer', password: 'reviewer-password' });
    const imported = importText(FIXTURE, {});
    articleId = createArticle(editor, imported, extract(imported.body));
    const claims = getArticle({ id: articleId }).claims.slice(0, 4);
    bulkAssign(editor, { claimIds: claims.map((c) => c.id), versions: Object.fromEntries(claims.map((c) => [c.id, c.version])), assigneeId: reviewer.id, dueAt: null });
    const [a, b, c, d] = claims;
    addEvidence(reviewer, a!.id, { url: 'https://www.reuters.com/a', title: 'Reuters', stance: 'supports' });
    addEvidence(reviewer, a!.id, { url: 'https://apnews.com/b', title: 'AP', stance: 'supports' });
    addEvidence(reviewer, b!.id, { url: 'https://www.bbc.co.uk/c', title: 'BBC', stance: 'supports' });
    addEvidence(reviewer, c!.id, { url: 'https://www.dw.com/d', title: 'DW', stance: 'contradicts' });
    const version = (id: string) => getArticle({ id: articleId }).claims.find((x) => x.id === id)!.version;
    updateClaim(reviewer, a!.id, { version: version(a!.id), status: 'confirmed' });
    updateClaim(reviewer, b!.id, { version: version(b!.id), status: 'single_source' });
    updateClaim(reviewer, c!.id, { version: version(c!.id), status: 'disputed' });
    updateClaim(editor, d!.id, { version: version(d!.id), status: 'dismissed' });
  });
  afterAll(() => db.cleanup());

  it('carries every claim with its status and evidence count into every format', () => {
    const saved = getArticle({ id: articleId }).claims; // ordered by position, as exports number them
    const data = loadExportArticle({ articleId });
    const out = (format: Parameters<typeof renderExport>[1]) => renderExport(data, format, { now: new Date(), baseUrl: 'https://desk.test' }).body;
    const json = JSON.parse(out('json'));
    const [header, ...rows] = parseCsv(out('csv'));
    const annotations = JSON.parse(out('annotations')).first.items;
    const html = out('html');
    const report = out('report');
    const md = out('md');
    const reviews = JSON.parse(out('claimreview'));
    const reviewed = (Array.isArray(reviews) ? reviews : reviews['@graph']) as { reviewRating: { alternateName: string } }[];

    expect(json.claims).toHaveLength(saved.length);
    expect(rows).toHaveLength(saved.length);
    expect(annotations).toHaveLength(saved.length);
    saved.forEach((claim, i) => {
      const n = claim.number;
      expect(n).toBe(i + 1);
      const label = STATUS_LABELS[claim.status];
      expect(json.claims[i]).toMatchObject({ number: n, status: claim.status, evidenceCount: claim.evidenceCount });
      expect([rows[i]![header!.indexOf('status')], rows[i]![header!.indexOf('evidence_count')]]).toEqual([claim.status, String(claim.evidenceCount)]);
      expect(annotations[i].body.find((b: { purpose: string }) => b.purpose === 'tagging').value).toBe(claim.status);
      expect(annotations[i].body.filter((b: { type: string }) => b.type === 'SpecificResource')).toHaveLength(claim.evidenceCount);
      if (isVerdict(claim.status)) expect(html).toContain(`[${n} · ${label}]`);
      else if (claim.status !== 'dismissed') expect(html).toContain(`[${n}]`);
      expect(report).toContain(`<h3 id="claim-${n}-title">Claim ${n} · <span class="badge status-${claim.status}">${label}</span></h3>`);
      expect(md).toContain(`### Claim ${n} · ${label}\n`);
      expect(md).toContain(`#### Evidence (${claim.evidenceCount})`);
    });
    expect(reviewed.map((r) => r.reviewRating.alternateName).sort()).toEqual(['Confirmed', 'Disputed', 'Single source']);
  });

  it('anchors every annotation exactly: TextQuoteSelector.exact is the body at TextPositionSelector', () => {
    const data = loadExportArticle({ articleId });
    const { first } = JSON.parse(renderExport(data, 'annotations', { now: new Date() }).body);
    let checked = 0;
    for (const annotation of first.items) {
      // One target per place the claim is stated (the body, and the headline or dek when they repeat it).
      for (const target of annotation.target as { selector: { type: string; exact?: string; start?: number; end?: number }[] }[]) {
        const quote = target.selector.find((s) => s.type === 'TextQuoteSelector')!;
        const position = target.selector.find((s) => s.type === 'TextPositionSelector')!;
        expect(data.body.slice(position.start, position.end)).toBe(quote.exact);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(first.items.length); // the repeated headline/dek claims add targets
  });
});
