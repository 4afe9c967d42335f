// Exports of an article with several versions: they name the version, flag the claims whose
// words changed since their verdict, and list removed claims in their own section.
import { describe, expect, it } from 'vitest';
import { renderExport } from './index';
import { buildRevisedFixtureArticle, FIXTURE_NOW } from './test-fixture';
import { parseCsv } from './test-csv';

const revised = buildRevisedFixtureArticle();
const render = (format: Parameters<typeof renderExport>[1]) => renderExport(revised, format, { now: FIXTURE_NOW }).body;

describe('exports of a revised article', () => {
  it('the annotated article states the version, flags the re-check and lists the removed claim', () => {
    const html = render('html');
    expect(html).toContain('Checked against version 3 of 14 March 2026, 14:05 UTC (imported by Maria Kovalenko).');
    expect(html).toContain('Text changed since it was checked: &#39;1,582&#39; → &#39;1,600&#39;. Needs a re-check');
    expect(html).toMatch(/\[\d+ · Confirmed · text changed, re-check\]/);
    expect(html).toContain('<h2 id="removed-title">Claims no longer in the text (1)</h2>');
    expect(html).toContain('<h3>Removed in version 3 (1)</h3>');
    // The removed claim is not highlighted in the text of version 3.
    expect(html.split('<section class="removed"')[0]).not.toContain('The strike killed 14 people');
  });

  it('the reports carry the same facts', () => {
    expect(render('report')).toContain('Removed in version 3 (1)');
    const md = render('md');
    expect(md).toContain('**Checked against version 3 of 14 March 2026, 14\\:05 UTC \\(imported by Maria Kovalenko\\)\\.**');
    expect(md).toContain('### Removed in version 3 (1)');
    const json = JSON.parse(render('json'));
    expect(json.articleVersion).toMatchObject({ number: 3, createdAt: '2026-03-14T14:05:00.000Z' });
    expect(json.removedClaims).toEqual([expect.objectContaining({ id: 'c-removed', anchor: 'removed', lastSeenInVersion: 2 })]);
    expect(json.claims.find((c: { needsRecheck: boolean }) => c.needsRecheck)).toMatchObject({ anchor: 'edited', previousText: expect.stringContaining('1,582') });
    const [header, ...cells] = parseCsv(render('csv'));
    const rows = cells.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
    const removed = rows.find((r) => r.claim_id === 'c-removed')!;
    expect(removed).toMatchObject({ in_text: 'no', article_version: '2', start: '', end: '' });
    expect(rows.find((r) => r.needs_recheck === 'yes')).toMatchObject({ in_text: 'yes', article_version: '3' });
  });

  it('ClaimReview leaves out a verdict given on words the text no longer has', () => {
    const reviews = JSON.parse(render('claimreview'))['@graph'];
    expect(reviews.some((r: { claimReviewed: string }) => r.claimReviewed.includes('1,582'))).toBe(false);
    expect(reviews.length).toBeGreaterThan(0);
  });
});
