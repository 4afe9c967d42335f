// The annotated article: one self-contained, printable HTML file. Summary, legend, the body
// with every claim highlighted (colour and a text label), then endnotes with the evidence.
import { CLAIM_STATUSES } from '@/db/schema';
import { STANCE_LABELS, STATUS_DESCRIPTIONS, STATUS_LABELS } from '@/lib/claims/status';
import { highlightBody, markerId } from './highlight-body';
import { escapeHtml, linkOrText } from './html-escape';
import { BASE_CSS, CSP } from './styles';
import { countLines, formatDateTime, lastChange, openClaims, overdueClaims, summarize, summarySentence } from './summary';
import type { ExportArticle, ExportClaim, ExportEvidence } from './types';
import { recheckNote, removedSectionHtml, versionSentence } from './versions';

export function htmlDocument(title: string, main: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${BASE_CSS}</style>
</head>
<body>
${main}
</body>
</html>
`;
}

export function articleHeader(article: ExportArticle): string {
  const version = `<p class="meta version"><strong>${escapeHtml(versionSentence(article))}</strong></p>`;
  const meta = [
    article.byline && `By ${escapeHtml(article.byline)}`,
    article.publication && escapeHtml(article.publication),
    article.publishedAt && `Published ${escapeHtml(article.publishedAt)}`,
    article.sourceUrl && `Source: ${linkOrText(article.sourceUrl)}`,
  ].filter(Boolean);
  return `<header>
<h1>${escapeHtml(article.title)}</h1>
${article.dek ? `<p class="dek">${escapeHtml(article.dek)}</p>` : ''}
${meta.length ? `<p class="meta">${meta.join(' · ')}</p>` : ''}
${version}
</header>`;
}

function claimLinks(claims: readonly ExportClaim[], withDue: boolean): string {
  return claims
    .map((c) => {
      const due = withDue && c.dueAt ? ` (due ${escapeHtml(formatDateTime(c.dueAt))})` : '';
      return `<a href="#claim-${c.number}">${c.number}</a>${due}`;
    })
    .join(', ');
}

export function summaryHtml(article: ExportArticle, now: Date): string {
  const summary = summarize(article, now);
  const counts = countLines(summary.counts)
    .map((l) => `<li><span class="badge status-${l.status}">${escapeHtml(l.label)}</span> ${l.count}</li>`)
    .join('');
  const open = openClaims(article.claims);
  const overdue = overdueClaims(article.claims, now);
  const rechecks = article.claims.filter((c) => c.needsRecheck);
  return `<section class="summary" aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
<p><strong>${escapeHtml(summarySentence(summary))}</strong></p>
<ul>${counts}</ul>
${open.length ? `<p>Not yet checked: ${claimLinks(open, false)}.</p>` : ''}
${overdue.length ? `<p>Overdue at ${escapeHtml(formatDateTime(now))}: ${claimLinks(overdue, true)}.</p>` : ''}
${rechecks.length ? `<p>Text changed since checked, re-check owed: ${claimLinks(rechecks, false)}.</p>` : ''}
${article.removedClaims.length ? `<p>No longer in the text (removed by a later version, listed at the end): ${claimLinks(article.removedClaims, false)}.</p>` : ''}
</section>`;
}

function legendHtml(): string {
  const items = CLAIM_STATUSES.map(
    (s) =>
      `<li><span class="swatch status-${s}"></span><strong>${STATUS_LABELS[s]}</strong> — ${escapeHtml(STATUS_DESCRIPTIONS[s])}</li>`,
  ).join('');
  return `<section class="legend" aria-labelledby="legend-title">
<h2 id="legend-title">Legend</h2>
<p>Each highlighted passage ends in a marker such as [3 · Disputed]: the claim number and its status. The number links to the note at the end. A dashed outline means several claims overlap there.</p>
<ul>${items}</ul>
</section>`;
}

export function evidenceItem(e: ExportEvidence): string {
  const archive = e.archiveUrl ? ` · archived copy: ${linkOrText(e.archiveUrl)}` : '';
  return `<li><span class="stance">${STANCE_LABELS[e.stance]}</span>: ${linkOrText(e.url, e.title || e.url)} — ${escapeHtml(e.publisher)}${archive}
${e.excerpt ? `<blockquote>${escapeHtml(e.excerpt)}</blockquote>` : ''}${e.note ? `<p class="small">Note: ${escapeHtml(e.note)}</p>` : ''}<p class="small">Added by ${escapeHtml(e.addedBy.name)}, ${escapeHtml(formatDateTime(e.createdAt))}</p></li>`;
}

function endnote(claim: ExportClaim): string {
  const back = [`<a href="#${markerId(claim, 0)}">Back to the text</a>`]
    .concat(claim.otherSpans.map((_, i) => `<a href="#${markerId(claim, i + 1)}">also here (${i + 2})</a>`))
    .join(' · ');
  const checked = lastChange(claim)?.at ?? claim.updatedAt;
  const evidence = claim.evidence.length
    ? `<ul class="evidence">${claim.evidence.map(evidenceItem).join('\n')}</ul>`
    : '<p class="small">No evidence attached.</p>';
  return `<li id="claim-${claim.number}" value="${claim.number}" class="endnote">
<p><span class="badge status-${claim.status}">${STATUS_LABELS[claim.status]}</span> <strong>Claim ${claim.number}</strong> · <span class="small">${back}</span></p>
<p class="statement">${escapeHtml(claim.statement)}</p>
<blockquote>${escapeHtml(claim.span.quote)}</blockquote>
${recheckNote(claim) ? `<p class="recheck"><strong>${escapeHtml(recheckNote(claim)!)}</strong></p>` : ''}
<dl>
<dt>Attribution</dt><dd>${claim.attribution ? escapeHtml(claim.attribution) : 'The article’s own assertion'}</dd>
<dt>Status</dt><dd>${STATUS_LABELS[claim.status]}</dd>
<dt>Reviewer</dt><dd>${claim.assignee ? escapeHtml(claim.assignee.name) : 'Not assigned'}</dd>
<dt>Due</dt><dd>${claim.dueAt ? escapeHtml(formatDateTime(claim.dueAt)) : 'No deadline'}</dd>
<dt>Last changed</dt><dd>${escapeHtml(formatDateTime(checked))}</dd>
<dt>Evidence</dt><dd>${claim.evidence.length} source${claim.evidence.length === 1 ? '' : 's'}</dd>
</dl>
${evidence}
</li>`;
}

export function renderAnnotatedArticle(article: ExportArticle, now: Date): string {
  const claims = [...article.claims].sort((a, b) => a.number - b.number);
  const main = `${articleHeader(article)}
${summaryHtml(article, now)}
${legendHtml()}
<article class="body" aria-label="Article text">
${highlightBody(article.body, claims)}
</article>
<section class="endnotes" aria-labelledby="notes-title">
<h2 id="notes-title">Notes on the claims</h2>
<ol>
${claims.map(endnote).join('\n')}
</ol>
</section>
${removedSectionHtml(article)}
<footer class="meta"><p>Exported from Claimdesk on ${escapeHtml(formatDateTime(now))}.</p></footer>`;
  return htmlDocument(`${article.title} — annotated`, main);
}
