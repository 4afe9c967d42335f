// The annotated article: one self-contained, printable HTML file. A one-page summary for the
// standards desk (disputed, single source, verdicts the evidence does not back, overdue), a
// short legend, the body with every claim highlighted, then the notes with the evidence.
import { STANCE_LABELS, STATUS_LABELS } from '@/lib/claims/status';
import { claimWarning, groupByConcern, type Concern } from './attention';
import { highlightBody, markerId } from './highlight-body';
import { escapeHtml, linkOrText } from './html-escape';
import { BASE_CSS, CSP } from './styles';
import { countLines, formatDateTime, lastChange, summarize, summarySentence } from './summary';
import type { ExportArticle, ExportClaim, ExportEvidence } from './types';
import { recheckNote, removedSectionHtml, versionAttentionHtml, versionSentence } from './versions';

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
<main>
${main}
</main>
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

/** A statement cut to a line or two, for lists that must fit on one page. */
export function shortStatement(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** Why a claim is in its group, in a few words: who contradicts it, how many sources, when it was due. */
function reason(claim: ExportClaim, concern: Concern): string {
  const publishers = (stance: ExportEvidence['stance']) => [...new Set(claim.evidence.filter((e) => e.stance === stance).map((e) => e.publisher))];
  const reviewer = claim.assignee ? ` · ${escapeHtml(claim.assignee.name)}` : ' · not assigned';
  switch (concern) {
    case 'disputed': {
      const against = publishers('contradicts');
      return against.length ? `contradicted by ${escapeHtml(against.join(', '))}${reviewer}` : `${escapeHtml(claimWarning(claim) ?? '')}${reviewer}`;
    }
    case 'single_source':
      return `only ${escapeHtml(publishers('supports').join(', ') || 'one source')}${reviewer}`;
    case 'against_evidence':
      return `${escapeHtml(claimWarning(claim) ?? '')}${reviewer}`;
    case 'overdue':
      return `${STATUS_LABELS[claim.status]}, was due ${escapeHtml(formatDateTime(claim.dueAt))}${reviewer}`;
    default:
      return '';
  }
}

const ATTENTION: [Concern, string, string][] = [
  ['disputed', 'Disputed', 'No claim is disputed.'],
  ['single_source', 'Single source', 'No claim rests on a single source.'],
  ['against_evidence', 'Verdict against the evidence', 'Every verdict is backed by the evidence attached.'],
  ['overdue', 'Overdue', 'Nothing is overdue.'],
];

/** The one-page summary both HTML exports open with. */
export function summaryHtml(article: ExportArticle, now: Date): string {
  const summary = summarize(article, now);
  const groups = groupByConcern(article.claims, now);
  const counts = countLines(summary.counts)
    .map((l) => `<li><span class="badge status-${l.status}">${escapeHtml(l.label)}</span> ${l.count}</li>`)
    .join('');
  const sections = ATTENTION.map(([concern, title, none]) => {
    const claims = groups.get(concern) ?? [];
    const items = claims
      .map((c) => `<li><a href="#claim-${c.number}">Claim ${c.number}</a>: ${escapeHtml(shortStatement(c.statement))} <span class="small">(${reason(c, concern)})</span></li>`)
      .join('\n');
    return `<h3>${title} (${claims.length})</h3>\n${claims.length ? `<ul>${items}</ul>` : `<p class="none">${none}</p>`}`;
  }).join('\n');
  return `<section class="summary attention" aria-labelledby="summary-title">
<h2 id="summary-title">Summary for the standards desk</h2>
<p><strong>${escapeHtml(summarySentence(summary))}</strong></p>
${sections}
${versionAttentionHtml(article)}
<h3>Claims by status</h3>
<ul class="counts">${counts}</ul>
<p class="small">Exported ${escapeHtml(formatDateTime(now))}; overdue means past its due time at that moment.</p>
</section>`;
}

function legendHtml(): string {
  return `<section class="legend" aria-labelledby="legend-title">
<h2 id="legend-title">How to read the text</h2>
<p>Each highlighted passage ends in its claim number, which links to the note about it. A claim with a verdict shows it after the number, as in [3 · Disputed]; a number alone means there is no verdict yet. The underline tells them apart without colour: dotted for unchecked, dashed for in progress, double for disputed, solid for confirmed and single source. A dashed outline means several claims overlap. Passages set aside as not a claim are not highlighted.</p>
</section>`;
}

export function evidenceItem(e: ExportEvidence): string {
  const archive = e.archiveUrl ? ` · archived copy: ${linkOrText(e.archiveUrl)}` : '';
  return `<li><span class="stance">${STANCE_LABELS[e.stance]}</span>: ${linkOrText(e.url, e.title || e.url)} — ${escapeHtml(e.publisher)}${archive}
${e.excerpt ? `<blockquote>${escapeHtml(e.excerpt)}</blockquote>` : ''}${e.note ? `<p class="small">Note: ${escapeHtml(e.note)}</p>` : ''}<p class="small">Added by ${escapeHtml(e.addedBy.name)}, ${escapeHtml(formatDateTime(e.createdAt))}</p></li>`;
}

export function warningHtml(claim: ExportClaim): string {
  const warning = claimWarning(claim);
  return warning ? `<p class="warning"><strong>Warning:</strong> ${escapeHtml(warning)}</p>` : '';
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
${warningHtml(claim)}
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
  const noted = claims.filter((c) => c.status !== 'dismissed');
  const main = `${articleHeader(article)}
${summaryHtml(article, now)}
${legendHtml()}
<article class="body" aria-label="Article text">
${highlightBody(article.body, claims)}
</article>
<section class="endnotes" aria-labelledby="notes-title">
<h2 id="notes-title">Notes on the claims</h2>
${noted.length ? `<ol>\n${noted.map(endnote).join('\n')}\n</ol>` : '<p>No claims were marked in this article.</p>'}
</section>
${removedSectionHtml(article)}
<footer class="meta"><p>Exported from Claimdesk on ${escapeHtml(formatDateTime(now))}.</p></footer>`;
  return htmlDocument(`${article.title} — annotated`, main);
}
