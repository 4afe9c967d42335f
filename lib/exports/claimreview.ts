// schema.org ClaimReview JSON-LD, one review per claim with a verdict. Unchecked, in-progress
// and dismissed claims are left out: there is no rating to publish for them.
import { isVerdict, STATUS_LABELS, type Verdict } from '@/lib/claims/status';
import { safeHref } from './html-escape';
import { lastChange } from './summary';
import type { ExportArticle, ExportClaim } from './types';
import { stringifyJsonLd } from './json-ld';

/**
 * How a Claimdesk verdict becomes a schema.org Rating (worstRating 1, bestRating 5).
 * `alternateName` is the text Google shows; `ratingValue` orders the verdicts from
 * contradicted (1) through supported by one source (3) to independently confirmed (5).
 */
export const CLAIMREVIEW_RATINGS: Record<Verdict, { ratingValue: number; alternateName: string }> = {
  confirmed: { ratingValue: 5, alternateName: STATUS_LABELS.confirmed },
  single_source: { ratingValue: 3, alternateName: STATUS_LABELS.single_source },
  disputed: { ratingValue: 1, alternateName: STATUS_LABELS.disputed },
};
export const CLAIMREVIEW_BEST_RATING = 5;
export const CLAIMREVIEW_WORST_RATING = 1;

// Words that mark a source as an institution rather than a person ("TASS", "the Defence Ministry").
const ORGANIZATION_WORDS =
  /\b(ministry|ministries|council|agency|agencies|office|department|government|army|forces|police|committee|commission|service|bank|company|corporation|inc|ltd|group|news|press|times|post|institute|university|party|union|association|authority|court|parliament|embassy|command|bureau|administration|reuters|associated press|tass|interfax)\b/i;

/** Organization for institutions and all-caps acronyms (TASS, UNHCR), otherwise Person. */
export function guessAgentType(name: string): 'Organization' | 'Person' {
  const trimmed = name.trim();
  if (/^[A-Z0-9][A-Z0-9&.\- ]{1,}$/.test(trimmed) && /[A-Z]{2}/.test(trimmed)) return 'Organization';
  return ORGANIZATION_WORDS.test(trimmed) ? 'Organization' : 'Person';
}

/** The review's own address: the desk's claim page, else the article URL, else a URN. */
export function reviewUrl(article: ExportArticle, claim: ExportClaim, baseUrl?: string): string {
  const fragment = `#claim-${claim.number}`;
  if (baseUrl) return `${baseUrl.replace(/\/+$/, '')}/articles/${encodeURIComponent(article.id)}${fragment}`;
  const source = safeHref(article.sourceUrl);
  if (source) return `${source.split('#')[0]}${fragment}`;
  return `urn:claimdesk:article:${article.id}${fragment}`;
}

/** When the verdict was reached: the latest history entry, else the claim's last update. */
function verdictDate(claim: ExportClaim): Date {
  return lastChange(claim)?.at ?? claim.updatedAt;
}

function claimReview(article: ExportArticle, claim: ExportClaim & { status: Verdict }, baseUrl?: string) {
  const rating = CLAIMREVIEW_RATINGS[claim.status];
  const appearance = {
    '@type': 'CreativeWork',
    headline: article.title,
    ...(safeHref(article.sourceUrl) ? { url: safeHref(article.sourceUrl) } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(article.publication ? { publisher: { '@type': 'Organization', name: article.publication } } : {}),
  };
  return {
    '@type': 'ClaimReview',
    url: reviewUrl(article, claim, baseUrl),
    claimReviewed: claim.statement,
    datePublished: verdictDate(claim).toISOString(),
    author: { '@type': 'Organization', name: article.publication?.trim() || 'Claimdesk' },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.ratingValue,
      bestRating: CLAIMREVIEW_BEST_RATING,
      worstRating: CLAIMREVIEW_WORST_RATING,
      alternateName: rating.alternateName,
      name: rating.alternateName,
    },
    itemReviewed: {
      '@type': 'Claim',
      text: claim.span.quote,
      ...(claim.attribution ? { author: { '@type': guessAgentType(claim.attribution), name: claim.attribution } } : {}),
      ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
      appearance,
      firstAppearance: appearance,
    },
  };
}

export function buildClaimReview(article: ExportArticle, baseUrl?: string) {
  const reviews = [...article.claims]
    .sort((a, b) => a.number - b.number)
    // A verdict given on words the text no longer has is not published as a rating of these.
    .filter((c): c is ExportClaim & { status: Verdict } => isVerdict(c.status) && !c.needsRecheck)
    .map((c) => claimReview(article, c, baseUrl));
  return { '@context': 'https://schema.org', '@graph': reviews };
}

export function renderClaimReview(article: ExportArticle, baseUrl?: string): string {
  return stringifyJsonLd(buildClaimReview(article, baseUrl));
}
