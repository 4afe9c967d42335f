// The ClaimReview export must carry Google's required (and recommended) properties with the
// right types, for verdict claims only. The property list is read from the shared summary.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVerdict } from '@/lib/claims/status';
import { CLAIMREVIEW_RATINGS, guessAgentType } from './claimreview';
import { renderExport } from './index';
import { buildFixtureArticle, FIXTURE_NOW } from './test-fixture';

type Spec = Record<string, { required?: string[]; recommended?: string[] }>;
const spec = JSON.parse(
  readFileSync(path.resolve(process.cwd(), '../shared/data/claimreview/google_claimreview_requirements.json'), 'utf8'),
) as Spec;

/** "reviewRating (Rating)" → ["reviewRating", ["Rating"]]; "author (Organization or Person)" → two types. */
function parseProperty(entry: string): [string, string[]] {
  const m = /^(\w+) \(([^;)]+)/.exec(entry);
  if (!m) throw new Error(`Cannot read property entry: ${entry}`);
  return [m[1], m[2].split(' or ').map((t) => t.trim())];
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'Text':
      return typeof value === 'string' && value.trim().length > 0;
    case 'URL':
      return typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value);
    case 'Number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'DateTime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value));
    default: // a schema.org type: an object with that @type
      return typeof value === 'object' && value !== null && (value as Record<string, unknown>)['@type'] === type;
  }
}

function check(node: Record<string, unknown>, typeName: string, level: 'required' | 'recommended'): string[] {
  return (spec[typeName][level] ?? []).map(parseProperty).flatMap(([prop, types]) =>
    types.some((t) => hasType(node[prop], t)) ? [] : [`${typeName}.${prop} should be ${types.join(' or ')}, got ${JSON.stringify(node[prop])}`]);
}

const article = buildFixtureArticle();
const graph = (baseUrl?: string, a = article) => JSON.parse(renderExport(a, 'claimreview', { now: FIXTURE_NOW, baseUrl }).body);

describe('claimreview export', () => {
  it('reads a non-trivial requirement list', () => {
    expect(spec.ClaimReview.required!.map((e) => parseProperty(e)[0])).toEqual(['claimReviewed', 'reviewRating', 'url']);
    expect(spec.Rating.required!.map((e) => parseProperty(e)[0])).toEqual(['alternateName']);
  });

  it('has a review for every claim with a verdict and for no other claim', () => {
    const doc = graph('https://desk.example.org');
    expect(doc['@context']).toBe('https://schema.org');
    const verdictClaims = article.claims.filter((c) => isVerdict(c.status));
    expect(verdictClaims.map((c) => c.number)).toEqual([1, 3, 5, 7]);
    expect(doc['@graph'].map((r: { claimReviewed: string }) => r.claimReviewed)).toEqual(verdictClaims.map((c) => c.statement));
  });

  it("carries Google's required and recommended properties with the right types", () => {
    for (const review of graph('https://desk.example.org')['@graph']) {
      expect(review['@type']).toBe('ClaimReview');
      const problems = [
        ...check(review, 'ClaimReview', 'required'),
        ...check(review, 'ClaimReview', 'recommended'),
        ...check(review.reviewRating, 'Rating', 'required'),
        ...check(review.reviewRating, 'Rating', 'recommended'),
        ...check(review.itemReviewed, 'Claim', 'recommended'),
      ];
      expect(problems).toEqual([]);
    }
    // The check itself can fail.
    expect(check({ claimReviewed: '', url: 'javascript:alert(1)' }, 'ClaimReview', 'required')).toHaveLength(3);
  });

  it('maps verdicts to the documented ratings and links each review to its claim', () => {
    const reviews = graph('https://desk.example.org/')['@graph'];
    expect(reviews.map((r: { reviewRating: { ratingValue: number; alternateName: string } }) => [r.reviewRating.ratingValue, r.reviewRating.alternateName]))
      .toEqual([[1, 'Disputed'], [5, 'Confirmed'], [3, 'Single source'], [5, 'Confirmed']]);
    expect(CLAIMREVIEW_RATINGS.single_source).toEqual({ ratingValue: 3, alternateName: 'Single source' });
    expect(reviews[0].url).toBe('https://desk.example.org/articles/a-belarus#claim-1');
    expect(reviews[0].reviewRating).toMatchObject({ bestRating: 5, worstRating: 1 });
    expect(reviews[0].author).toEqual({ '@type': 'Organization', name: 'The Kyiv Courier' });
    expect(reviews[0].itemReviewed.appearance).toMatchObject({ '@type': 'CreativeWork', url: article.sourceUrl, headline: article.title });
    expect(reviews[2].itemReviewed.author).toEqual({ '@type': 'Organization', name: 'TASS' });
    expect(reviews[0].datePublished).toBe('2026-03-13T10:15:00.000Z');
  });

  it('falls back to the article URL, then a URN, when no base URL is configured', () => {
    expect(graph()['@graph'][0].url).toBe(`${article.sourceUrl}#claim-1`);
    expect(graph(undefined, { ...article, sourceUrl: 'javascript:alert(1)', publication: null })['@graph'][0]).toMatchObject({
      url: 'urn:claimdesk:article:a-belarus#claim-1',
      author: { '@type': 'Organization', name: 'Claimdesk' },
    });
  });

  it('guesses Organization for institutions and acronyms, Person otherwise', () => {
    for (const name of ['TASS', 'UNHCR', 'Belarusian Defence Ministry', 'Kharkiv city council', 'UN refugee agency', "Ukraine's border service"]) {
      expect([name, guessAgentType(name)]).toEqual([name, 'Organization']);
    }
    for (const name of ['Andriy Demchenko', 'Kharkiv mayor Ihor Terekhov', 'Viktor Gulevich', 'Maria']) {
      expect([name, guessAgentType(name)]).toEqual([name, 'Person']);
    }
  });
});
