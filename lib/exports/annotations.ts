// A W3C Web Annotation AnnotationCollection: one "assessing" annotation per claim, targeting
// the article with a TextQuoteSelector and a TextPositionSelector per span. Offsets count
// UTF-16 code units into Claimdesk's canonical plain-text body (DESIGN.md), not the source page.
import { STANCE_LABELS, STATUS_DESCRIPTIONS, STATUS_LABELS } from '@/lib/claims/status';
import { safeHref } from './html-escape';
import type { ExportArticle, ExportClaim, ExportPerson, ExportSpan } from './types';
import { stringifyJsonLd } from './json-ld';
import { recheckNote, versionSentence } from './versions';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CONTEXT_CHARS = 32;

const urn = (...parts: string[]) => `urn:claimdesk:${parts.map(encodeURIComponent).join(':')}`;

function agent(person: ExportPerson) {
  return { id: urn('user', person.id), type: 'Person', name: person.name };
}

/** Selectors built from the body itself, so `exact` is always body.slice(start, end). */
function selectors(body: string | null, span: ExportSpan) {
  // A removed claim's span counts into an older version whose text is not loaded: its stored
  // quote and context were taken from that text when it was anchored, so they are exact too.
  if (body === null) {
    return [
      { type: 'TextQuoteSelector', exact: span.quote, prefix: span.prefix, suffix: span.suffix },
      { type: 'TextPositionSelector', start: span.start, end: span.end },
    ];
  }
  const valid = span.start >= 0 && span.end <= body.length && span.start < span.end;
  if (!valid) return [{ type: 'TextQuoteSelector', exact: span.quote, prefix: span.prefix, suffix: span.suffix }];
  return [
    {
      type: 'TextQuoteSelector',
      exact: body.slice(span.start, span.end),
      prefix: body.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start),
      suffix: body.slice(span.end, span.end + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start: span.start, end: span.end },
  ];
}

function assessment(claim: ExportClaim): string {
  const evidence = claim.evidence.map((e) => `${STANCE_LABELS[e.stance]}: ${e.title} (${e.publisher}) ${e.url}`);
  const parts = [`${STATUS_LABELS[claim.status]}. ${STATUS_DESCRIPTIONS[claim.status]}`];
  const note = recheckNote(claim);
  if (note) parts.push(note);
  if (claim.anchor === 'removed') parts.push(`No longer in the text: removed in version ${(claim.lastSeenInVersion ?? 0) + 1}.`);
  if (claim.attribution) parts.push(`Attributed to ${claim.attribution}.`);
  parts.push(evidence.length ? `Evidence: ${evidence.join('; ')}` : 'No evidence attached.');
  return parts.join(' ');
}

export function claimAnnotationId(article: ExportArticle, claim: ExportClaim, baseUrl?: string): string {
  if (baseUrl) return `${baseUrl.replace(/\/+$/, '')}/articles/${encodeURIComponent(article.id)}#claim-${claim.number}`;
  return urn('claim', claim.id);
}

/**
 * The text a target's selectors count into: one version of the article, as the versions API
 * serves it. The published page, when known, is the target's scope.
 */
export function versionResource(article: ExportArticle, version: number, baseUrl?: string): string {
  if (baseUrl) return `${baseUrl.replace(/\/+$/, '')}/api/v1/articles/${encodeURIComponent(article.id)}/versions/${version}`;
  return urn('article', article.id, 'version', String(version));
}

function annotation(article: ExportArticle, claim: ExportClaim, baseUrl?: string) {
  const removed = claim.anchor === 'removed' && claim.lastSeenInVersion !== null;
  const source = versionResource(article, removed ? claim.lastSeenInVersion! : article.version.number, baseUrl);
  const scope = safeHref(article.sourceUrl);
  const evidenceBodies = claim.evidence.flatMap((e) => {
    const href = safeHref(e.url);
    // A SpecificResource may not carry a value; its stance is spelled out in the assessing body.
    return href ? [{ type: 'SpecificResource', purpose: 'linking', source: href }] : [];
  });
  return {
    id: claimAnnotationId(article, claim, baseUrl),
    type: 'Annotation',
    motivation: 'assessing',
    created: claim.createdAt.toISOString(),
    modified: claim.updatedAt.toISOString(),
    creator: agent(claim.assignee ?? article.importedBy),
    body: [
      { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: claim.statement },
      { type: 'TextualBody', purpose: 'assessing', format: 'text/plain', value: assessment(claim) },
      { type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value: claim.status },
      ...evidenceBodies,
    ],
    target: [claim.span, ...claim.otherSpans].map((span) => ({
      type: 'SpecificResource',
      source,
      ...(scope ? { scope } : {}),
      selector: selectors(removed ? null : article.body, span),
    })),
  };
}

export function buildAnnotationCollection(article: ExportArticle, now: Date, baseUrl?: string) {
  const id = baseUrl
    ? `${baseUrl.replace(/\/+$/, '')}/api/v1/articles/${encodeURIComponent(article.id)}/export?format=annotations`
    : urn('article', article.id, 'annotations');
  const items = [...article.claims, ...article.removedClaims].sort((a, b) => a.number - b.number).map((c) => annotation(article, c, baseUrl));
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Claims checked in “${article.title}”. ${versionSentence(article)}`,
    total: items.length,
    generated: now.toISOString(),
    generator: { id: 'urn:claimdesk', type: 'Software', name: 'Claimdesk' },
    first: { id: baseUrl ? `${id}&page=1` : urn('article', article.id, 'annotations', 'page', '1'), type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function renderAnnotations(article: ExportArticle, now: Date, baseUrl?: string): string {
  return stringifyJsonLd(buildAnnotationCollection(article, now, baseUrl));
}
