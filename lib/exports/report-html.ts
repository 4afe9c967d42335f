// The desk's record as HTML: the one-page summary, a table of every claim with the disputed and
// weakly sourced first, then per claim its evidence, comments and history, each change a sentence.
import { STATUS_LABELS } from '@/lib/claims/status';
import type { DescribeContext } from '@/lib/history/describe';
import { byConcern, claimWarning, isOverdue, paragraphLocator } from './attention';
import { articleHeader, evidenceItem, htmlDocument, summaryHtml, warningHtml } from './annotated-article';
import { escapeHtml } from './html-escape';
import { describeContext, formatDateTime, historySentence, lastChange } from './summary';
import type { ExportArticle, ExportClaim } from './types';
import { recheckNote, removedSectionHtml } from './versions';

function row(claim: ExportClaim, paragraph: number, ctx: DescribeContext, now: Date): string {
  const last = lastChange(claim);
  const warning = claimWarning(claim);
  const cells = [
    `<a href="#claim-${claim.number}">${claim.number}</a>`,
    `Paragraph ${paragraph}`,
    escapeHtml(claim.statement),
    `<span class="badge status-${claim.status}">${STATUS_LABELS[claim.status]}</span>${warning ? `<br><span class="small">Warning: ${escapeHtml(warning)}</span>` : ''}`,
    claim.assignee ? escapeHtml(claim.assignee.name) : '—',
    claim.dueAt ? `${escapeHtml(formatDateTime(claim.dueAt))}${isOverdue(claim, now) ? ' <strong>(overdue)</strong>' : ''}` : '—',
    String(claim.evidence.length),
    last ? escapeHtml(historySentence(last, ctx)) : '—',
  ];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

/** `paragraph` is null for a claim no longer in the text. */
function claimSection(claim: ExportClaim, paragraph: number | null, ctx: DescribeContext): string {
  const evidence = claim.evidence.length
    ? `<ul class="evidence">${claim.evidence.map(evidenceItem).join('\n')}</ul>`
    : '<p class="small">No evidence attached.</p>';
  const comments = claim.comments.length
    ? `<ul class="comments">${claim.comments
        .map((c) => `<li><strong>${escapeHtml(c.author.name)}</strong>, ${escapeHtml(formatDateTime(c.createdAt))}: ${escapeHtml(c.body)}</li>`)
        .join('\n')}</ul>`
    : '<p class="small">No comments.</p>';
  const history = [...claim.history].sort((a, b) => a.at.getTime() - b.at.getTime());
  return `<section id="claim-${claim.number}" class="claim-record" aria-labelledby="claim-${claim.number}-title">
<h3 id="claim-${claim.number}-title">Claim ${claim.number} · <span class="badge status-${claim.status}">${STATUS_LABELS[claim.status]}</span></h3>
<p class="statement">${escapeHtml(claim.statement)}</p>
${warningHtml(claim)}
<blockquote>${escapeHtml(claim.span.quote)}</blockquote>
${claim.anchor === 'removed' ? `<p class="recheck"><strong>No longer in the text: removed in version ${(claim.lastSeenInVersion ?? 0) + 1}; the quote is from version ${claim.lastSeenInVersion}.</strong></p>` : ''}
${recheckNote(claim) ? `<p class="recheck"><strong>${escapeHtml(recheckNote(claim)!)}</strong></p>` : ''}
<p class="small">${paragraph === null ? `Last seen in version ${claim.lastSeenInVersion}` : `Paragraph ${paragraph}`} · ${escapeHtml(claim.kind)} · check-worthiness ${claim.score.toFixed(2)} · attribution: ${claim.attribution ? escapeHtml(claim.attribution) : 'none (the article’s own assertion)'} · reviewer: ${claim.assignee ? escapeHtml(claim.assignee.name) : 'not assigned'} · due: ${claim.dueAt ? escapeHtml(formatDateTime(claim.dueAt)) : 'no deadline'}</p>
<h4>Evidence (${claim.evidence.length})</h4>
${evidence}
<h4>Comments (${claim.comments.length})</h4>
${comments}
<h4>History (${history.length})</h4>
${history.length ? `<ul class="history">${history.map((h) => `<li>${escapeHtml(historySentence(h, ctx))}</li>`).join('\n')}</ul>` : '<p class="small">No recorded changes.</p>'}
</section>`;
}

export function renderReportHtml(article: ExportArticle, now: Date): string {
  const claims = byConcern(article.claims, now);
  const paragraphOf = paragraphLocator(article.body);
  const ctx = describeContext(article);
  const main = `${articleHeader(article)}
<p class="meta">Imported by ${escapeHtml(article.importedBy.name)} on ${escapeHtml(formatDateTime(article.createdAt))} · article id ${escapeHtml(article.id)}</p>
${summaryHtml(article, now)}
<section aria-labelledby="table-title">
<h2 id="table-title">Claims (${claims.length}), disputed and weakly sourced first</h2>
<table>
<thead><tr><th scope="col">#</th><th scope="col">Where</th><th scope="col">Statement</th><th scope="col">Status</th><th scope="col">Reviewer</th><th scope="col">Due</th><th scope="col">Sources</th><th scope="col">Last change</th></tr></thead>
<tbody>
${claims.map((c) => row(c, paragraphOf(c.span.start), ctx, now)).join('\n')}
</tbody>
</table>
</section>
<section class="endnotes" aria-labelledby="records-title">
<h2 id="records-title">Evidence, comments and history by claim</h2>
${claims.map((c) => claimSection(c, paragraphOf(c.span.start), ctx)).join('\n')}
</section>
${removedSectionHtml(article, (c) => `<li value="${c.number}">${claimSection(c, null, ctx)}</li>`)}
<footer class="meta"><p>Report exported from Claimdesk on ${escapeHtml(formatDateTime(now))}.</p></footer>`;
  return htmlDocument(`${article.title} — claim report`, main);
}
